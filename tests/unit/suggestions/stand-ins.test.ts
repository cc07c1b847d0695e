// The stand-ins that measure a template's gain: real text of the right kind, nothing masked, no topic.
import { describe, expect, it } from 'vitest';
import { modelView } from '../../../src/core/document/model-view';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { hasProsePlaceholder, isPlaceholderCode } from '../../../src/core/document/placeholders';
import { words } from '../../../src/core/document/tokens';
import { isTopicTerm } from '../../../src/core/document/topic-terms';
import { featureById } from '../../../src/core/features/registry';
import { featureContext } from '../../../src/core/features/feature';
import {
  ATTEMPT_STAND_IN,
  CODE_STAND_IN,
  ERROR_STAND_IN,
  QUESTION_STAND_IN,
  STAND_INS,
} from '../../../src/core/suggestions/stand-ins';

const BODY = 'The parser rejects keys with dots in the settings file.';
const withStandIn = (s: string) => parseQuestion({ title: 'Parser rejects dotted keys', body: `${BODY}\n\n${s}` });
const feature = (id: string, s: string) => featureById(id)!.compute(featureContext(withStandIn(s)));

describe('stand-ins', () => {
  it.each(STAND_INS)('%j holds no placeholder: the model reads all of it', (s) => {
    const doc = withStandIn(s);
    for (const b of doc.prose) expect(hasProsePlaceholder(b.text)).toBe(false);
    for (const c of doc.codeBlocks) expect(isPlaceholderCode(c.code)).toBe(false);
    expect(hasProsePlaceholder(s.replace(/```/g, ''))).toBe(false);
    expect(modelView(doc)).toBe(doc); // nothing masked
    expect(feature('placeholders', s)).toBe(0);
  });

  it.each(STAND_INS)('%j names no technology or keyword (code lines included)', (s) => {
    const ws = words(s).map((w) => w.text);
    expect(ws.length).toBeGreaterThan(2);
    expect(ws.filter(isTopicTerm)).toEqual([]);
  });

  it('each realises what its suggestion is about', () => {
    expect(withStandIn(CODE_STAND_IN).codeBlocks).toHaveLength(1);
    expect(feature('has-code-block', CODE_STAND_IN)).toBeGreaterThan(0);
    const codeLines = CODE_STAND_IN.split('\n').filter((l) => l && !l.startsWith('```')).length;
    expect(codeLines).toBeGreaterThanOrEqual(3);
    expect(feature('code-substance', CODE_STAND_IN)).toBe(Math.log1p(codeLines)); // every line looks like code

    expect(withStandIn(ERROR_STAND_IN).codeBlocks).toHaveLength(1);
    expect(feature('error-message', ERROR_STAND_IN)).toBe(1);

    expect(feature('shows-attempt', ATTEMPT_STAND_IN)).toBe(1);
    expect(feature('concrete-details', ATTEMPT_STAND_IN)).toBeGreaterThan(0);
    expect(feature('question-asked', ATTEMPT_STAND_IN)).toBe(0); // an attempt, not a question

    expect(feature('question-asked', QUESTION_STAND_IN)).toBe(1);
    expect(feature('shows-attempt', QUESTION_STAND_IN)).toBe(0); // a question, not an attempt
  });
});
