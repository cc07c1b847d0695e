// Deterministic benchmark questions of a given length: prose with a code block and an error, like a real post.
const SENTENCES = [
  'I am building a small service that reads orders from a queue and writes them to PostgreSQL.',
  'Most of the time it works, but under load some rows are written twice.',
  'I tried wrapping the insert in a transaction and adding a unique index on the order id.',
  'Now the duplicate rows are gone, but the worker sometimes stops with a constraint violation.',
  'The documentation says the driver retries on connection loss, which might explain the second insert.',
  'I also looked at the acknowledgement mode of the consumer and set it to manual.',
  'After that change the error happens less often, yet it still appears every few hundred messages.',
  'Is there a reliable way to make the insert idempotent without losing the retry behaviour?',
];

const CODE = [
  '```python',
  'def handle(message):',
  '    with conn.transaction():',
  '        conn.execute("INSERT INTO orders (id, total) VALUES ($1, $2)", message.id, message.total)',
  '    message.ack()',
  '```',
].join('\n');

const ERROR = '`psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "orders_pkey"`';

export function questionOfWords(words: number): { title: string; body: string } {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const paragraph: string[] = [];
    for (let s = 0; s < 4 && count < words; s++, i++) {
      const sentence = SENTENCES[i % SENTENCES.length];
      paragraph.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(paragraph.join(' '));
    if (paragraphs.length === 2) paragraphs.push(CODE, `The error is ${ERROR}.`);
  }
  return {
    title: 'How do I make a PostgreSQL insert idempotent when the queue consumer retries?',
    body: paragraphs.join('\n\n'),
  };
}

/**
 * The same question with one character inserted near its end. Only 26 variants (the letter cycles), so
 * from the 27th call on, the edited block is one the analysis has seen before: its per-block caches hit.
 */
export function withOneCharEdit(q: { title: string; body: string }, n: number): { title: string; body: string } {
  const at = q.body.length - 20;
  return { title: q.title, body: q.body.slice(0, at) + String.fromCharCode(97 + (n % 26)) + q.body.slice(at) };
}

// What the typing series types, character by character: ordinary sentences (a full stop every few words),
// each different, so no sentence of a long series repeats an earlier one.
const TYPED_WORDS = ['consumer', 'retry', 'insert', 'order', 'driver', 'queue', 'index', 'worker', 'message', 'table'];
const TYPED = Array.from(
  { length: 40 },
  (_, i) =>
    `The ${TYPED_WORDS[i % 10]} fails again after the ${TYPED_WORDS[(i * 3 + 1) % 10]} ${['retries', 'returns', 'restarts', 'reconnects'][i % 4]}. `,
).join('');

/**
 * Someone typing into the question: text `n` is the question with the first `n + 1` characters of a short
 * passage typed before the last sentence of its last paragraph, so each text is the previous one plus one
 * character and no text repeats (no per-block or per-sentence cache can hold the edited block's answer).
 */
export function typedEdit(q: { title: string; body: string }, n: number): { title: string; body: string } {
  return typedFrom(TYPED, q, n);
}

// Another passage, sharing no word with TYPED: what the worker analysed in another field before.
const OTHER_WORDS = ['scheduler', 'cache', 'token', 'parser', 'socket', 'bucket', 'mapper', 'cursor', 'lock', 'buffer'];
const TYPED_ELSEWHERE = Array.from(
  { length: 40 },
  (_, i) =>
    `Our ${OTHER_WORDS[i % 10]} ${['stalls', 'leaks', 'hangs', 'drops'][i % 4]} whenever its ${OTHER_WORDS[(i * 7 + 3) % 10]} ${['expires', 'overflows', 'rotates', 'closes'][i % 4]}. `,
).join('');

/**
 * The other field the workers of the typing target type into first (V8's warm-up): a 300-word draft with every prose
 * line changed.
 */
export function otherField(): { title: string; body: string } {
  return uncachedVariant(questionOfWords(300), 7);
}

/** `typedEdit` with another passage (no word in common), for typing into a different field first. */
export function typedElsewhere(q: { title: string; body: string }, n: number): { title: string; body: string } {
  return typedFrom(TYPED_ELSEWHERE, q, n);
}

function typedFrom(passage: string, q: { title: string; body: string }, n: number): { title: string; body: string } {
  const at = q.body.lastIndexOf('. ') + 2;
  const typed = passage.repeat(Math.floor(n / passage.length) + 1).slice(0, n + 1);
  return { title: q.title, body: q.body.slice(0, at) + typed + q.body.slice(at) };
}

/**
 * Variant `n` of a question with every prose line changed (a number appended), so no per-chunk or per-block
 * cache of any tool can reuse earlier work: each run analyses the whole text from scratch.
 */
export function uncachedVariant(q: { title: string; body: string }, n: number): { title: string; body: string } {
  let fence: string | null = null;
  const lines = q.body.split('\n').map((line) => {
    const marker = line.match(/^\s*(```|~~~)/)?.[1];
    if (marker && (fence === null || fence === marker)) {
      fence = fence === null ? marker : null;
      return line;
    }
    if (fence !== null || line.trim() === '' || /^\s*\|/.test(line) || /^ {4}/.test(line)) return line;
    return `${line} (${n})`;
  });
  return { title: `${q.title} (${n})`, body: lines.join('\n') };
}

/** Title and body as one Markdown text, for tools that lint a single string. */
export function asOneText(q: { title: string; body: string }): string {
  return `# ${q.title}\n\n${q.body}`;
}
