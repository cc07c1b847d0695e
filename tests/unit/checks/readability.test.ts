import { describe, expect, it } from 'vitest';
import { readability } from '../../../src/core/checks/readability';
import { run } from './helpers';

const easy = 'The cat sat on the mat. It was a good day. We went to the park and ran. '.repeat(4);
const hard = (
  'Notwithstanding considerable organisational complications, the administration systematically reconsidered ' +
  'interdepartmental communication methodologies, institutionalising comprehensive documentation requirements. '
).repeat(3);
// Flesch ≈ 41: plain sentences mixed with two dense ones.
const fairlyHard =
  'The application starts several worker threads before it handles requests from clients. Each request is checked ' +
  'against a schema, and the response is written as compact text. Sometimes the write fails when an optional field ' +
  'is missing from the object, and then the whole server stops. The application initialises several configuration ' +
  'objects before processing incoming requests from clients. Every request is validated against a schema, and the ' +
  'response is serialised to a compact representation.';

describe('readability', () => {
  it.each([
    ['easy text', easy, null],
    ['very hard text', hard, 'warning'],
    ['fairly hard text', fairlyHard, 'info'],
    ['hard but too short to judge', 'Notwithstanding organisational complications.', null],
  ] as const)('%s', (_, body, severity) => {
    const f = run(readability, { title: '', body });
    expect(f.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    for (const x of f) expect([x.scope, x.span]).toEqual(['field', { field: 'body', start: 0, end: body.length }]);
  });

  it('ignores code: hard words in a code block do not count', () => {
    const body = `${easy}\n\n\`\`\`\n${hard}\n\`\`\``;
    expect(run(readability, { title: '', body })).toEqual([]);
  });
});
