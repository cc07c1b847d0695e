// Stored settings: current shape, defaults, migrations and repair of corrupted values. Pure.
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from './site-policy';

/**
 * Key of the settings item in `storage.local` (read directly by the content script, which skips WXT storage to stay
 * small).
 */
export const SITE_SETTINGS_KEY = 'siteSettings';
export const SITE_SETTINGS_VERSION = 3;

/** Version 1 kept only a list of hosts the user had turned off. */
export interface SiteSettingsV1 {
  disabledSites: string[];
}

/** Version 2: per-site choices and the default, before checks could be turned off. */
export type SiteSettingsV2 = Omit<SiteSettings, 'checksOff'>;

export function migrateSiteSettingsV1toV2(old: unknown): SiteSettingsV2 {
  // Already a later shape (its version mark was lost): keep it rather than read it as an empty v1 list.
  if (typeof old === 'object' && old !== null && 'sites' in old) return repairSiteSettings(old);
  const list = typeof old === 'object' && old !== null ? (old as Partial<SiteSettingsV1>).disabledSites : undefined;
  const sites: Record<string, boolean> = {};
  if (Array.isArray(list))
    for (const host of list) if (typeof host === 'string' && host) sites[host.toLowerCase()] = false;
  return { defaultEnabled: true, sites };
}

/** Version 3 adds the checks turned off: none at first (one the page already wrote is kept). */
export function migrateSiteSettingsV2toV3(old: unknown): SiteSettings {
  return repairSiteSettings(old);
}

const CHECK_ID = /^[a-z0-9-]{1,64}$/;

/** Whatever is in storage becomes valid settings: bad fields fall back to defaults, nothing throws. */
export function repairSiteSettings(raw: unknown): SiteSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_SITE_SETTINGS;
  const value = raw as Record<string, unknown>;
  if (Array.isArray(value.disabledSites) && !('sites' in value))
    return { ...migrateSiteSettingsV1toV2(value), checksOff: [] };
  const defaultEnabled =
    typeof value.defaultEnabled === 'boolean' ? value.defaultEnabled : DEFAULT_SITE_SETTINGS.defaultEnabled;
  const sites: Record<string, boolean> = {};
  if (typeof value.sites === 'object' && value.sites !== null && !Array.isArray(value.sites)) {
    for (const [host, enabled] of Object.entries(value.sites)) if (typeof enabled === 'boolean') sites[host] = enabled;
  }
  const checksOff = Array.isArray(value.checksOff)
    ? value.checksOff.filter(
        (c, i, all): c is string => typeof c === 'string' && CHECK_ID.test(c) && all.indexOf(c) === i,
      )
    : [];
  return { defaultEnabled, sites, checksOff };
}
