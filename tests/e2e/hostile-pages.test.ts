// Pages are not trusted. A page script that forges the extension's messages and UI, tampers with our shadow
// root or fills fields with markup must not change a score, run code, or learn anything it did not already
// have; fields that opt out are never analysed. What a page CAN see is listed in docs/what-pages-see.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyseQuestion, modelScorer, type Scorer } from '../../src/core/analyse';
import type { ModelScorer } from '../../src/core/model/scorer';
import { loadShippedModel } from '../unit/support/shipped-model';
import {
  EXTENSION_DIR,
  launchWithExtension,
  openFixture,
  openPopup,
  readPopupScore,
  tabIdOf,
  typeLikeAPerson,
  type BadgeSnapshot,
  type E2E,
} from './harness/browser';
import { asOneField, BETTER } from './harness/questions';

let env: E2E;
let model: ModelScorer;
let scorer: Scorer;
beforeAll(async () => {
  [env, model] = await Promise.all([launchWithExtension(), loadShippedModel()]);
  scorer = modelScorer(model);
});
afterAll(async () => {
  await env?.close();
});

/** What Node's analysis of the same text scores (the worker matches it within 1e-5). */
function expectedScore(body: string): number {
  const result = analyseQuestion({ title: '', body }, scorer);
  if (result.score === null) throw new Error(`not scored in Node: ${result.reason}`);
  return result.score;
}

/** Our badges only: hostile.js lists the roots it made itself in window.__fakeRoots. */
async function ourBadges(page: Page): Promise<(BadgeSnapshot & { attached: boolean })[]> {
  return page.evaluate(() => {
    const fakes: Element[] = (window as unknown as { __fakeRoots?: Element[] }).__fakeRoots ?? [];
    return [...document.querySelectorAll('ml-editor-root')]
      .filter((r) => !fakes.includes(r))
      .flatMap((root) =>
        [...(root.shadowRoot?.querySelectorAll('[data-ml-editor-badge]') ?? [])].map((b) => ({
          frameUrl: location.href,
          state: b.getAttribute('data-state'),
          score: b.getAttribute('data-score'),
          attached: root.parentNode === document.documentElement,
        })),
      );
  });
}

/** Polls until our one badge is scored and stays at a score close to `expected` (3-decimal rounding). */
async function expectBadgeScore(page: Page, expected: number, timeout = 20_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const badges = await ourBadges(page);
        if (badges.length !== 1 || badges[0].state !== 'scored' || !badges[0].attached) return badges;
        return Math.abs(Number(badges[0].score) - expected) <= 0.0006 ? 'ok' : badges;
      },
      { timeout, interval: 200 },
    )
    .toBe('ok');
}

const fakeBadges = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __fakeRoots: Element[] }).__fakeRoots.map((r) =>
      r.shadowRoot!.querySelector('[data-ml-editor-badge]')!.getAttribute('data-score'),
    ),
  );

describe('a page that imitates and tampers with the extension', () => {
  let page: Page;
  let text = asOneField(BETTER);

  beforeAll(async () => {
    page = await openFixture(env, 'hostile.html');
    await typeLikeAPerson(page.locator('#body'), text);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('a fake <ml-editor-root> made before ours does not change our badge: it shows the real text’s score', async () => {
    await expectBadgeScore(page, expectedScore(text));
    // The page's fake is left as the page made it: we neither adopt nor rewrite it.
    expect(await fakeBadges(page)).toEqual(['0.999']);
  });

  it('forged messages, CustomEvents and crafted input events change nothing; pages have no chrome.runtime', async () => {
    await page.evaluate(() =>
      (window as unknown as { hostile: { fakeRoot(l: string): void } }).hostile.fakeRoot('after'),
    );
    const runtime = await page.evaluate(() => (window as unknown as { hostile: { forge(): unknown } }).hostile.forge());
    // No externally_connectable: a page gets no chrome.runtime to message the extension with.
    expect(runtime).toEqual({ chromeRuntime: 'undefined', sendMessage: 'undefined' });
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.externally_connectable).toBeUndefined();
    // The crafted input event re-analyses the field's real value; give a stale or forged answer time to land.
    await page.waitForTimeout(2_500);
    await expectBadgeScore(page, expectedScore(text));
    expect(await fakeBadges(page)).toEqual(['0.999', '0.999']);
    expect(await ourBadges(page)).toHaveLength(1);
  });

  it('a page that rewrites, deletes our badge or removes our root gets a correct badge back on the next edit', async () => {
    const field = page.locator('#body');
    const steps: [string, string][] = [
      ['forgeBadge', ' Thanks.'],
      ['deleteBadges', ' Any idea?'],
      ['deleteRoot', ' I use Node 20.'],
    ];
    for (const [attack, more] of steps) {
      await page.evaluate(
        (name) => (window as unknown as { hostile: Record<string, () => void> }).hostile[name](),
        attack,
      );
      await field.click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(more);
      text += more;
      expect(await field.inputValue()).toBe(text);
      await expectBadgeScore(page, expectedScore(text));
      // The badge is styled again (our <style> is back): a scored badge has a coloured background.
      const styled = await page.evaluate(() => {
        const fakes = (window as unknown as { __fakeRoots: Element[] }).__fakeRoots;
        const root = [...document.querySelectorAll('ml-editor-root')].find((r) => !fakes.includes(r))!;
        const badge = root.shadowRoot!.querySelector('[data-ml-editor-badge]')!;
        return getComputedStyle(badge).position;
      });
      expect(styled, `after ${attack}`).toBe('fixed');
    }
    expect(env.pageErrors).toEqual([]);
  });

  it('the page learns no extension id or extension URL: not in the DOM, attributes, messages or styles', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as {
        __seen: { messages: { data: string }[]; posted: string[]; mutations: string[] };
      };
      const shadows = [...document.querySelectorAll('ml-editor-root')].map((r) => r.shadowRoot?.innerHTML ?? '');
      const sheets = [...document.styleSheets].map((s) => {
        try {
          return [...s.cssRules].map((r) => r.cssText).join('\n');
        } catch {
          return '';
        }
      });
      return {
        text: [
          document.documentElement.outerHTML,
          ...shadows,
          ...sheets,
          ...w.__seen.mutations,
          ...w.__seen.messages.map((m) => m.data),
        ].join('\n'),
        messages: w.__seen.messages.map((m) => m.data),
        posted: w.__seen.posted,
        highlights:
          'highlights' in CSS ? [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()] : [],
      };
    });
    expect(seen.text).not.toContain(env.extensionId);
    expect(seen.text).not.toMatch(/chrome-extension:|moz-extension:/);
    // The only messages the page saw are its own forgeries.
    expect(seen.posted.length).toBeGreaterThan(0);
    expect(seen.messages).toEqual(seen.posted);
  });
});

describe('fields that opt out are never analysed', () => {
  it('data-gramm=false, data-ml-editor=off, passwords and secret autocomplete get no badge; spellcheck=false does', async () => {
    const page = await openFixture(env, 'opt-out.html');
    try {
      const ids = await page
        .locator('[data-expect]')
        .evaluateAll((els) => els.map((e) => [e.id, e.getAttribute('data-expect')!]));
      expect(ids.length).toBe(15);
      for (const [id] of ids) {
        await typeLikeAPerson(
          page.locator(`#${id}`),
          'Why does my parser drop the last line of every file I read in Node?',
        );
      }
      const expected = Object.fromEntries(ids.map(([id, e]) => [id, e === 'badge']));
      // Which fields have a visible, settled badge: matched by position (a badge sits just outside its field's
      // box, beside or below its bottom-right corner, so it never covers the text: src/content/placement.ts).
      const withBadge = async () =>
        page.evaluate(
          (fieldIds) => {
            const badges = [...document.querySelectorAll('ml-editor-root')].flatMap((r) => [
              ...r.shadowRoot!.querySelectorAll('[data-ml-editor-badge]'),
            ]);
            const out: Record<string, boolean> = {};
            for (const id of fieldIds) {
              const f = document.getElementById(id)!.getBoundingClientRect();
              out[id] = badges.some((b) => {
                const r = b.getBoundingClientRect();
                const cx = r.left + r.width / 2;
                const cy = r.top + r.height / 2;
                const beside = cx > f.right && cx <= f.right + 4 + r.width && cy >= f.top && cy <= f.bottom;
                const below = cx >= f.left && cx <= f.right && cy > f.bottom && cy <= f.bottom + 4 + r.height;
                return (
                  !b.hasAttribute('hidden') &&
                  ['scored', 'not-scorable'].includes(b.getAttribute('data-state') ?? '') &&
                  (beside || below)
                );
              });
            }
            return { out, total: badges.length };
          },
          ids.map(([id]) => id),
        );
      await expect.poll(async () => (await withBadge()).out, { timeout: 20_000 }).toEqual(expected);
      // No badge exists for an opted-out field at all, not even a hidden one.
      expect((await withBadge()).total).toBe(Object.values(expected).filter(Boolean).length);
      expect(env.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('markup in the text is shown as text, never run or rendered', () => {
  const PAYLOAD = [
    'Why does <img src=x onerror="window.__pwned=1"> not load in my page when I open it in Chrome?',
    '',
    'I also tried <script>window.__pwned=2</script> and <svg onload="window.__pwned=3"></svg> but nothing works, help plz urgent!!!',
    '',
    'Really really very basically the <b onmouseover="window.__pwned=4">image</b> never shows and I do not know why.',
  ].join('\n');
  const pwned = (p: Page) => p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  it('page (badge, panel, underlines) and popup (suggestions, chart) run nothing and create no elements from it', async () => {
    const page = await openFixture(env, 'textarea.html');
    const popupPages: Page[] = [];
    try {
      await page.locator('#body').fill(PAYLOAD);
      await expect
        .poll(async () => (await ourBadges(page)).map((b) => b.state), { timeout: 20_000 })
        .toEqual(['scored']);
      // Open the findings panel: it quotes the user's text.
      await page.evaluate(() => {
        const badge = document
          .querySelector('ml-editor-root')!
          .shadowRoot!.querySelector<HTMLElement>('[data-ml-editor-badge]')!;
        badge.click();
      });
      const inPage = await page.evaluate(() => {
        const shadow = document.querySelector('ml-editor-root')!.shadowRoot!;
        return {
          panelText: shadow.querySelector('[data-ml-editor-panel]')?.textContent ?? null,
          title: shadow.querySelector('[data-ml-editor-badge]')!.getAttribute('title'),
          created: [
            ...document.querySelectorAll('img, script:not([src]), svg, iframe, [onmouseover]'),
            ...shadow.querySelectorAll('img, script, svg, iframe, [onmouseover]'),
          ].map((e) => e.outerHTML),
          handlers: [...shadow.querySelectorAll('*')].flatMap((e) =>
            e.getAttributeNames().filter((n) => n.startsWith('on')),
          ),
        };
      });
      expect(inPage.panelText).not.toBeNull();
      expect(inPage.created).toEqual([]);
      expect(inPage.handlers).toEqual([]);
      await page.waitForTimeout(500);
      expect(await pwned(page)).toBeUndefined();

      const popup = await openPopup(env, await tabIdOf(env, page));
      popupPages.push(popup);
      await readPopupScore(popup);
      await popup.locator('[data-testid="contribution-chart"]').waitFor({ timeout: 10_000 });
      const inPopup = await popup.evaluate(() => ({
        text: document.body.textContent ?? '',
        created: [
          ...document.querySelectorAll('img, iframe, [onmouseover], body script, svg [onload], svg script'),
        ].map((e) => e.outerHTML),
        handlers: [...document.querySelectorAll('*')].flatMap((e) =>
          e.getAttributeNames().filter((n) => n.startsWith('on')),
        ),
      }));
      expect(inPopup.created).toEqual([]);
      expect(inPopup.handlers).toEqual([]);
      expect(await pwned(popup)).toBeUndefined();
      // The quoted words reach the panel or the popup as plain text (so this test looks at rendered quotes).
      expect(`${inPage.panelText}\n${inPopup.text}`).toMatch(/help|plz|urgent|really|basically|very/i);
      expect(env.pageErrors).toEqual([]);
      expect(env.network.violations()).toEqual([]);
    } finally {
      for (const p of popupPages) await p.close();
      await page.close();
    }
  });
});
