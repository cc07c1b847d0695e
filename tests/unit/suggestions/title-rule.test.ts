// The title rule on real titles (read from ../shared/data at test time, never copied into the repository):
// a rewrite only when it is more specific (it adds the error the body quotes), never a bare question form,
// and nothing once the title quotes the error, says what goes wrong or names its goal.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/core/checks/title-not-specific';
import { quotedError, specificTitle, titleIsSpecific } from '../../../src/core/suggestions/title-rule';

const DATA = join(__dirname, '../../../../shared/data');
const KAGGLE = join(DATA, 'so-closed-2012-kaggle/train-sample-part.csv');
const MODERN = join(DATA, 'so60k-ramananthan-hq-lq/data-dev.csv');

interface Real {
  id: string;
  title: string;
  body: string;
}

function load(path: string, id: string, body: string, html: boolean): Map<string, Real> {
  const rows = parse(readFileSync(path), { columns: true }) as Record<string, string>[];
  // HTML bodies: the rule reads text, so tags and the common entities go
  const text = (s: string) =>
    html
      ? s
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
      : s;
  return new Map(rows.map((r) => [r[id], { id: r[id], title: r.Title, body: text(r[body]) }]));
}

describe.skipIf(!existsSync(KAGGLE) || !existsSync(MODERN))('title rule on real titles from the shared data', () => {
  const kaggle = existsSync(KAGGLE) ? load(KAGGLE, 'PostId', 'BodyMarkdown', false) : new Map<string, Real>();
  const modern = existsSync(MODERN) ? load(MODERN, 'Id', 'Body', true) : new Map<string, Real>();

  it.each([
    // generic titles whose body quotes the error: the error goes into the title, with the title's subject
    ['kaggle', '1598461', 'NullPointerException in Android Database'],
    ['kaggle', '4852840', 'LazyInitializationException in Hibernate mapping'],
    ['modern', '34555135', 'ImportError in Pandas read_html'],
    // no subject in the title: the technology the body names
    ['kaggle', '5105779', 'ImportError: No module named _imaging in python'],
    // the title quotes the error already: nothing to propose
    ['kaggle', '1228146', null],
    ['kaggle', '1442294', null],
    // the title names its goal: kept
    ['kaggle', '13', null],
    ['modern', '34589435', null],
  ])('%s %s → %j', (set, id, expected) => {
    const q = (set === 'kaggle' ? kaggle : modern).get(id)!;
    expect(q, `row ${id} in the shared data`).toBeDefined();
    expect(specificTitle(q.title, q.body)).toBe(expected);
  });

  it('over every real question: a rewrite adds the body’s error, keeps the title’s subject, and is never a bare question', () => {
    let rewrites = 0;
    for (const q of [...kaggle.values(), ...modern.values()]) {
      const rewrite = specificTitle(q.title, q.body);
      if (rewrite === null) continue;
      rewrites++;
      const error = quotedError(q.body)!;
      const name = error.split(':')[0];
      expect(q.title.includes(name)).toBe(false); // more specific: names an error the title did not
      expect(rewrite.startsWith(error)).toBe(true);
      expect(rewrite.endsWith('?')).toBe(false);
      for (const w of contentWords(q.title)) expect(contentWords(rewrite)).toContain(w);
      expect(titleIsSpecific(rewrite)).toBe(true); // and once taken, the rule stops
    }
    expect(rewrites).toBeGreaterThan(10);
  });

  it('never rewrites a real title that quotes an exception', () => {
    const quoting = [...kaggle.values(), ...modern.values()].filter((q) =>
      /\b[A-Z]\w*(?:Exception|Error)\b/.test(q.title),
    );
    expect(quoting.length).toBeGreaterThan(50);
    for (const q of quoting) expect(specificTitle(q.title, q.body)).toBeNull();
  });
});

describe('title rule on hand-written cases (always run)', () => {
  it.each([
    ['python error', "Running it stops with KeyError: 'port'. What am I doing wrong?", "KeyError: 'port' in python"],
    // no error quoted: nothing more specific to offer
    ['python error', 'It prints an error when I run my script, please help', null],
    ['KeyError when reading the config', "KeyError: 'port'", null],
    ['json.loads returns None instead of a dict', 'TypeError: x', null],
    ['', 'TypeError: x', null],
  ])('%j + %j → %j', (title, body, expected) => {
    expect(specificTitle(title, body)).toBe(expected);
  });
});
