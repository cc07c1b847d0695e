// The scenario every fixture page goes through: a person types a weak question, then a better one, looks at
// the badge and the popup, and switches the site off. Each property is its own test so a report shows which
// part of the product works; typing happens once, in beforeAll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  analysedInput,
  clearLikeAPerson,
  openFixture,
  openPopup,
  readBadges,
  readPopupScore,
  resetSiteSettings,
  scoreOf,
  tabIdOf,
  typeLikeAPerson,
  visibleExtensionUi,
  waitForSettledBadges,
  type BadgeSnapshot,
  type E2E,
} from './browser';
import { countFieldMutations, fieldMutationLog, fieldMutations } from './badges';
import { caretAtEnd, underlinesIn, type FieldUnderline } from './field-checks';
import { awaitTooltip, readPanel, type PanelEntry } from './hints';
import { asOneField, BETTER, WEAK } from './questions';

export interface FieldPageSpec {
  name: string;
  path: string;
  /** Resolves when the field exists and can be typed into. */
  ready?(page: Page): Promise<void>;
  body(page: Page): Locator;
  /** Pages with a separate title input (the ask page). */
  title?(page: Page): Locator;
  /** The field's true content: value, innerText, or the editor's own Markdown. */
  readBody(page: Page): Promise<string>;
  /**
   * 'exact': byte-identical to the keys typed. 'same-characters': a rich editor turns Enter into paragraphs
   * and ``` into a code block, so compare the characters typed, ignoring whitespace and backticks.
   */
  compare: 'exact' | 'same-characters';
  /**
   * How a person types the body in this editor (default: key by key). Code-block editors use their button
   * instead of fence lines, so this resolves what was actually typed.
   */
  typeBody?(page: Page, body: Locator, text: string): Promise<string>;
  /**
   * Rich editors underline findings with CSS highlights: check that each underline sits inside the field on
   * words a finding quotes (after the weak question, which always has some).
   */
  underlines?: boolean;
  /** The editor's own code block after the better question: it must be read as code, not as prose. */
  codeBlock?(page: Page): Locator;
}

type Outcome = BadgeSnapshot[] | Error;

const settle = (page: Page, previous?: BadgeSnapshot[]): Promise<Outcome> =>
  waitForSettledBadges(page, { previous }).catch((error: Error) => error);

function unwrap(outcome: Outcome | undefined, what: string): BadgeSnapshot[] {
  if (outcome === undefined) throw new Error(`${what}: not reached`);
  if (outcome instanceof Error) throw new Error(`${what}: ${outcome.message}`);
  return outcome;
}

const sameCharacters = (text: string) => text.replace(/[\s`]/g, '');

export function describeQuestionPage(getEnv: () => E2E, spec: FieldPageSpec): void {
  describe(spec.name, () => {
    let page: Page;
    let weak: Outcome | undefined;
    let better: Outcome | undefined;
    let typedBody = '';
    let typedTitle = '';
    let weakUnderlines: FieldUnderline[] = [];
    let weakEntries: PanelEntry[] = [];
    let weakQuotes: string[] = [];
    let hoverTip: string | null = null;

    const typeBody = async (body: string): Promise<string> => {
      if (spec.typeBody) return spec.typeBody(page, spec.body(page), body);
      await typeLikeAPerson(spec.body(page), body);
      return body;
    };

    async function typeQuestion(title: string, body: string): Promise<void> {
      if (spec.title) {
        await typeLikeAPerson(spec.title(page), title);
        typedTitle = title;
      }
      typedBody = await typeBody(body);
    }

    beforeAll(async () => {
      const env = getEnv();
      page = await openFixture(env, spec.path);
      await spec.ready?.(page);
      // One field gets the whole weak question on one line: "help plz urgent my code dont work".
      await typeQuestion(WEAK.title, spec.title ? WEAK.body : `${WEAK.title} ${WEAK.body}`);
      weak = await settle(page);
      if (spec.underlines && !(weak instanceof Error)) {
        weakUnderlines = await underlinesIn(spec.body(page));
        weakEntries = await readPanel(page, 'body');
        weakQuotes = weakEntries.map((e) => e.quote ?? '').filter(Boolean);
        // Hover the first underline (in the page's viewport, whatever frame the editor is in), read the tooltip.
        const first = weakUnderlines[0];
        if (first) {
          await page.mouse.move(first.x, first.y);
          hoverTip = await awaitTooltip(page);
          await page.mouse.move(0, 0);
        }
      }
      if (spec.title) await clearLikeAPerson(spec.title(page));
      await clearLikeAPerson(spec.body(page));
      await typeQuestion(BETTER.title, spec.title ? BETTER.body : asOneField(BETTER));
      // From here on the field must not change: count any DOM mutation inside it.
      await spec.body(page).evaluate(countFieldMutations);
      better = await settle(page, weak instanceof Error ? undefined : weak);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('leaves the typed text exactly as typed', async () => {
      // A settled analysis must not have touched the field after the last key. Counted first: reading the
      // editor's own text may change its DOM (TinyMCE's getContent({format:'text'}) adds and removes a div).
      const mutations = await spec.body(page).evaluate(fieldMutations);
      expect(mutations, (await spec.body(page).evaluate(fieldMutationLog)).join('\n')).toBe(0);
      const body = await spec.readBody(page);
      if (spec.compare === 'exact') expect(body).toBe(typedBody);
      else expect(sameCharacters(body)).toBe(sameCharacters(typedBody));
      if (spec.title) expect(await spec.title(page).inputValue()).toBe(typedTitle);
    });

    it('analyses the text as the editor holds it: whole, no zero-width fillers, the title with it', async () => {
      unwrap(better, 'better question');
      const input = await analysedInput(getEnv(), page);
      expect(input).not.toBeNull();
      const body = await spec.readBody(page);
      if (spec.compare === 'exact') expect(input!.body).toBe(body.replace(/\n$/, ''));
      else expect(sameCharacters(input!.body)).toBe(sameCharacters(body));
      expect(input!.body).not.toMatch(/[\u200B\u2060\uFEFF]/);
      expect(input!.title).toBe(spec.title ? typedTitle : '');
    });

    it('keeps the caret at the end of what was typed', async () => {
      unwrap(better, 'better question');
      expect(await caretAtEnd(spec.body(page))).toBe(true);
    });

    if (spec.title) {
      it('pairs the title with the body: one question, one badge, one score', () => {
        // An unpaired title would get a badge (and a score) of its own.
        const badges = unwrap(better, 'better question');
        expect(badges).toHaveLength(1);
        expect(badges[0].state).toBe('scored');
        expect(() => scoreOf(badges)).not.toThrow();
      });
    }

    if (spec.underlines) {
      it('underlines, inside the field, only words that a finding quotes', () => {
        unwrap(weak, 'weak question');
        expect(weakUnderlines.length).toBeGreaterThan(0);
        for (const u of weakUnderlines) {
          expect(u.text.trim(), JSON.stringify(u)).not.toBe('');
          expect(u.insideField, JSON.stringify(u)).toBe(true);
          expect(
            weakQuotes.some((q) => q.includes(u.text)),
            `${JSON.stringify(u)} in ${JSON.stringify(weakQuotes)}`,
          ).toBe(true);
        }
      });

      it('hovering an underline shows the tooltip of a finding that quotes it', () => {
        const first = weakUnderlines[0];
        expect(first).toBeDefined();
        const messages = weakEntries.filter((e) => e.quote?.includes(first.text)).map((e) => e.message);
        expect(hoverTip, `no tooltip over ${JSON.stringify(first)}`).not.toBeNull();
        expect(
          messages.some((m) => hoverTip!.startsWith(m)),
          `${hoverTip} vs ${JSON.stringify(messages)}`,
        ).toBe(true);
      });
    }

    if (spec.codeBlock) {
      it("reads the editor's code block as code: no finding asks to put it in one, no underline inside it", async () => {
        unwrap(better, 'better question');
        const ids = (await readPanel(page, 'body')).map((e) => e.id);
        expect(ids).not.toContain('format-code');
        expect(ids).not.toContain('code-not-formatted');
        expect(await underlinesIn(spec.codeBlock!(page))).toEqual([]);
      });
    }

    it('shows a badge whose score rises from the weak to the better question', () => {
      const weakScore = scoreOf(unwrap(weak, 'weak question'));
      const betterScore = scoreOf(unwrap(better, 'better question'));
      expect(betterScore).toBeGreaterThan(weakScore);
    });

    it('shows the badge score in the popup for this tab', async () => {
      const env = getEnv();
      const badge = scoreOf(await readBadges(page));
      const popup = await openPopup(env, await tabIdOf(env, page));
      try {
        expect(Number(await readPopupScore(popup)).toFixed(3)).toBe(badge.toFixed(3));
        expect(await popup.locator('[data-testid="suggestion"]').count()).toBeGreaterThanOrEqual(0);
      } finally {
        await popup.close();
      }
    });

    it('switching the site off in the popup removes badges and highlights; on brings them back', async () => {
      const env = getEnv();
      const popup = await openPopup(env, await tabIdOf(env, page));
      try {
        const toggle = popup.locator('[data-testid="site-toggle"]');
        await toggle.click({ timeout: 5_000 });
        await expect
          .poll(
            async () => ({
              badges: (await readBadges(page)).filter((b) => b.state !== 'disabled'),
              ui: await visibleExtensionUi(page),
            }),
            { timeout: 10_000 },
          )
          .toEqual({ badges: [], ui: [] });
        await toggle.click({ timeout: 5_000 });
        const back = await waitForSettledBadges(page);
        expect(back.some((b) => b.state === 'scored')).toBe(true);
      } finally {
        await popup.close();
        // Later pages share the site 127.0.0.1: never leave it off, even when the switch failed.
        await resetSiteSettings(env);
      }
    });

    it('makes no network request and raises no page error', () => {
      const env = getEnv();
      expect(env.network.violations()).toEqual([]);
      expect(env.pageErrors).toEqual([]);
    });
  });
}
