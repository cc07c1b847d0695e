// Plain fields: a textarea, the same page under a strict CSP, and a contenteditable div.
import { afterAll, beforeAll, describe } from 'vitest';
import { launchWithExtension, type E2E } from './harness/browser';
import { describeQuestionPage } from './harness/scenario';

/**
 * The text a person typed into a contenteditable, from its DOM: Chrome turns each Enter into a new <div>
 * (an empty line is <div><br></div>), so innerText would double blank lines.
 */
function typedTextOf(root: Element): string {
  const lines: string[] = [''];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) lines[lines.length - 1] += child.textContent ?? '';
      else if (child.nodeName === 'BR') {
        if (child.parentNode?.childNodes.length !== 1 || child.parentNode === root) lines.push('');
      } else if (child.nodeName === 'DIV' || child.nodeName === 'P') {
        lines.push('');
        walk(child);
      } else walk(child);
    }
  };
  walk(root);
  return lines.join('\n');
}

let env: E2E;
beforeAll(async () => {
  env = await launchWithExtension();
});
afterAll(async () => {
  await env?.close();
});

describe('plain fields', () => {
  describeQuestionPage(() => env, {
    name: 'textarea',
    path: 'textarea.html',
    body: (page) => page.locator('#body'),
    readBody: (page) => page.locator('#body').inputValue(),
    compare: 'exact',
  });

  describeQuestionPage(() => env, {
    name: "textarea under CSP default-src 'self'; worker-src 'none'; frame-src 'none'",
    path: 'textarea-csp.html',
    body: (page) => page.locator('#body'),
    readBody: (page) => page.locator('#body').inputValue(),
    compare: 'exact',
  });

  describeQuestionPage(() => env, {
    name: 'contenteditable div',
    path: 'contenteditable.html',
    body: (page) => page.locator('#body'),
    readBody: (page) => page.locator('#body').evaluate(typedTextOf),
    compare: 'exact',
  });
});
