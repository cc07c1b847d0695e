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
  return { title: 'How do I make a PostgreSQL insert idempotent when the queue consumer retries?', body: paragraphs.join('\n\n') };
}

/** The same question with one character changed near its end (a keystroke). */
export function withOneCharEdit(q: { title: string; body: string }, n: number): { title: string; body: string } {
  const at = q.body.length - 20;
  return { title: q.title, body: q.body.slice(0, at) + String.fromCharCode(97 + (n % 26)) + q.body.slice(at) };
}
