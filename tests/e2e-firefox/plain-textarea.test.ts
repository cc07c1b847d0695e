// The Firefox build (MV2: the background page owns the analysis worker) in a real Firefox ESR: a person
// types a weak question, then a better one, into a plain textarea; the badge's score rises and the text
// stays exactly as typed. Typing happens once, in beforeAll; each property is its own test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { asOneField, BETTER, WEAK } from '../e2e/harness/questions';
import { countFieldMutations, fieldMutations } from '../e2e/harness/badges';
import {
  buildFirefoxExtension,
  clearLikeAPerson,
  FIREFOX_PATH,
  hasFirefox,
  launchFirefoxWithExtension,
  networkViolations,
  openFixture,
  scoreOf,
  typeLikeAPerson,
  waitForSettledBadges,
  type BadgeSnapshot,
  type FirefoxE2E,
} from './harness/firefox';

if (!hasFirefox) {
  console.warn(
    `SKIPPED e2e-firefox: no Firefox at ${FIREFOX_PATH}. Install it with \`apt-get install -y firefox-esr\` ` +
      '(scripts/test-everything.sh does) or set FIREFOX_PATH.',
  );
}

type Outcome = BadgeSnapshot[] | Error;

function unwrap(outcome: Outcome | undefined, what: string): BadgeSnapshot[] {
  if (outcome === undefined) throw new Error(`${what}: not reached`);
  if (outcome instanceof Error) throw new Error(`${what}: ${outcome.message}`);
  return outcome;
}

const FIELD = '#body';

describe.skipIf(!hasFirefox)(`Firefox (${FIREFOX_PATH}): plain textarea`, () => {
  let env: FirefoxE2E;
  let page: Page;
  let weak: Outcome | undefined;
  let better: Outcome | undefined;
  const typedBody = asOneField(BETTER);

  beforeAll(async () => {
    buildFirefoxExtension();
    env = await launchFirefoxWithExtension();
    page = await openFixture(env, 'textarea.html');
    // The whole weak question on one line: "help plz urgent my code dont work, …".
    await typeLikeAPerson(page, FIELD, `${WEAK.title} ${WEAK.body}`);
    weak = await waitForSettledBadges(page).catch((error: Error) => error);
    await clearLikeAPerson(page, FIELD);
    await typeLikeAPerson(page, FIELD, typedBody);
    // From here on the field must not change: count any DOM mutation inside it.
    await page.$eval(FIELD, countFieldMutations);
    better = await waitForSettledBadges(page, { previous: weak instanceof Error ? undefined : weak }).catch(
      (error: Error) => error,
    );
  });

  afterAll(async () => {
    await env?.close();
  });

  it('installs the built add-on as a temporary extension', () => {
    expect(env.addonId).toBe('ml-editor@example.org');
  });

  it('leaves the typed text exactly as typed', async () => {
    const value = await page.$eval(FIELD, (field) => (field as HTMLTextAreaElement).value);
    expect(value).toBe(typedBody);
    const mutations = await page.evaluate(fieldMutations);
    expect(mutations).toBe(0);
  });

  it('shows a badge whose score rises from the weak to the better question', () => {
    const weakScore = scoreOf(unwrap(weak, 'weak question'));
    const betterScore = scoreOf(unwrap(better, 'better question'));
    expect(betterScore).toBeGreaterThan(weakScore);
  });

  it('makes no network request and raises no page error', () => {
    expect(networkViolations(env.server)).toEqual([]);
    expect(env.pageErrors).toEqual([]);
  });
});
