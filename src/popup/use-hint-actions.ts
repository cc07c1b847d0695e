// Apply and Ignore from the popup: the clicks go to the page's content script, which acts through the in-page
// panel's own code (the editor's editing path, the same ignore list), so the popup never edits text itself.
import { useEffect, useState } from 'preact/hooks';
import { findingKey, type Finding } from '../shared/finding';
import type { HintActionResponse, TabAnalysis } from '../shared/protocol';
import { sendHintAction } from './popup-data';
import type { SuggestionActions } from './SuggestionList';

type Outcome = HintActionResponse['outcome'] | 'no-answer';

/** The last action's outcome and the analysis it was made on (a newer analysis makes some of them old news). */
interface Done {
  outcome: Outcome;
  at: number;
}

const SAID: Partial<Record<Outcome, string>> = {
  ignored: 'Ignored for this draft.',
  changed: 'The text changed since this analysis: wait for the new score, then try again.',
  unsupported: 'This edit cannot be made in this field: edit the text by hand.',
  gone: 'That field is no longer on the page.',
  'no-answer': 'The page did not answer: reload it to act on suggestions from here.',
};

/** What the popup says after an action, or null. */
export function noticeOf(done: Done | null, analysis: TabAnalysis): string | null {
  if (!done) return null;
  const newer = analysis.updatedAt !== done.at;
  if (done.outcome === 'applied')
    return newer ? 'Applied in the page: Ctrl+Z there takes it back.' : 'Applied in the page: updating the score…';
  // the new analysis answers "wait" and "ignored"; a field that is gone or a page that is silent stays so
  if (newer && (done.outcome === 'changed' || done.outcome === 'ignored')) return null;
  return SAID[done.outcome] ?? null;
}

export interface HintActions {
  /** The buttons, once the page said what it can do; null before that or when it cannot be reached. */
  actions: SuggestionActions | null;
  /** Whether a finding is listed: not ignored for this draft in the page, its check not turned off. */
  shows(finding: Finding): boolean;
  notice: string | null;
}

export function useHintActions(analysis: TabAnalysis | null, checksOff: readonly string[]): HintActions {
  // the page's answer for one field (a different field starts over)
  const [view, setView] = useState<{ fieldId: string; answer: HintActionResponse | null } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!analysis) return;
    let live = true;
    // asked again with every analysis, so an Ignore made in the page since shows here too
    void sendHintAction(analysis, 'view').then((answer) => live && setView({ fieldId: analysis.fieldId, answer }));
    return () => {
      live = false;
    };
  }, [analysis?.fieldId, analysis?.updatedAt]);

  const asked = analysis && view?.fieldId === analysis.fieldId ? view : null;
  const answer = asked?.answer ?? null;
  const ignored = new Set(answer?.ignored ?? []);
  const shows = (f: Finding) => !checksOff.includes(f.id) && !(analysis && ignored.has(findingKey(f, analysis.input)));
  if (!analysis) return { actions: null, shows, notice: null };

  const act = (action: 'apply' | 'ignore', f: Finding) => {
    setSending(true);
    const at = analysis.updatedAt;
    void sendHintAction(analysis, action, { key: findingKey(f, analysis.input), start: f.span.start }).then((reply) => {
      setSending(false);
      setDone({ outcome: reply ? reply.outcome : 'no-answer', at });
      if (reply) setView({ fieldId: analysis.fieldId, answer: reply });
    });
  };
  const waiting = done?.outcome === 'applied' && done.at === analysis.updatedAt;
  const actions: SuggestionActions | null = answer?.fields
    ? {
        fields: answer.fields,
        busy: sending || waiting,
        apply: (f) => act('apply', f),
        ignore: (f) => act('ignore', f),
      }
    : null;
  // no buttons when the page cannot act: say why (it was asked and did not answer, or the field is gone)
  const silent = asked && !answer?.fields ? (SAID[answer ? answer.outcome : 'no-answer'] ?? null) : null;
  return { actions, shows, notice: noticeOf(done, analysis) ?? silent };
}
