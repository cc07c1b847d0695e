import { decideSite, siteKey, type SiteSettings } from '../shared/site-policy';

interface Props {
  url: string | null;
  settings: SiteSettings;
  onSiteChange: (enabled: boolean) => void;
}

/** The switch for this site, at the top of the popup. */
export function SiteToggle({ url, settings, onSiteChange }: Props) {
  const host = url ? siteKey(url) : null;
  const decision = url ? decideSite(url, settings) : null;
  return (
    <section class="site" aria-label="Where ML Editor runs">
      {host && decision ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={decision.enabled}
            data-testid="site-toggle"
            checked={decision.enabled}
            onChange={(event) => onSiteChange(event.currentTarget.checked)}
          />
          <span>
            On for <strong>{host}</strong>
            {decision.because === 'stack-exchange' ? ' (Stack Exchange: on by default)' : ''}
            {decision.because === 'default' ? ' (your default)' : ''}
          </span>
        </label>
      ) : (
        <p class="muted">ML Editor does not run on this page.</p>
      )}
    </section>
  );
}

/** The default for sites not chosen yet (a setting, so at the bottom). */
export function DefaultToggle({
  settings,
  onChange,
}: {
  settings: SiteSettings;
  onChange: (enabled: boolean) => void;
}) {
  return (
    <section class="site-default">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={settings.defaultEnabled}
          data-testid="default-toggle"
          checked={settings.defaultEnabled}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>On for sites I have not chosen</span>
      </label>
    </section>
  );
}
