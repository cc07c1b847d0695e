// The scenario every fixture page goes through: a person types a weak question, then a better one, looks at
// the badge and the popup, and switches the site off. Each property is its own test so a report shows which
// part of the product works; typing happens once, in beforeAll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
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
import { countFieldMutations, fieldMutations } from './badges';
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

    async function typeQuestion(title: string, body: string): Promise<void> {
      if (spec.title) {
        await typeLikeAPerson(spec.title(page), title);
        await typeLikeAPerson(spec.body(page), body);
        typedTitle = title;
        typedBody = body;
      } else {
        typedBody = body;
        await typeLikeAPerson(spec.body(page), body);
      }
    }

    beforeAll(async () => {
      const env = getEnv();
      page = await openFixture(env, spec.path);
      await spec.ready?.(page);
      // One field gets the whole weak question on one line: "help plz urgent my code dont work".
      await typeQuestion(WEAK.title, spec.title ? WEAK.body : `${WEAK.title} ${WEAK.body}`);
      weak = await settle(page);
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
      const body = await spec.readBody(page);
      if (spec.compare === 'exact') expect(body).toBe(typedBody);
      else expect(sameCharacters(body)).toBe(sameCharacters(typedBody));
      if (spec.title) expect(await spec.title(page).inputValue()).toBe(typedTitle);
      // A settled analysis must not have touched the field after the last key.
      const mutations = await spec.body(page).evaluate(fieldMutations);
      expect(mutations).toBe(0);
    });

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
          .poll(async () => ({ badges: (await readBadges(page)).filter((b) => b.state !== 'disabled'), ui: await visibleExtensionUi(page) }), { timeout: 10_000 })
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
