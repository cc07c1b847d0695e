// Third-party editors from npm on their own fixture pages (issue 14): TinyMCE (body in an about:srcdoc iframe),
// Quill 2 and CKEditor 5 (code blocks from their buttons), CodeMirror 6 with Markdown (a source editor drawing
// only the lines on screen), and a Discourse-style composer opened by a click, with no <form>.
import { describe, expect, it } from 'vitest';
import { analysedInput, readBadges, waitForSettledBadges } from './harness/browser';
import { typeWithCodeBlocks } from './harness/code-block-typing';
import { describeQuestionPage } from './harness/scenario';
import { editorReady as ready, useExtension, useFixturePage } from './harness/suite';

const env = useExtension();
/** Text of an HTML string as the browser parses it (CKEditor's getData() is HTML). */
const textOfHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

describe('third-party editors', () => {
  describeQuestionPage(env, {
    name: 'TinyMCE 8 (editor body in an about:srcdoc iframe, hidden textarea in the form)',
    path: 'tinymce-ask.html',
    ready,
    title: (page) => page.locator('#title'),
    body: (page) => page.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
    readBody: (page) =>
      page.evaluate(() =>
        (window as unknown as { __tinymce: { getContent(o: object): string } }).__tinymce.getContent({
          format: 'text',
        }),
      ),
    compare: 'same-characters',
    underlines: true,
  });

  describeQuestionPage(env, {
    name: 'Quill 2 with a code block',
    path: 'quill-ask.html',
    ready,
    title: (page) => page.locator('#title'),
    body: (page) => page.locator('#editor .ql-editor'),
    readBody: (page) =>
      page.evaluate(() => (window as unknown as { __quill: { getText(): string } }).__quill.getText()),
    compare: 'same-characters',
    underlines: true,
    codeBlock: (page) => page.locator('.ql-editor .ql-code-block-container'),
    typeBody: (page, body, text) =>
      typeWithCodeBlocks(page, body, text, {
        start: (p) => p.locator('.ql-toolbar button.ql-code-block').click(),
        end: (p) => p.locator('.ql-toolbar button.ql-code-block').click(),
      }),
  });

  describeQuestionPage(env, {
    name: 'CKEditor 5 with a code block',
    path: 'ckeditor-ask.html',
    ready,
    title: (page) => page.locator('#title'),
    body: (page) => page.locator('.ck-editor__editable'),
    readBody: async (page) => {
      const html = await page.evaluate(() =>
        (window as unknown as { __ckeditor: { getData(): string } }).__ckeditor.getData(),
      );
      return page.evaluate(textOfHtml, html);
    },
    compare: 'same-characters',
    underlines: true,
    codeBlock: (page) => page.locator('.ck-editor__editable pre'),
    typeBody: (page, body, text) =>
      typeWithCodeBlocks(page, body, text, {
        start: (p) => p.locator('.ck-toolbar .ck-splitbutton__action').click(),
        // CKEditor leaves a code block on Enter at its end after two empty lines (its leaveBlockEndOnEnter).
        end: async (p) => {
          await p.keyboard.press('Enter');
          await p.keyboard.press('Enter');
        },
      }),
  });

  describeQuestionPage(env, {
    name: 'CodeMirror 6 Markdown editor in a composer without a form',
    path: 'codemirror-ask.html',
    ready,
    title: (page) => page.locator('#title'),
    body: (page) => page.locator('#editor .cm-content'),
    readBody: (page) =>
      page.evaluate(() =>
        (window as unknown as { __cmView: { state: { doc: { toString(): string } } } }).__cmView.state.doc.toString(),
      ),
    compare: 'exact',
    underlines: true,
  });

  describe('CKEditor 5 with the caret on an empty code line (where it puts its U+2060 caret filler)', () => {
    const getPage = useFixturePage(env, 'ckeditor-ask.html', ready);

    it('analyses the code without the filler characters', async () => {
      const page = getPage();
      await page.locator('#title').click();
      await page.keyboard.type('Why does JSON.parse throw "Unexpected token u" when reading a config file in Node 20?');
      await page.locator('.ck-editor__editable').click();
      await page.keyboard.type(
        'My app parses a JSON config file at startup and JSON.parse throws. I tried the utf8 encoding.',
      );
      await page.keyboard.press('Enter');
      await page.locator('.ck-toolbar .ck-splitbutton__action').click();
      await page.keyboard.type("const raw = fs.readFileSync('config.json', 'utf8');");
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      const code = page.locator('.ck-editor__editable pre');
      // CKEditor holds the empty line open with its filler; the page's text has it, the analysed text must not.
      await expect
        .poll(() => code.evaluate((pre) => /\u2060/.test(pre.textContent ?? '')), { timeout: 10_000 })
        .toBe(true);
      await waitForSettledBadges(page);
      const input = await analysedInput(env(), page);
      expect(input?.body).toContain("const raw = fs.readFileSync('config.json', 'utf8');");
      expect(input?.body).not.toMatch(/[\u200B\u2060\uFEFF]/);
    });
  });

  describe('CodeMirror 6 with a 200-line document (it draws only the lines on screen)', () => {
    const getPage = useFixturePage(env, 'codemirror-ask.html?lines=200', ready);

    it('gives no score for the part it could read, and says why in the badge', async () => {
      const page = getPage();
      // The editor really holds 200 lines but has drawn only some of them.
      const drawn = await page.evaluate(() => ({
        lines: (window as unknown as { __cmView: { state: { doc: { lines: number } } } }).__cmView.state.doc.lines,
        shown: document.querySelectorAll('#editor .cm-line').length,
      }));
      expect(drawn.lines).toBe(200);
      expect(drawn.shown).toBeLessThan(200);
      await page.locator('#title').click();
      await page.keyboard.type('Why does JSON.parse throw "Unexpected token u" when reading a config file in Node 20?');
      await page.locator('#editor .cm-content').click();
      await page.keyboard.type(' Thanks.');
      const badges = await waitForSettledBadges(page);
      expect(badges.filter((b) => b.state === 'scored')).toEqual([]);
      expect(badges.some((b) => b.state === 'not-scorable')).toBe(true);
      const names = await page
        .locator('ml-editor-root [data-ml-editor-badge]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      expect(
        names.some((t) => /only part of the text could be read/i.test(t)),
        JSON.stringify(names),
      ).toBe(true);
      expect(await readBadges(page)).toEqual(badges);
    });
  });

  describeQuestionPage(env, {
    name: 'Discourse-style composer opened by a click (no <form>)',
    path: 'composer.html',
    ready: async (page) => {
      await page.locator('#create-topic').click();
      await page.locator('#reply-control textarea').waitFor({ timeout: 10_000 });
    },
    title: (page) => page.locator('#reply-title'),
    body: (page) => page.locator('#reply-control textarea'),
    readBody: (page) => page.locator('#reply-control textarea').inputValue(),
    compare: 'exact',
  });
});
