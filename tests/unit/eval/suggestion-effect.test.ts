import { describe, expect, it } from 'vitest';
import type { QuestionInput } from '../../../src/shared/question';
import { analyseQuestion, modelScorer } from '../../../src/core/analyse';
import type { QuestionDocument } from '../../../src/core/document/question-document';
import { isPlaceholderCode } from '../../../src/core/document/placeholders';
import { perturbedFeatures } from '../../../src/core/model/perturbation';
import type { ModelScorer } from '../../../src/core/model/scorer';
import { htmlToMarkdown } from '../../../src/core/document/html-to-markdown';
import { parseHtmlQuestion } from '../../../src/core/document/parse-html';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { tokenize } from '../../../src/core/document/tokens';
import { measureTopSuggestions } from '../../../src/core/eval/suggestion-effect';
import { loadShippedModel } from '../support/shipped-model';
import type { Perturbation, PerturbationGroups } from '../../../src/core/explainer/model';

const WEAK = [
  { title: 'python error', body: 'i get an error when i run my python script, please help me fix it asap thanks' },
  { title: 'URGENT!!! code not working', body: 'plz help me my program crash when i run it thanks in advance' },
  {
    title: 'java problem',
    body: 'my java code does not compile. what is wrong with it? i need this for school tomorrow',
  },
];
const STRONG = {
  title: 'Why does JSON.parse throw "Unexpected token u" when reading a config file in Node 20?',
  body: 'I read the file with `fs.readFile` and tried the utf8 encoding.\n\n```js\nconst config = JSON.parse(fs.readFile("c.json", "utf8"));\n```\n\nThe error is `SyntaxError: Unexpected token u in JSON at position 0`. How can I make JSON.parse receive the contents?',
};

describe('measureTopSuggestions', () => {
  it('counts only weak questions and re-scores the edited text through the full pipeline', async () => {
    const model = await loadShippedModel();
    const scorer = modelScorer(model);
    const weakCount = [...WEAK, STRONG].filter((q) => {
      const r = analyseQuestion(q, scorer);
      return r.state === 'scored' && r.score! < 0.5;
    }).length;
    const effect = measureTopSuggestions([...WEAK, STRONG], model);
    expect(effect.weak).toBe(weakCount);
    expect(effect.weak).toBeGreaterThanOrEqual(2);
    expect(effect.raised).toBeLessThanOrEqual(effect.withSuggestion);
    expect(effect.share).toBeCloseTo(effect.raised / effect.weak, 10);
    expect(effect.raised).toBeGreaterThan(0);
    expect(effect.medianGain).toBeGreaterThan(0);
    expect(Object.values(effect.topKinds).reduce((a, b) => a + b, 0)).toBe(effect.withSuggestion);
    expect(effect.templateTop).toBeLessThanOrEqual(effect.withSuggestion);
    // A threshold no question is under: nothing to measure.
    expect(measureTopSuggestions(WEAK, model, 0)).toMatchObject({ weak: 0, share: 0, medianGain: null });
  });
});

// A model that reads one thing: a code block with real code in it (a placeholder-only block counts for
// nothing, as in the model's view). 0.2 without, 0.5 with.
function codeOnlyModel(): ModelScorer {
  const realCode = (doc: QuestionDocument) => (doc.codeBlocks.some((c) => !isPlaceholderCode(c.code)) ? 1 : 0);
  const at = (f: number) => 0.2 + 0.3 * f;
  const fake = {
    version: 'code-only',
    config: { tokenizer: 'test', vectoriser: { featureNames: ['has-code-block'], featureMean: [0.5] } },
    vectorise: (doc: QuestionDocument) => ({ tokens: [] as string[], features: [realCode(doc)] }),
    scorePerturbations: (vec: { features: number[] }, perts: readonly Perturbation[], groups?: PerturbationGroups) =>
      perts.map((p) => at((perturbedFeatures(p, groups ?? [], vec.features, [0.5]) ?? vec.features)[0])),
    score: (doc: QuestionDocument) => at(realCode(doc)),
  };
  return fake as unknown as ModelScorer;
}

describe('measureTopSuggestions on template suggestions', () => {
  const noCode: QuestionInput = {
    title: 'Parser rejects dotted keys',
    body: 'The parser rejects keys with dots in the settings file and I do not know why.',
  };

  it('measures a template suggestion by its stand-in and counts it', () => {
    const effect = measureTopSuggestions([noCode], codeOnlyModel());
    expect(effect).toMatchObject({
      weak: 1,
      withSuggestion: 1,
      raised: 1,
      share: 1,
      topKinds: { 'add-code-sample': 1 },
      templateTop: 1,
    });
    expect(effect.medianGain).toBeCloseTo(0.3, 10);
    expect(effect.templateTop).toBeLessThanOrEqual(effect.withSuggestion);
  });

  it('counts no template when the top suggestion is a plain edit', () => {
    // Code typed as prose: fencing it (format-code, no template) gives the model its code block.
    const typed: QuestionInput = {
      title: 'Parser rejects dotted keys',
      body: 'My code:\nconst cfg = parse(text);\nconsole.log(cfg);\nHow do I keep the dotted keys?',
    };
    const effect = measureTopSuggestions([typed], codeOnlyModel());
    expect(effect).toMatchObject({
      weak: 1,
      withSuggestion: 1,
      raised: 1,
      topKinds: { 'format-code': 1 },
      templateTop: 0,
    });
  });
});

describe('htmlToMarkdown', () => {
  it.each([
    '<p>I tried <code>npm ci</code> and it fails:</p><pre><code>npm ERR! code E404\n</code></pre><p>Why?</p>',
    '<p>See <a href="https://example.com">the docs</a>.</p><ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote>',
    '<h2>Heading</h2><p><strong>Bold</strong> and <em>emphasis</em> with &amp; entities &lt;tag&gt;.</p>',
  ])('gives Markdown that parses to the same tokens as the HTML: %s', (html) => {
    const fromHtml = tokenize(parseHtmlQuestion('t', html)).map((t) => t.text);
    const fromMarkdown = tokenize(parseQuestion({ title: 't', body: htmlToMarkdown(html) })).map((t) => t.text);
    expect(fromMarkdown).toEqual(fromHtml);
  });
});
