import { describe, expect, it } from 'vitest';
import { literalMask, longLines } from '../../../scripts/check-line-length';

const long = (n: number) => 'x'.repeat(n);

describe('check-line-length', () => {
  it('flags a long comment or long code, not a line long by its string, template, regex or URL', () => {
    const text = [
      `// ${long(130)}`,
      `const a = f(${long(60)}, ${long(70)});`,
      `const b = '${long(130)}';`,
      `const c = \`${long(50)} \${x} ${long(90)}\`;`,
      `const d = /${long(130)}/u;`,
      `// see https://example.com/${long(120)}`,
      `const e = 1; // ${long(30)}`,
      `it('${long(100)}', async () => { await run(${long(20)}); });`,
    ].join('\n');
    // Line 8 is long only by its test name: without its literals it is short.
    expect(longLines(text).map(([line]) => line)).toEqual([1, 2]);
  });

  it('tells division from a regex, and reads past escapes and template expressions', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is source code with a template literal in it.
    const text = "const q = a / b / c; const r = /[/]\\//g; const s = `x${'}'}y`; const t = 'it\\'s';";
    const mask = literalMask(text);
    const inside = (needle: string) => mask[text.indexOf(needle)] === 1;
    expect(inside('a / b')).toBe(false);
    expect(inside('/[/]')).toBe(true);
    expect(inside('x${')).toBe(true);
    expect(inside("'}'}y")).toBe(true); // a template's \${…} part counts as the literal's
    expect(inside("it\\'s")).toBe(true);
    expect(inside('const t')).toBe(false);
  });
});
