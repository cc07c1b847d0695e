// Typing a question into an editor whose code blocks come from a button, not from ``` (Quill, CKEditor 5):
// a person types the prose, presses the button where the fence would be, and leaves the block the editor's way.
import type { Locator, Page } from 'playwright-core';

export interface CodeBlockKeys {
  /** Turns the current empty line into a code block. */
  start(page: Page): Promise<void>;
  /** Called on the empty line after the last code line: leaves the block onto a new empty paragraph. */
  end(page: Page): Promise<void>;
}

/**
 * Types `text`, replacing each ``` fence line by the editor's own way in and out of a code block. Resolves the
 * text typed: `text` without its fence lines.
 */
export async function typeWithCodeBlocks(
  page: Page,
  field: Locator,
  text: string,
  keys: CodeBlockKeys,
): Promise<string> {
  await field.click();
  let inCode = false;
  let afterFence = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && !afterFence) await page.keyboard.press('Enter');
    afterFence = false;
    if (line.startsWith('```')) {
      await (inCode ? keys.end(page) : keys.start(page));
      inCode = !inCode;
      afterFence = true;
      continue;
    }
    await page.keyboard.type(line);
  }
  return lines.filter((line) => !line.startsWith('```')).join('\n');
}
