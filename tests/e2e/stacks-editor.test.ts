// Stack Overflow's ask page: title input + the real @stackoverflow/stacks-editor (ProseMirror) + tags.
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type E2E } from './harness/browser';
import { describeQuestionPage } from './harness/scenario';

let env: E2E;
beforeAll(async () => {
  env = await launchWithExtension();
});
afterAll(async () => {
  await env?.close();
});

const ready = async (page: Page) => {
  await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
};
// The editor's own Markdown, which is what the site submits.
const editorMarkdown = (page: Page) => page.evaluate(() => (window as unknown as { __stacksEditor: { content: string } }).__stacksEditor.content);

describe('Stack Overflow ask page (Stacks-Editor)', () => {
  describeQuestionPage(() => env, {
    name: 'Markdown mode',
    path: 'stacks-ask.html?mode=markdown',
    ready,
    title: (page) => page.locator('#title'),
    body: (page) => page.locator('#editor .ProseMirror'),
    readBody: editorMarkdown,
    compare: 'exact',
  });

  describeQuestionPage(() => env, {
    name: 'rich-text mode',
    path: 'stacks-ask.html?mode=richtext',
    ready,
    title: (page) => page.locator('#title'),
    body: (page) => page.locator('#editor .ProseMirror'),
    readBody: editorMarkdown,
    compare: 'same-characters',
  });
});
