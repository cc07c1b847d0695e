import { decideSite, siteKey, type SiteSettings } from '../shared/site-policy';

interface Props {
  url: string | null;
  settings: SiteSettings;
  onSiteChange: (enabled: boolean) => void;
  onDefaultChange: (enabled: boolean) => void;
}

/** The switch for this site, and the default for sites not chosen yet. */
export function SiteToggle({ url, settings, onSiteChange, onDefaultChange }: Props) {
  const host = url ? siteKey(url) : null;
  const decision = url ? decideSite(url, settings) : null;
  return (
    <section class="site" aria-label="Where ML Editor runs">
      {host && decision ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
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
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="default-toggle"
          checked={settings.defaultEnabled}
          onChange={(event) => onDefaultChange(event.currentTarget.checked)}
        />
        <span>On for sites I have not chosen</span>
      </label>
    </section>
  );
}
