import { describe, expect, it } from 'vitest';
import { migrateSiteSettingsV1toV2, repairSiteSettings } from '../../src/shared/settings-schema';
import { DEFAULT_SITE_SETTINGS } from '../../src/shared/site-policy';

describe('repairSiteSettings', () => {
  it.each([
    ['undefined', undefined, DEFAULT_SITE_SETTINGS],
    ['null', null, DEFAULT_SITE_SETTINGS],
    ['a string', 'corrupted', DEFAULT_SITE_SETTINGS],
    ['an array', [1, 2], DEFAULT_SITE_SETTINGS],
    ['valid', { defaultEnabled: false, sites: { 'a.com': true } }, { defaultEnabled: false, sites: { 'a.com': true } }],
    ['bad default', { defaultEnabled: 'no', sites: {} }, { defaultEnabled: true, sites: {} }],
    ['bad site values dropped', { defaultEnabled: true, sites: { 'a.com': 'off', 'b.com': false } }, { defaultEnabled: true, sites: { 'b.com': false } }],
    ['sites not an object', { defaultEnabled: false, sites: 'x' }, { defaultEnabled: false, sites: {} }],
    ['v1 shape', { disabledSites: ['Example.com', 5, ''] }, { defaultEnabled: true, sites: { 'example.com': false } }],
  ])('%s', (_name, raw, expected) => {
    expect(repairSiteSettings(raw)).toEqual(expected);
  });
});

describe('migrateSiteSettingsV1toV2', () => {
  it('turns the list of disabled hosts into explicit off choices', () => {
    expect(migrateSiteSettingsV1toV2({ disabledSites: ['a.com', 'b.org'] })).toEqual({
      defaultEnabled: true,
      sites: { 'a.com': false, 'b.org': false },
    });
  });
  it('survives garbage', () => {
    expect(migrateSiteSettingsV1toV2(null)).toEqual({ defaultEnabled: true, sites: {} });
    expect(migrateSiteSettingsV1toV2({ disabledSites: 'a.com' })).toEqual({ defaultEnabled: true, sites: {} });
  });
});
