// Which words of a prose block the bag reads. Details are hidden from it: quoted values ("…"), sentences that
// say what was tried, expected or seen with a value or a name in them (features/attempt-details.ts
// `isDetailSentence`), and the words that announce an attempt ("tried", "expected"). The substance features
// count these (concrete-details, attempt-details, shows-attempt), with weights that can only raise the score,
// so saying what was tried can only help (issue 13, direction) and never earns from the words alone (gaming),
// and an error's or a value's own words, which name the topic, cannot sway the words part (invariance).
import { isDetailSentence } from '../features/attempt-details';
import { QUOTED } from '../features/concrete-details';
import { blockWords } from '../document/tokens';
import { sentences } from '../nlp/text-stats';
import { registerCache } from '../cache-registry';
import { Lru } from '../util/lru';

/** Words that announce an attempt or an expectation: what follows them is what counts. */
const ATTEMPT_MARKERS = new Set([
  'try',
  'tried',
  'trying',
  'tries',
  'attempt',
  'attempted',
  'attempts',
  'attempting',
  'expect',
  'expected',
  'expecting',
  'expects',
  'expectation',
]);

const masks = registerCache('model/bag-details: word masks', new Lru<string, Uint8Array | null>(4096));

/** Per word of `blockWords(text)`: 1 when the bag reads it. Null when it reads them all (the usual case). */
export function bagWordMask(text: string): Uint8Array | null {
  let mask = masks.get(text);
  if (mask !== undefined) return mask;
  const hidden: [number, number][] = [];
  for (const m of text.matchAll(QUOTED)) hidden.push([m.index, m.index + m[0].length]);
  for (const s of sentences(text)) if (isDetailSentence(s)) hidden.push([s.start, s.end]);
  const ws = blockWords(text);
  let keep: Uint8Array | null = null;
  ws.forEach((w, k) => {
    if (ATTEMPT_MARKERS.has(w.text) || hidden.some(([from, to]) => w.from >= from && w.to <= to)) {
      keep ??= new Uint8Array(ws.length).fill(1);
      keep[k] = 0;
    }
  });
  mask = keep;
  masks.set(text, mask);
  return mask;
}
