// Issue 14 item 7: an answer computed on an older DOM must not underline the wrong words. The analysis is held
// in the debugger (the offscreen document owning the worker) while the editor moves the paragraph's text
// between nodes; then it answers.
import { describe, expect, it } from 'vitest';
import { openFixture, readBadges, typeLikeAPerson, waitForSettledBadges } from './harness/browser';
import { browserCdp, holdAnalysis } from './harness/faults';
import { underlinesIn } from './harness/field-checks';
import { readPanel } from './harness/hints';
import { WEAK } from './harness/questions';
import { useExtension } from './harness/suite';

const env = useExtension();

describe('stale offsets', () => {
  it('an answer that arrives after the paragraph moved still underlines the words it names', async () => {
    const page = await openFixture(env(), 'contenteditable.html');
    const body = page.locator('#body');
    await typeLikeAPerson(body, `${WEAK.title} ${WEAK.body}`);
    await waitForSettledBadges(page); // the worker is up
    const release = await holdAnalysis(env(), await browserCdp(env()));
    try {
      await page.keyboard.type(' Thanks');
      // The request for this text is sent and waits in the held worker.
      await expect
        .poll(async () => (await readBadges(page)).map((b) => b.state), { timeout: 10_000 })
        .toEqual(['analysing']);
      // Meanwhile the editor rewrites the paragraph's DOM ahead of every finding, as editors do when they
      // re-render: its first word moves into a text node of its own. The text is the same, so nothing new is
      // sent, but every offset in the original text node is now 5 less than when the text was sent.
      await body.evaluate((el) => {
        const text = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text;
        const firstWord = text.data.slice(0, text.data.indexOf(' ') + 1);
        text.deleteData(0, firstWord.length);
        text.before(firstWord);
      });
      // Still held: the answer has not arrived (else live ranges would just follow the edit and prove nothing).
      expect((await readBadges(page)).map((b) => b.state)).toEqual(['analysing']);
    } finally {
      await release();
    }
    const badges = await waitForSettledBadges(page);
    expect(badges.map((b) => b.state)).toEqual(['scored']);
    const quotes = (await readPanel(page, 'body')).map((e) => e.quote ?? '').filter(Boolean);
    const underlines = await underlinesIn(body);
    expect(underlines.length).toBeGreaterThan(0);
    for (const u of underlines) expect(quotes).toContain(u.text);
    await page.close();
  });
});
