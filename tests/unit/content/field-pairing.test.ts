import { describe, expect, it } from 'vitest';
import { pairFields, type FieldFacts, type PairNode } from '../../../src/content/field-pairing';
import { el, type TinyElement, type TinyNode } from './tiny-dom';

// Fixture DOMs: fields carry data-field="title" or "body"; data-hidden marks a field that is not rendered; an
// <iframe> holds its document as its child (the path goes through the frame element, as discovery's does).
const title = (id: string, attrs: Record<string, string> = {}) => el('input', { 'data-field': 'title', id, ...attrs });
const textarea = (id: string, attrs: Record<string, string> = {}) =>
  el('textarea', { 'data-field': 'body', id, ...attrs });
const editor = (id: string) => el('div', { 'data-field': 'body', contenteditable: 'true', id });
const page = (...children: TinyNode[]) => el('#document', {}, el('html', {}, el('body', {}, ...children)));
const frame = (...children: TinyNode[]) => el('iframe', {}, page(...children));

function facts(root: TinyElement): FieldFacts<string>[] {
  const out: FieldFacts<string>[] = [];
  const walk = (node: TinyNode, path: TinyElement[]) => {
    if (node.nodeType !== 1) return;
    const kind = node.attrs['data-field'];
    if (kind) {
      out.push({
        field: node.attrs.id,
        title: kind === 'title',
        rich: node.nodeName === 'DIV',
        visible: !('data-hidden' in node.attrs),
        form: path.findLast((n) => n.nodeName === 'FORM') ?? null,
        path: path as PairNode[],
      });
    }
    for (const child of node.childNodes) walk(child, [...path, node]);
  };
  walk(root, []);
  return out;
}

const units = (root: TinyElement) => pairFields(facts(root)).map((u) => `${u.title ?? '-'}+${u.body ?? '-'}`);

describe('pairFields: one question per title and body, by form first, then by composer structure', () => {
  it.each<[string, TinyElement, string[]]>([
    [
      "Stack Overflow's ask form: title, rich editor, hidden backing textarea",
      page(el('form', {}, title('t'), el('div', {}, editor('e')), textarea('wmd', { 'data-hidden': '' }))),
      ['t+e'],
    ],
    [
      "TinyMCE: the form's textarea is hidden, the body is in a same-origin iframe next to it",
      page(
        el(
          'form',
          {},
          el('label', {}, title('t')),
          textarea('orig', { 'data-hidden': '' }),
          el('div', { class: 'tox-tinymce' }, el('div', { class: 'tox-edit-area' }, frame(editor('mce')))),
        ),
      ),
      ['t+mce'],
    ],
    [
      'Discourse-style composer without a form: title above the textarea in one reply panel',
      page(
        el('header', {}, el('input', { id: 'search' })),
        el(
          'div',
          { id: 'reply-control' },
          el('div', { class: 'composer-fields' }, title('reply-title')),
          el('div', { class: 'd-editor' }, textarea('reply')),
        ),
      ),
      ['reply-title+reply'],
    ],
    [
      'two composers: each title with its own body',
      page(el('div', {}, title('t1'), textarea('b1')), el('div', {}, title('t2'), textarea('b2'))),
      ['t1+b1', 't2+b2'],
    ],
    [
      'another editor between the title and the body: only the first pairs',
      page(el('div', {}, title('t'), textarea('a'), textarea('b'))),
      ['t+a', '-+b'],
    ],
    [
      'a form with a visible textarea and a rich editor: the rich one is the body',
      page(el('form', {}, title('t'), textarea('notes'), editor('e'))),
      ['-+notes', 't+e'],
    ],
  ])('%s', (_name, root, expected) => {
    expect(units(root)).toEqual(expected);
  });

  it.each<[string, TinyElement, string[]]>([
    [
      'a title-like input in the header and a comment box in the main column (only the page holds both)',
      page(el('header', {}, title('search-titles')), el('main', {}, textarea('comment'))),
      ['search-titles+-', '-+comment'],
    ],
    ['a title below its body', page(el('div', {}, textarea('b'), title('t'))), ['-+b', 't+-']],
    [
      'title and body in different forms',
      page(el('div', {}, el('form', {}, title('t')), el('form', {}, textarea('b')))),
      ['t+-', '-+b'],
    ],
    [
      'a hidden textarea in a composer: never a body, the title stays alone',
      page(el('div', {}, title('t'), textarea('b', { 'data-hidden': '' }))),
      ['t+-'],
    ],
    ['fields straight in <body>', page(title('t'), textarea('b')), ['t+-', '-+b']],
  ])('does not pair: %s', (_name, root, expected) => {
    expect(units(root)).toEqual(expected);
  });
});
