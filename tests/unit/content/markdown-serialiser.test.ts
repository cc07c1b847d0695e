import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMarkdownModeEditor, mapSpan, serialiseEditor } from '../../../src/content/markdown-serialiser';
import { el, t, textNodes, type TinyNode, type TinyText } from './tiny-dom';

const pm = (...children: TinyNode[]) => el('div', { class: 'ProseMirror', contenteditable: 'true' }, ...children);
const trailingBreak = () => el('br', { class: 'ProseMirror-trailingBreak' });

describe('serialiseEditor: rich-text mode (stacks-editor DOM)', () => {
  it.each<[string, TinyNode, string]>([
    ['paragraphs', pm(el('p', {}, 'Hello'), el('p', {}, 'World')), 'Hello\n\nWorld'],
    ['heading levels', pm(el('h2', {}, 'Setup'), el('p', {}, 'x')), '## Setup\n\nx'],
    ['inline marks', pm(el('p', {}, 'a ', el('strong', {}, 'b'), ' ', el('em', {}, 'c'))), 'a **b** *c*'],
    ['inline code', pm(el('p', {}, 'call ', el('code', {}, 'f()'), ' now')), 'call `f()` now'],
    ['inline code holding a backtick', pm(el('p', {}, el('code', {}, 'a`b'))), '``a`b``'],
    ['link', pm(el('p', {}, el('a', { href: 'https://x.org' }, 'docs'))), '[docs](https://x.org)'],
    [
      'tight bullet list',
      pm(el('ul', { 'data-tight': 'true' }, el('li', {}, el('p', {}, 'one')), el('li', {}, el('p', {}, 'two')))),
      '- one\n- two',
    ],
    [
      'ordered list from 3',
      pm(
        el('ol', { start: '3', 'data-tight': 'true' }, el('li', {}, el('p', {}, 'a')), el('li', {}, el('p', {}, 'b'))),
      ),
      '3. a\n4. b',
    ],
    [
      'loose list',
      pm(el('ul', { 'data-tight': 'false' }, el('li', {}, el('p', {}, 'a')), el('li', {}, el('p', {}, 'b')))),
      '- a\n\n- b',
    ],
    ['blockquote of two paragraphs', pm(el('blockquote', {}, el('p', {}, 'a'), el('p', {}, 'b'))), '> a\n>\n> b'],
    ['horizontal rule', pm(el('p', {}, 'a'), el('div', {}, el('hr')), el('p', {}, 'b')), 'a\n\n---\n\nb'],
    ['hard break', pm(el('p', {}, 'a', el('br'), 'b')), 'a\nb'],
    [
      'empty paragraph (only a trailing break) adds nothing',
      pm(el('p', {}, 'a'), el('p', {}, trailingBreak()), el('p', {}, 'b')),
      'a\n\nb',
    ],
    [
      'code block node view: widget skipped, fence with language, trailing newline dropped',
      pm(
        el(
          'div',
          { class: 'ps-relative' },
          el('button', { contenteditable: 'false' }, el('span', {}, 'Change selected language')),
          el('div', { class: 'js-language-input' }, el('input', { type: 'text' })),
          el(
            'pre',
            { class: 's-code-block js-code-view', 'data-params': 'python' },
            el('code', {}, 'x = 1\nprint(x)\n', trailingBreak()),
          ),
        ),
      ),
      '```python\nx = 1\nprint(x)\n```',
    ],
    ['fence longer than backticks in code', pm(el('pre', {}, el('code', {}, 'a ``` b'))), '````\na ``` b\n````'],
    [
      'code block inside a list item keeps indentation',
      pm(el('ul', { 'data-tight': 'true' }, el('li', {}, el('pre', {}, el('code', {}, 'a\nb'))))),
      '- ```\n  a\n  b\n  ```',
    ],
    [
      'table',
      pm(
        el(
          'div',
          { class: 's-table-container' },
          el(
            'table',
            {},
            el('thead', {}, el('tr', {}, el('th', {}, 'h1'), el('th', {}, 'h2'))),
            el('tbody', {}, el('tr', {}, el('td', {}, 'a'), el('td', {}, 'b'))),
          ),
        ),
      ),
      '| h1 | h2 |\n| --- | --- |\n| a | b |',
    ],
    [
      'generic contenteditable: loose text and divs',
      el('div', { contenteditable: 'true' }, 'first line', el('div', {}, 'second'), '\n  '),
      'first line\n\nsecond',
    ],
  ])('%s', (_name, root, expected) => {
    expect(serialiseEditor(root).text).toBe(expected);
  });
});

describe('serialiseEditor: Markdown mode (raw Markdown in <pre class="markdown">)', () => {
  const mdPre = (...children: (TinyNode | string)[]) =>
    el('pre', { class: 's-code-block markdown' }, el('code', {}, ...children));

  it('detects the mode only when every block is a markdown pre', () => {
    expect(isMarkdownModeEditor(pm(mdPre('# hi')))).toBe(true);
    expect(isMarkdownModeEditor(pm(el('pre', {}, el('code', {}, 'x'))))).toBe(false);
    expect(isMarkdownModeEditor(pm(mdPre('a'), el('p', {}, 'b')))).toBe(false);
    expect(isMarkdownModeEditor(pm())).toBe(false);
  });

  it('takes the text verbatim, across highlight spans, without serialising syntax', () => {
    const root = pm(
      mdPre(el('span', { class: 'hljs-section' }, '# Title'), '\n\nSome **bold** `code`\n', trailingBreak()),
    );
    expect(serialiseEditor(root).text).toBe('# Title\n\nSome **bold** `code`\n');
  });

  it('joins several blocks with a blank line like the editor does', () => {
    expect(serialiseEditor(pm(mdPre('a'), mdPre('b'))).text).toBe('a\n\nb');
  });
});

describe('offset map', () => {
  /** Every mapped output character equals the DOM character it points at. */
  function expectFaithful(root: TinyNode) {
    const { text, segments } = serialiseEditor(root);
    for (const seg of segments) {
      expect(text.slice(seg.start, seg.end)).toBe(
        (seg.node as TinyText).data.slice(seg.offset, seg.offset + seg.end - seg.start),
      );
    }
    for (let i = 1; i < segments.length; i++) expect(segments[i].start).toBeGreaterThanOrEqual(segments[i - 1].end);
    return { text, segments };
  }

  it('maps a span in a list item inside a blockquote back to the text node', () => {
    const root = pm(
      el(
        'blockquote',
        {},
        el('ul', { 'data-tight': 'true' }, el('li', {}, el('p', {}, 'alpha ', el('strong', {}, 'beta'), ' gamma'))),
      ),
    );
    const { text, segments } = expectFaithful(root);
    expect(text).toBe('> - alpha **beta** gamma');
    const start = text.indexOf('beta');
    const pieces = mapSpan(segments, start, start + 4);
    expect(pieces).toHaveLength(1);
    expect((pieces[0].node as TinyText).data).toBe('beta');
    expect(pieces[0]).toMatchObject({ startOffset: 0, endOffset: 4 });
  });

  it('splits a span that crosses syntax into pieces and skips the syntax', () => {
    const root = pm(el('p', {}, 'say ', el('em', {}, 'hello'), ' there'));
    const { text, segments } = expectFaithful(root);
    const pieces = mapSpan(segments, 0, text.length);
    expect(pieces.map((p) => (p.node as TinyText).data.slice(p.startOffset, p.endOffset))).toEqual([
      'say ',
      'hello',
      ' there',
    ]);
  });

  it('maps into the middle of a code line inside a blockquote', () => {
    const code = t('first\nsecond line');
    const root = pm(el('blockquote', {}, el('pre', {}, el('code', {}, code))));
    const { text, segments } = expectFaithful(root);
    expect(text).toBe('> ```\n> first\n> second line\n> ```');
    const start = text.indexOf('line');
    expect(mapSpan(segments, start, start + 4)).toEqual([{ node: code, startOffset: 13, endOffset: 17 }]);
  });

  it('returns nothing for an empty span or a span over pure syntax', () => {
    const { text, segments } = serialiseEditor(pm(el('h1', {}, 'x')));
    expect(text).toBe('# x');
    expect(mapSpan(segments, 0, 2)).toEqual([]);
    expect(mapSpan(segments, 2, 2)).toEqual([]);
  });

  it('property: random trees map faithfully and every text character is covered once', () => {
    const word = fc.stringMatching(/^[a-z `*]{1,6}$/);
    const inline = fc.oneof(
      word.map((w) => t(w)),
      word.map((w) => el('strong', {}, w)),
      word.map((w) => el('code', {}, w)),
    );
    const para = fc.array(inline, { minLength: 1, maxLength: 4 }).map((kids) => el('p', {}, ...kids));
    const block = fc.oneof(
      para,
      fc.array(para, { minLength: 1, maxLength: 3 }).map((ps) => el('blockquote', {}, ...ps)),
      fc
        .array(para, { minLength: 1, maxLength: 3 })
        .map((ps) => el('ul', { 'data-tight': 'true' }, ...ps.map((p) => el('li', {}, p)))),
      fc.stringMatching(/^[a-z\n]{1,12}$/).map((c) => el('pre', {}, el('code', {}, c))),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const root = pm(...blocks);
        const { text, segments } = expectFaithful(root);
        const mapped = segments.reduce((n, s) => n + s.end - s.start, 0);
        // newlines inside code become line breaks (not mapped); every other text character is mapped
        const expected = textNodes(root).reduce(
          (n, node) => n + node.data.replace(/\n$/, '').replace(/\n/g, '').length,
          0,
        );
        expect(mapped).toBe(expected);
        expect(mapSpan(segments, 0, text.length).length).toBe(segments.length);
      }),
    );
  });
});

describe('serialiseEditor: code and fillers in other rich editors (issue 14)', () => {
  const quill = (...children: TinyNode[]) => el('div', { class: 'ql-editor', contenteditable: 'true' }, ...children);
  const qlLine = (text: string) =>
    el('div', { class: 'ql-code-block', 'data-language': 'plain' }, text ? text : el('br'));

  it("reads Quill's code-block container as one fenced block, lines joined by single newlines", () => {
    const root = quill(
      el('p', {}, 'Intro'),
      el(
        'div',
        { class: 'ql-code-block-container', spellcheck: 'false' },
        el('select', { class: 'ql-ui', contenteditable: 'false' }),
        qlLine('const a = 1;'),
        qlLine(''),
        qlLine('f(a);'),
      ),
      el('p', {}, 'Outro'),
    );
    expect(serialiseEditor(root).text).toBe('Intro\n\n```\nconst a = 1;\n\nf(a);\n```\n\nOutro');
  });

  it('takes blocks that set white-space: pre themselves as code (the caller tells which)', () => {
    const code = el('div', { class: 'my-snippet' }, el('div', {}, 'x = 1'), el('div', {}, 'y = 2'));
    const root = el('div', { contenteditable: 'true' }, el('p', {}, 'a'), code);
    expect(serialiseEditor(root).text).toBe('a\n\nx = 1\n\ny = 2');
    expect(serialiseEditor(root, { preformatted: (n) => n === code }).text).toBe('a\n\n```\nx = 1\ny = 2\n```');
  });

  it('strips zero-width fillers (CKEditor U+2060, U+200B, U+FEFF) and keeps every offset on the DOM text', () => {
    const code = el('code', { class: 'language-plaintext' }, '\u2060const\u2060 x', el('br'), '\u200bf(x)\ufeff');
    const root = el(
      'div',
      { class: 'ck-content', contenteditable: 'true' },
      el('p', {}, 'Call\u2060 it'),
      el('pre', { 'data-language': 'Plain text' }, code),
    );
    const s = serialiseEditor(root);
    expect(s.text).toBe('Call it\n\n```\nconst x\nf(x)\n```');
    expect(s.text).not.toMatch(/[\u200B\u2060\uFEFF]/);
    for (const seg of s.segments)
      expect((seg.node as unknown as TinyText).data.slice(seg.offset, seg.offset + seg.end - seg.start)).toBe(
        s.text.slice(seg.start, seg.end),
      );
    const [piece] = mapSpan(s.segments, s.text.indexOf('x\n'), s.text.indexOf('x\n') + 1);
    expect((piece.node as unknown as TinyText).data.slice(piece.startOffset, piece.endOffset)).toBe('x');
  });

  describe('CodeMirror 6 (a source editor drawing one div per line)', () => {
    const cm = (...children: TinyNode[]) =>
      el(
        'div',
        { class: 'cm-content', contenteditable: 'true', 'data-language': 'markdown', role: 'textbox' },
        ...children,
      );
    const line = (text: string) => el('div', { class: 'cm-line' }, text ? text : el('br'));
    const gap = () => el('div', { class: 'cm-gap', style: 'height: 3318px;' });

    it('joins lines with single newlines and keeps the Markdown verbatim', () => {
      const s = serialiseEditor(
        cm(line('# Title'), line(''), line('- a'), line('- b'), line('```js'), line('x()'), line('```')),
      );
      expect(s.text).toBe('# Title\n\n- a\n- b\n```js\nx()\n```');
      expect(s.partial).toBe(false);
    });

    it('says the text is partial when lines were left undrawn', () => {
      const s = serialiseEditor(cm(gap(), line('line 90'), line('line 91'), gap()));
      expect(s.partial).toBe(true);
      expect(s.text).toBe('line 90\nline 91');
      expect(serialiseEditor(cm(line('line 1'), gap())).partial).toBe(true);
    });

    it('takes a root that sets white-space: pre with only line divs as a source editor, never a rich one', () => {
      const plain = el('div', { contenteditable: 'true' }, el('div', {}, 'a'), el('div', {}, 'b'));
      expect(serialiseEditor(plain, { preformatted: () => true }).text).toBe('a\nb');
      const rich = el('div', { class: 'ProseMirror', contenteditable: 'true' }, el('p', {}, 'a'), el('p', {}, 'b'));
      expect(serialiseEditor(rich, { preformatted: (n) => n === rich }).text).toBe('a\n\nb');
      // Quill sets pre-wrap on its root too: a document holding only a code block is still rich, the code fenced
      const quillCodeOnly = el(
        'div',
        { class: 'ql-editor', contenteditable: 'true' },
        el('div', { class: 'ql-code-block-container' }, el('div', { class: 'ql-code-block' }, 'x()')),
      );
      expect(serialiseEditor(quillCodeOnly, { preformatted: (n) => n === quillCodeOnly }).text).toBe('```\nx()\n```');
    });
  });

  it('an empty paragraph held open by a <br> adds no line (TinyMCE, Quill)', () => {
    const root = el(
      'div',
      { contenteditable: 'true' },
      el('p', {}, 'a'),
      el('p', {}, el('br', { 'data-mce-bogus': '1' })),
      el('p', {}, 'b'),
    );
    expect(serialiseEditor(root).text).toBe('a\n\nb');
  });
});
