// Stack Overflow's ask page: title input + the real @stackoverflow/stacks-editor (ProseMirror) + tags.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { describeQuestionPage } from './harness/scenario';
import { editorReady as ready, useExtension } from './harness/suite';

const env = useExtension();
// The editor's own Markdown, which is what the site submits.
const editorMarkdown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __stacksEditor: { content: string } }).__stacksEditor.content);

describe('Stack Overflow ask page (Stacks-Editor)', () => {
  describeQuestionPage(env, {
    name: 'Markdown mode',
    path: 'stacks-ask.html?mode=markdown',
    ready,
    title: (page) => page.locator('#title'),
    body: (page) => page.locator('#editor .ProseMirror'),
    readBody: editorMarkdown,
    compare: 'exact',
  });

  describeQuestionPage(env, {
    name: 'rich-text mode',
    path: 'stacks-ask.html?mode=richtext',
    ready,
    title: (page) => page.locator('#title'),
    body: (page) => page.locator('#editor .ProseMirror'),
    readBody: editorMarkdown,
    compare: 'same-characters',
  });
});
