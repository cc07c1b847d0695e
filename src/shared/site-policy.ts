// Per-site on/off policy: a pure function of a URL and the user's settings (Dark Reader's isURLEnabled).

export interface SiteSettings {
  /** Whether sites the user has not chosen for are on. */
  defaultEnabled: boolean;
  /** The user's explicit choices, by hostname. A choice covers the host's subdomains too. */
  sites: Record<string, boolean>;
  /** Finding ids (checks and suggestion kinds) the person turned off everywhere ("Turn off this check"). */
  checksOff: string[];
}

/** What the on/off decision reads. */
export type SiteChoices = Pick<SiteSettings, 'defaultEnabled' | 'sites'>;

export const DEFAULT_SITE_SETTINGS: SiteSettings = { defaultEnabled: true, sites: {}, checksOff: [] };

/** Settings with one check turned off (`off`) or back on. */
export function withCheck(settings: SiteSettings, id: string, off: boolean): SiteSettings {
  const rest = settings.checksOff.filter((c) => c !== id);
  return { ...settings, checksOff: off ? [...rest, id] : rest };
}

/** Stack Exchange network sites: on unless the user turned them off. */
export const STACK_EXCHANGE_HOSTS = [
  'stackoverflow.com',
  'stackexchange.com',
  'superuser.com',
  'serverfault.com',
  'askubuntu.com',
  'mathoverflow.net',
  'stackapps.com',
] as const;

/** The hostname a URL's setting is stored under, or null for pages we never run on. */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** The host and each parent domain, most specific first: a.b.c.com → [a.b.c.com, b.c.com, c.com]. */
function hostAndParents(host: string): string[] {
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return [host];
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1 || i === 0; i++) out.push(labels.slice(i).join('.'));
  return out;
}

export type SiteDecision = { enabled: boolean; because: 'user' | 'stack-exchange' | 'default' | 'unsupported' };

export function decideSite(url: string, settings: SiteChoices): SiteDecision {
  const host = siteKey(url);
  if (host === null) return { enabled: false, because: 'unsupported' };
  const chain = hostAndParents(host);
  for (const name of chain) {
    const choice = settings.sites[name];
    if (typeof choice === 'boolean') return { enabled: choice, because: 'user' };
  }
  if (chain.some((name) => (STACK_EXCHANGE_HOSTS as readonly string[]).includes(name))) {
    return { enabled: true, because: 'stack-exchange' };
  }
  return { enabled: settings.defaultEnabled, because: 'default' };
}

export function isSiteEnabled(url: string, settings: SiteChoices): boolean {
  return decideSite(url, settings).enabled;
}

/** Settings after the user flips the switch for the site of `url`. */
export function withSiteChoice<T extends SiteChoices>(settings: T, url: string, enabled: boolean): T {
  const host = siteKey(url);
  if (host === null) return settings;
  // A choice on a host replaces choices on its subdomains, so the switch always does what it shows.
  const sites: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(settings.sites)) {
    if (name !== host && !name.endsWith(`.${host}`)) sites[name] = value;
  }
  sites[host] = enabled;
  return { ...settings, sites };
}
