// The explainer inline: a weak question gets underlines (model suggestions in their own colour) and a panel
// listing the model's suggestions with gains before the tips; hovering or moving the caret into an underline
// shows a tooltip; applying the first model suggestion by typing raises the score; the text stays as typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  launchWithExtension,
  openFixture,
  openPopup,
  scoreOf,
  tabIdOf,
  typeLikeAPerson,
  waitForSettledBadges,
  type BadgeSnapshot,
  type E2E,
} from './harness/browser';
import { highlightOffsets, readPanel, readTooltip, readUnderlines, type PanelEntry } from './harness/hints';

/**
 * A weak question the shipped model gives span suggestions for (remove-noise on "please help me", "thanks",
 * "asap"). "help plz urgent" / "my code dont work, pls fix it asap!!! thanks in advance" only gets field-wide
 * model suggestions (describe-attempt, add-question, …), so it has no model underline to hover.
 */
const WEAK = {
  title: 'python error',
  body: 'i get an error when i run my python script, please help me fix it asap thanks',
};
const SETTLE_MS = 30_000; // the explainer may be slow while the model is being retrained

let env: E2E;
beforeAll(async () => {
  env = await launchWithExtension();
});
afterAll(async () => {
  await env?.close();
});

/** Moves the caret of the focused single-line field to `offset` from a line of `length` characters. */
async function caretTo(page: Page, length: number, offset: number): Promise<void> {
  await page.keyboard.press('End');
  for (let i = 0; i < length - offset; i++) await page.keyboard.press('ArrowLeft');
}

/** Runs in the page: whether the caret is collapsed at the end of the focused input or editable element. */
function caretIsAtEndOfFocusedField(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    return active.selectionStart === active.value.length && active.selectionEnd === active.value.length;
  }
  const selection = getSelection();
  if (!active || !selection || selection.rangeCount === 0 || !selection.isCollapsed) return false;
  const rest = document.createRange();
  rest.selectNodeContents(active);
  rest.setStart(selection.focusNode!, selection.focusOffset);
  return rest.toString().length === 0;
}

/** What typing the suggestion's edit does to {title, body}, done with the keyboard. */
async function applyByTyping(
  page: Page,
  fields: { title: Locator; body: Locator },
  text: { title: string; body: string },
  entry: PanelEntry,
) {
  const next = { ...text };
  const typeAtEnd = async (field: 'title' | 'body', added: string) => {
    await fields[field].click();
    // As a person looks before typing: ProseMirror syncs a click's selection a moment after mouseup, and under
    // load that sync has landed after Ctrl+End, so the edit went in at the start of the body.
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.waitForTimeout(150);
      await page.keyboard.press('ControlOrMeta+End');
      await page.waitForTimeout(150);
      if (await page.evaluate(caretIsAtEndOfFocusedField)) break;
    }
    await page.keyboard.type(added);
    next[field] += added;
  };
  switch (entry.id) {
    case 'remove-noise': {
      const phrase = entry.quote ?? '';
      const field = text.body.includes(phrase) ? 'body' : 'title';
      const value = text[field];
      let start = value.indexOf(phrase);
      let end = start + phrase.length;
      expect(start, `"${phrase}" in the ${field}`).toBeGreaterThanOrEqual(0);
      if (value[start - 1] === ' ')
        start--; // the phrase and the space before it
      else if (value[end] === ' ') end++;
      await fields[field].click();
      await caretTo(page, value.length, end);
      // One key at a time, as a person deletes, each seen landing before the next: under load the editor
      // or the driver has dropped a press now and then (the field then still holds one more character).
      const length = async () =>
        field === 'body'
          ? (
              await page.evaluate(
                () => (window as unknown as { __stacksEditor: { content: string } }).__stacksEditor.content,
              )
            ).length
          : (await fields.title.inputValue()).length;
      for (let i = start; i < end; i++) {
        const before = await length();
        for (let attempt = 0; attempt < 3; attempt++) {
          await page.keyboard.press('Backspace', { delay: 15 });
          const landed = await expect
            .poll(length, { timeout: 1_000 })
            .toBe(before - 1)
            .then(
              () => true,
              () => false,
            );
          if (landed) break;
        }
      }
      await expect
        .poll(
          () =>
            page.evaluate(() => (window as unknown as { __stacksEditor: { content: string } }).__stacksEditor.content),
          { timeout: 3_000 },
        )
        .toBe(field === 'body' ? value.slice(0, start) + value.slice(end) : text.body);
      next[field] = value.slice(0, start) + value.slice(end);
      break;
    }
    case 'add-code-sample':
      await typeAtEnd('body', '\n\n```\nimport sys\nprint(sys.argv[1])\n```');
      break;
    case 'add-error-message':
      await typeAtEnd('body', '\n\n```\nIndexError: list index out of range\n```');
      break;
    case 'add-question':
      await typeAtEnd('body', ' How do I fix this error?');
      break;
    case 'describe-attempt':
      await typeAtEnd('body', ' I tried reinstalling python but the same error happened.');
      break;
    case 'title-question':
      await typeAtEnd('title', ': how do I fix it?');
      break;
    default:
      throw new Error(`no typed edit for suggestion ${entry.id}`);
  }
  return next;
}

describe('explainer inline on the Stack Overflow ask page (Markdown mode)', () => {
  let page: Page;
  let fields: { title: Locator; body: Locator };
  let weak: BadgeSnapshot[];
  let entries: PanelEntry[] = [];
  let typed = { ...WEAK };

  beforeAll(async () => {
    page = await openFixture(env, 'stacks-ask.html?mode=markdown');
    await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
    fields = { title: page.locator('#title'), body: page.locator('#editor .ProseMirror') };
    await typeLikeAPerson(fields.title, WEAK.title);
    await typeLikeAPerson(fields.body, WEAK.body);
    weak = await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('underlines model suggestions in their own highlight, and none inside code', async () => {
    await expect
      .poll(async () => (await readUnderlines(page)).filter((u) => u.source === 'model').length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const underlines = await readUnderlines(page);
    for (const u of underlines) {
      expect(u.text.trim().length).toBeGreaterThan(0);
      expect(WEAK.title.includes(u.text) || WEAK.body.includes(u.text)).toBe(true);
    }
  });

  it('lists model suggestions first with gains in points ("+21 points"), largest first, then the tips under a Tips heading', async () => {
    entries = await readPanel(page);
    const model = entries.filter((e) => e.source === 'model');
    expect(model.length).toBeGreaterThan(0);
    expect(entries.slice(0, model.length).every((e) => e.source === 'model')).toBe(true);
    for (const e of model) {
      expect(e.gain).toMatch(/^ \+(?:[1-9]\d* points?|<1 point)$/);
      expect(e.afterTips).toBe(false);
    }
    const points = model.map((e) => (/<1/.test(e.gain!) ? 0 : Number(/\d+/.exec(e.gain!)![0])));
    expect(points).toEqual([...points].sort((a, b) => b - a));
    for (const e of entries.slice(model.length)) {
      expect(e.source).toBe('heuristic');
      expect(e.afterTips).toBe(true);
      expect(e.gain).toBeNull();
    }
  });

  it('hovering an underline shows its message and gain in a tooltip, leaving hides it', async () => {
    const target = (await readUnderlines(page)).find((u) => u.source === 'model')!;
    const entry = entries.find((e) => e.source === 'model' && e.quote === target.text)!;
    expect(entry).toBeDefined();
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => readTooltip(page), { timeout: 3_000 }).toBe(`${entry.message}${entry.gain}`);
    await page.mouse.move(5, 5);
    await expect.poll(() => readTooltip(page), { timeout: 3_000 }).toBeNull();
  });

  it('the caret entering an underline (keyboard) shows its tooltip, leaving it hides it', async () => {
    await page.mouse.move(5, 5);
    const entry = entries.find((e) => e.source === 'model' && e.quote && WEAK.body.includes(e.quote))!;
    expect(entry, 'a model suggestion underlined in the body').toBeDefined();
    const start = WEAK.body.indexOf(entry.quote!);
    await fields.body.click();
    await caretTo(page, WEAK.body.length, start + 1);
    await expect.poll(() => readTooltip(page), { timeout: 3_000 }).toBe(`${entry.message}${entry.gain}`);
    await page.keyboard.press('Home'); // "i get …": not underlined
    await expect.poll(() => readTooltip(page), { timeout: 3_000 }).toBeNull();
  });

  it('applying the first model suggestion by typing raises the score; the text is exactly what was typed', async () => {
    const first = entries.find((e) => e.source === 'model')!;
    typed = await applyByTyping(page, fields, WEAK, first);
    const after = await waitForSettledBadges(page, { previous: weak, timeoutMs: SETTLE_MS });
    expect(scoreOf(after), `after ${first.id} ${first.quote ?? ''}`).toBeGreaterThan(scoreOf(weak));
    expect(await fields.title.inputValue()).toBe(typed.title);
    const markdown = await page.evaluate(
      () => (window as unknown as { __stacksEditor: { content: string } }).__stacksEditor.content,
    );
    expect(markdown).toBe(typed.body);
  });

  it('the popup shows the contribution chart and the suggestions with gains', async () => {
    const popup = await openPopup(env, await tabIdOf(env, page));
    try {
      await popup.locator('[data-testid="contribution-chart"]').waitFor({ timeout: 10_000 });
      const suggestions = popup.locator('[data-testid="suggestion"]');
      await expect.poll(() => suggestions.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const gains = await suggestions.locator('.gain').allTextContents();
      expect(gains.length).toBeGreaterThan(0);
      // In points, the score's own scale (src/shared/format-gain.ts).
      for (const g of gains) expect(g).toMatch(/^\+(?:[1-9]\d* points?|<1 point)$/);
    } finally {
      await popup.close();
    }
  });

  it('raises no page error', () => {
    expect(env.pageErrors).toEqual([]);
  });
});

describe('explainer inline: nothing inside code is underlined', () => {
  it('noise words inside a fenced code block get no underline, the same words in prose do', async () => {
    const page = await openFixture(env, 'stacks-ask.html?mode=markdown');
    try {
      await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
      const body = `${WEAK.body}\n\n\`\`\`\n# please help me fix it asap thanks\nprint(sys.argv)\n\`\`\``;
      await typeLikeAPerson(page.locator('#title'), WEAK.title);
      await typeLikeAPerson(page.locator('#editor .ProseMirror'), body);
      await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
      await expect
        .poll(async () => (await highlightOffsets(page, '#editor .ProseMirror')).ranges.length, { timeout: 10_000 })
        .toBeGreaterThan(0);
      const { text, ranges } = await highlightOffsets(page, '#editor .ProseMirror');
      const codeStart = text.indexOf('```');
      const codeEnd = text.lastIndexOf('```') + 3;
      expect(codeStart).toBeGreaterThan(0);
      for (const r of ranges) expect(r.end <= codeStart || r.start >= codeEnd, JSON.stringify({ r, text })).toBe(true);
      expect(ranges.some((r) => r.end <= codeStart)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('explainer inline in a textarea (mirror marks)', () => {
  const text = `${WEAK.title}\n\n${WEAK.body}`;
  let page: Page;

  beforeAll(async () => {
    page = await openFixture(env, 'textarea.html');
    await typeLikeAPerson(page.locator('#body'), text);
    await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('draws model marks, and the pointer and the caret over one show its tooltip', async () => {
    await expect
      .poll(async () => (await readUnderlines(page)).filter((u) => u.source === 'model').length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const mark = (await readUnderlines(page)).find((u) => u.source === 'model')!;
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(() => readTooltip(page), { timeout: 3_000 }).toMatch(/ \+(?:\d+ points?|<1 point)$/);
    await page.mouse.move(5, 5);
    await expect.poll(() => readTooltip(page), { timeout: 3_000 }).toBeNull();
    // caret: selectionStart inside the span, moved by the keyboard only
    const start = text.lastIndexOf(mark.text);
    await page.locator('#body').press('ControlOrMeta+End');
    for (let i = 0; i < text.length - start - 1; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readTooltip(page), { timeout: 3_000 }).toMatch(/ \+(?:\d+ points?|<1 point)$/);
    expect(await page.locator('#body').inputValue()).toBe(text);
  });
});
