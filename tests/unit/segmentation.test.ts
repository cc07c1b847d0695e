// One segmentation (issue 13 item 6): the long-sentence tip, the split-sentence suggestion, the
// words-per-sentence feature and the explainer's sentence components agree on what a sentence is and on
// its word count; the noise check, the noise features, the explainer and remove-noise read one lexicon.
import { describe, expect, it } from 'vitest';
import type { QuestionInput } from '../../src/shared/question';
import { runChecks } from '../../src/core/checks/registry';
import { parseQuestion } from '../../src/core/document/parse-markdown';
import { sourceRange } from '../../src/core/document/source-range';
import { explain } from '../../src/core/explainer/explainer';
import { featureContext } from '../../src/core/features/feature';
import { featureById } from '../../src/core/features/registry';
import { analyseBlock } from '../../src/core/nlp/block-analysis';
import { findNoise } from '../../src/core/nlp/noise-lexicon';
import { splitLongSentence } from '../../src/core/suggestions/split-sentence';
import { removeNoise } from '../../src/core/suggestions/remove-noise';
import { syntheticModel } from './explainer/synthetic-model';

// Hard cases inside: "Prof. Smith", "e.g.", "e-mail", "node.js", "v1.2.3", a URL, "1,000", "etc.", "?!", "...", inline
// code.
const LONG =
  'I asked Prof. Smith why the e-mail job, e.g. the one in node.js v1.2.3 that posts to https://example.com/api/v2?id=7, ' +
  'sends 1,000 copies of every message, notifications etc. and also the reports, whenever the worker restarts after a deploy at night.';
const input: QuestionInput = {
  title: 'Why does my node.js e-mail job send duplicates?',
  body: `${LONG} It started with \`cron\`. Why?! I tried everything...`,
};

function explanationOf(doc: ReturnType<typeof parseQuestion>) {
  return explain(
    doc,
    syntheticModel({
      bias: 0.4,
      words: {},
      features: [
        {
          id: 'words-per-sentence',
          weight: -0.01,
          value: featureById('words-per-sentence')!.compute(featureContext(doc)),
          typical: 14,
        },
      ],
    }),
  );
}

describe('one segmentation: tip, suggestion, feature and explainer agree', () => {
  const doc = parseQuestion(input);
  const body = doc.prose.filter((b) => b.kind !== 'title');
  const ss = body.flatMap((b) => analyseBlock(b.text).sentences);
  // The sentences as typed (inline code is a space in prose, and back in the source span).
  const typed = body.flatMap((b) =>
    analyseBlock(b.text).sentences.map((s) => {
      const r = sourceRange(b, s.start, s.end)!;
      return input.body.slice(r.start, r.end);
    }),
  );

  it('splits the body where expected', () => {
    expect(ss.map((s) => s.text)).toEqual([LONG, 'It started with .', 'Why?!', 'I tried everything...']);
  });

  it('gives the same word count in the tip, the suggestion, the feature and the explainer', () => {
    const n = ss[0].words.length;
    expect(n).toBe(40); // counted by hand: "e-mail" is 2, "e.g.", "node.js", "v1.2.3", the URL and "1,000" are 1 each
    // Tip.
    const tips = runChecks(doc).filter((f) => f.id === 'long-sentence');
    expect(tips.map((f) => [input.body.slice(f.span.start, f.span.end), f.message])).toEqual([
      [LONG, expect.stringContaining(`has ${n} words`)],
    ]);
    // Explainer: every sentence component has the splitter's boundaries and word count.
    const explanation = explanationOf(doc);
    const components = explanation.attributions
      .map((a) => a.component)
      .filter((c) => c.kind === 'sentence' && c.spans[0]?.field === 'body');
    expect(components.map((c) => [input.body.slice(c.spans[0].start, c.spans[0].end), c.words]).sort()).toEqual(
      typed.map((t, i) => [t, ss[i].words.length]).sort(),
    );
    // Suggestion.
    const [split] = splitLongSentence.propose({ doc, input, explanation, heuristicFindings: runChecks(doc) });
    expect(split.message).toBe(`Split this ${n}-word sentence into two.`);
    expect(input.body.slice(split.span.start, split.span.end)).toBe(LONG);
    // Feature: body words over body sentences, the same sentences and words.
    const total = ss.reduce((sum, s) => sum + s.words.length, 0);
    expect(featureById('words-per-sentence')!.compute(featureContext(doc))).toBeCloseTo(total / ss.length, 9);
    expect(featureById('sentence-count')!.compute(featureContext(doc))).toBeGreaterThan(0);
  });
});

describe('one noise lexicon: check, features, explainer and suggestion', () => {
  const noisy: QuestionInput = {
    title: 'Urgent: parser rejects dotted keys',
    body: 'Hi all, the parser rejects keys with dots. Could somebody help me? It is urgent, please. Thanks in advance!',
  };
  const doc = parseQuestion(noisy);
  const lexicon = doc.prose.flatMap((b) => findNoise(b.text).map((m) => m.text.toLowerCase()));

  it('the check flags exactly the lexicon phrases', () => {
    expect(lexicon).toEqual(['urgent', 'hi all', 'could somebody help me', 'urgent', 'thanks in advance']);
    const flagged = runChecks(doc)
      .filter((f) => f.id === 'noise')
      .map((f) => noisy[f.span.field].slice(f.span.start, f.span.end).toLowerCase());
    expect(flagged).toEqual(lexicon);
  });

  it('the features count the lexicon phrases by kind, not by a finding severity', () => {
    const f = (id: string) => featureById(id)!.compute(featureContext(doc));
    expect(f('urgency')).toBeCloseTo(Math.log1p(3), 9); // urgent ×2, could somebody help me
    expect(f('greetings-thanks')).toBeCloseTo(Math.log1p(2), 9); // hi all, thanks in advance
  });

  it('the explainer has one noise component per lexicon phrase, and remove-noise offers each (bare "please" is not noise)', () => {
    const explanation = explain(
      doc,
      syntheticModel({
        bias: 0.4,
        words: { urgent: -0.1, thanks: -0.1, hi: -0.1, help: -0.1, please: -0.1 },
        features: [],
      }),
    );
    const noise = explanation.attributions.map((a) => a.component).filter((c) => c.noise);
    expect(noise.map((c) => [c.kind, c.text]).sort()).toEqual([
      ['phrase', 'could somebody help me'],
      ['phrase', 'hi all'],
      ['phrase', 'thanks in advance'],
      ['word', 'urgent'],
    ]);
    expect(noise.find((c) => c.text === 'urgent')!.spans).toHaveLength(2);
    const offered = removeNoise.propose({ doc, input: noisy, explanation, heuristicFindings: runChecks(doc) });
    expect(offered.map((s) => s.message).sort()).toEqual([
      'Remove “could somebody help me”: it adds nothing to the question.',
      'Remove “hi all”: it adds nothing to the question.',
      'Remove “thanks in advance”: it adds nothing to the question.',
      'Remove “urgent” (2×): it adds nothing to the question.',
    ]);
  });
});
