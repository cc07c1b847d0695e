// The editors Apply is proven on (textarea, Stacks-Editor in both modes, a plain contenteditable), the draft typed
// into them, and how a test finds one suggestion's entry: shared by the in-page and the popup Apply tests.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Finding } from '../../../src/shared/finding';
import { type E2E, openFixture, typeLikeAPerson, waitForSettledBadges } from './browser';
import { tabAnalysisOf } from './analysis';

export const SETTLE_MS = 30_000;
/** One paragraph, no Markdown syntax: its Markdown is its text in every editor. Gets remove-noise with a fix. */
export const NOISY_BODY = 'i get an error when i run my python script, please help me fix it asap thanks';

export interface EditorCase {
  name: string;
  path: string;
  body: (page: Page) => Locator;
  /** The field's text as the editor holds it. */
  read: (page: Page) => Promise<string>;
  ready?: (page: Page) => Promise<void>;
}

/** Stacks-Editor (stacks-ask.html) in one of its two modes: the same field, read through the editor's own content. */
const stacks = (mode: 'markdown' | 'richtext', name: string): EditorCase => ({
  name: `Stacks-Editor, ${name}`,
  path: `/stacks-ask.html?mode=${mode}`,
  body: (p) => p.locator('#editor .ProseMirror'),
  read: (p) =>
    p.evaluate(() => (window as unknown as { __stacksEditor: { content: string } }).__stacksEditor.content.trim()),
  ready: (p) => p.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 }),
});

export const TEXTAREA: EditorCase = {
  name: 'textarea',
  path: '/textarea.html',
  body: (p) => p.locator('#body'),
  read: (p) => p.locator('#body').inputValue(),
};
export const STACKS_MARKDOWN = stacks('markdown', 'Markdown mode');
export const STACKS_RICH_TEXT = stacks('richtext', 'rich text mode');
export const CONTENTEDITABLE: EditorCase = {
  name: 'contenteditable',
  path: '/contenteditable.html',
  body: (p) => p.locator('#body'),
  read: (p) => p.locator('#body').evaluate((el) => (el as HTMLElement).innerText.trim()),
};

/**
 * The entry of a finding in a list (the in-page panel or the popup): by id, and by the text it quotes when it points at
 * a span.
 */
export function findingEntry(page: Page, entries: Locator, f: Finding, analysed: string): Locator {
  return f.scope === 'span'
    ? entries.filter({ has: page.locator('q', { hasText: analysed.slice(f.span.start, f.span.end) }) })
    : entries;
}

/** Opens the case's page, types the noisy draft and waits for its analysis; the body's one-line concrete edits. */
export async function typedWithFixes(env: E2E, c: EditorCase) {
  const page = await openFixture(env, c.path);
  await c.ready?.(page);
  await typeLikeAPerson(c.body(page), NOISY_BODY);
  const badges = await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
  const analysis = (await tabAnalysisOf(env, page))!;
  expect(analysis.input.body.trim()).toBe(NOISY_BODY);
  const fixes = analysis.result.findings.filter(
    (f) => f.fix && f.fix.span.field === 'body' && !f.fix.placeholder && !f.fix.text.includes('\n'),
  );
  return { page, badges, analysis, fixes };
}
