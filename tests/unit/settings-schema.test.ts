import { describe, expect, it } from 'vitest';
import {
  migrateSiteSettingsV1toV2,
  migrateSiteSettingsV2toV3,
  repairSiteSettings,
} from '../../src/shared/settings-schema';
import { DEFAULT_SITE_SETTINGS, withCheck } from '../../src/shared/site-policy';

describe('repairSiteSettings', () => {
  it.each([
    ['undefined', undefined, DEFAULT_SITE_SETTINGS],
    ['null', null, DEFAULT_SITE_SETTINGS],
    ['a string', 'corrupted', DEFAULT_SITE_SETTINGS],
    ['an array', [1, 2], DEFAULT_SITE_SETTINGS],
    [
      'v2 shape (no checks off yet)',
      { defaultEnabled: false, sites: { 'a.com': true } },
      { defaultEnabled: false, sites: { 'a.com': true }, checksOff: [] },
    ],
    ['bad default', { defaultEnabled: 'no', sites: {} }, { defaultEnabled: true, sites: {}, checksOff: [] }],
    [
      'bad site values dropped',
      { defaultEnabled: true, sites: { 'a.com': 'off', 'b.com': false } },
      { defaultEnabled: true, sites: { 'b.com': false }, checksOff: [] },
    ],
    ['sites not an object', { defaultEnabled: false, sites: 'x' }, { defaultEnabled: false, sites: {}, checksOff: [] }],
    [
      'v1 shape',
      { disabledSites: ['Example.com', 5, ''] },
      { defaultEnabled: true, sites: { 'example.com': false }, checksOff: [] },
    ],
    [
      'v3 with checks off',
      { defaultEnabled: true, sites: {}, checksOff: ['noise', 'title-question'] },
      { defaultEnabled: true, sites: {}, checksOff: ['noise', 'title-question'] },
    ],
    [
      'bad check ids dropped, duplicates once',
      { defaultEnabled: true, sites: {}, checksOff: ['noise', 5, '<b>', 'noise'] },
      { defaultEnabled: true, sites: {}, checksOff: ['noise'] },
    ],
    [
      'checksOff not a list',
      { defaultEnabled: true, sites: {}, checksOff: 'noise' },
      { defaultEnabled: true, sites: {}, checksOff: [] },
    ],
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

describe('migrateSiteSettingsV2toV3: checks that can be turned off', () => {
  it('keeps every site choice and starts with no check off', () => {
    expect(migrateSiteSettingsV2toV3({ defaultEnabled: false, sites: { 'a.com': true } })).toEqual({
      defaultEnabled: false,
      sites: { 'a.com': true },
      checksOff: [],
    });
  });
  it('v1 → v2 → v3 in a row, as WXT runs them', () => {
    expect(migrateSiteSettingsV2toV3(migrateSiteSettingsV1toV2({ disabledSites: ['b.org'] }))).toEqual({
      defaultEnabled: true,
      sites: { 'b.org': false },
      checksOff: [],
    });
  });
});

describe('withCheck: turn off this check, and back on', () => {
  it('adds once, removes, leaves the rest', () => {
    const off = withCheck(withCheck(DEFAULT_SITE_SETTINGS, 'noise', true), 'noise', true);
    expect(off.checksOff).toEqual(['noise']);
    expect(withCheck(off, 'noise', false)).toEqual(DEFAULT_SITE_SETTINGS);
  });
});

describe('migrateSiteSettingsV1toV2 on a value already in a later shape', () => {
  it('keeps it (a lost version mark must not wipe the settings)', () => {
    expect(
      migrateSiteSettingsV1toV2({ defaultEnabled: false, sites: { 'a.com': true }, checksOff: ['noise'] }),
    ).toEqual({ defaultEnabled: false, sites: { 'a.com': true }, checksOff: ['noise'] });
  });
});
