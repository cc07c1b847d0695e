import { useEffect, useState } from 'preact/hooks';
import { isSiteEnabled, withCheck, withSiteChoice } from '../shared/site-policy';
import { ChecksOff } from './ChecksOff';
import {
  clearTabHistory,
  loadSiteSettings,
  loadTabHistory,
  watchTabHistory,
  type DraftHistory,
  loadTabAnalysis,
  resolveTarget,
  saveSiteSettings,
  watchSiteSettings,
  watchTabAnalysis,
  type PopupTarget,
  type SiteSettings,
  type TabAnalysis,
} from './popup-data';
import { ContributionChart } from './ContributionChart';
import { ScoreCard } from './ScoreCard';
import { ScoreHistory } from './ScoreHistory';
import { DefaultToggle, SiteToggle } from './SiteToggle';
import { Details } from './Details';
import { SuggestionList } from './SuggestionList';
import { useHintActions } from './use-hint-actions';

export function App({ search }: { search: string }) {
  const [target, setTarget] = useState<PopupTarget | null>(null);
  const [analysis, setAnalysis] = useState<TabAnalysis | null>(null);
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [history, setHistory] = useState<DraftHistory | null>(null);
  const hints = useHintActions(analysis, settings?.checksOff ?? []);

  useEffect(() => {
    void resolveTarget(search).then(setTarget);
    void loadSiteSettings().then(setSettings);
    return watchSiteSettings(setSettings);
  }, [search]);

  useEffect(() => {
    if (target?.tabId == null) return;
    const tabId = target.tabId;
    void loadTabAnalysis(tabId).then(setAnalysis);
    void loadTabHistory(tabId).then(setHistory);
    const stopAnalysis = watchTabAnalysis(tabId, setAnalysis);
    const stopHistory = watchTabHistory(tabId, setHistory);
    return () => {
      stopAnalysis();
      stopHistory();
    };
  }, [target?.tabId]);

  if (!target || !settings) return <main class="popup" aria-busy="true" />;

  const url = target.url ?? analysis?.url ?? null;
  const enabled = url !== null && isSiteEnabled(url, settings);
  const update = (next: SiteSettings) => {
    setSettings(next);
    void saveSiteSettings(next);
  };
  // as in the page: without the suggestions ignored for this draft or whose check is turned off
  const shown = analysis?.result.findings.filter(hints.shows) ?? [];
  const modelFindings = shown.filter((f) => f.source === 'model');
  const tips = shown.filter((f) => f.source === 'heuristic');

  return (
    <main class="popup">
      <header>
        <h1>ML Editor</h1>
        <span class="private" title="Everything runs on this device">
          Local only
        </span>
      </header>
      <SiteToggle
        url={url}
        settings={settings}
        onSiteChange={(on) => url && update(withSiteChoice(settings, url, on))}
      />
      {!enabled ? (
        <p class="muted" data-testid="status">
          Off on this site.
        </p>
      ) : analysis ? (
        <>
          <ScoreCard result={analysis.result} />
          <p class="notice" role="status" data-testid="action-notice">
            {hints.notice}
          </p>
          <SuggestionList
            id="model"
            title="Suggestions"
            findings={modelFindings}
            input={analysis.input}
            actions={hints.actions}
          />
          <SuggestionList
            id="tips"
            title={modelFindings.length ? 'Tips' : 'Suggestions'}
            findings={tips}
            input={analysis.input}
            actions={hints.actions}
          />
          {analysis.result.state === 'scored' ? (
            <ContributionChart contributions={analysis.result.contributions} />
          ) : null}
          <ScoreHistory
            points={history?.fieldId === analysis.fieldId ? history.points : []}
            onClear={() => {
              setHistory(null);
              if (target.tabId !== null) void clearTabHistory(target.tabId);
            }}
          />
          <Details result={analysis.result} />
        </>
      ) : (
        <p class="muted" data-testid="status">
          Start typing in a text field on this page to see a score.
        </p>
      )}
      <ChecksOff ids={settings.checksOff} onTurnOn={(id) => update(withCheck(settings, id, false))} />
      <DefaultToggle settings={settings} onChange={(on) => update({ ...settings, defaultEnabled: on })} />
    </main>
  );
}
