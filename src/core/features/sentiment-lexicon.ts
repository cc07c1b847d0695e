// A small, dependency-free polarity lexicon for the sentiment features (compromise has no sentiment).
// Tone words only: technical problem words ("error", "fails", "bug", "wrong", "broken", "bad request") are
// neutral on a Q&A site, and ambiguous words ("like", "hard", "simple", "fine") are left out.

const POSITIVE_WORDS =
  'good great excellent awesome amazing wonderful fantastic terrific nice cool perfect perfectly best ' +
  'love loved loves loving lovely happy happily glad pleased pleasant delighted thanks thank thanked thankful ' +
  'grateful gratefully appreciate appreciated appreciates appreciation helpful kind beautiful beautifully elegant ' +
  'elegantly neat enjoy enjoyed enjoying fun interesting impressive brilliant superb success successful ' +
  'hope hopefully excited exciting favorite favourite useful handy smooth smoothly powerful reliable ' +
  'awesomeness cheers congrats congratulations glorious gorgeous incredible marvelous marvellous outstanding ' +
  'remarkable splendid thrilled wow yay satisfied satisfying clever smart intuitive straightforward convenient ' +
  'comfortable confident improve improved improvement better';

const NEGATIVE_WORDS =
  'frustrating frustrated frustration annoying annoyed annoyance stupid dumb idiot idiotic hate hated hates ' +
  'hating horrible horribly terrible terribly awful awfully worst worse ugly sucks suck sucked crap crappy damn ' +
  'damned hell silly ridiculous insane crazy confused confusing confusion desperate desperately hopeless ' +
  'helpless sad sadly unfortunately unfortunate angry mad upset disappointed disappointing disappointment ' +
  'painful pain nightmare mess messy weird strange odd bizarre impossible difficult tired sick stuck struggle ' +
  'struggles struggling struggled worried worry worrying afraid scared fear unclear poor poorly useless ' +
  'pointless waste wasted wasting headache tedious clumsy hacky garbage rubbish nonsense unhappy sorry ' +
  'apologies apologise apologize embarrassing embarrassed shame shameful nasty lame boring miserable ' +
  'horrendous pathetic dreadful disgusting infuriating irritating irritated ugh argh wtf hopelessly confusingly ' +
  'panic panicking stressed stressful overwhelmed overwhelming';

export const POSITIVE = new Set(POSITIVE_WORDS.split(' '));
export const NEGATIVE = new Set(NEGATIVE_WORDS.split(' '));

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nothing',
  'nobody',
  'neither',
  'nor',
  'without',
  'cannot',
  'hardly',
  'barely',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'aint',
]);

/** A negator within this many words before a tone word flips it ("not happy", "not very happy"). */
export const NEGATION_WINDOW = 2;

function isNegator(lower: string): boolean {
  return NEGATORS.has(lower) || /n['’]t$/.test(lower);
}

/**
 * Positive and negative tone words among one sentence's words (lower-cased by the caller or not: compared
 * case-insensitively). A negator up to NEGATION_WINDOW words before a tone word flips its polarity.
 */
export function polarityCounts(words: readonly string[]): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i];
    const pos = POSITIVE.has(w);
    const neg = !pos && NEGATIVE.has(w);
    if (!pos && !neg) continue;
    let negated = false;
    for (let j = Math.max(0, i - NEGATION_WINDOW); j < i; j++) if (isNegator(lower[j])) negated = true;
    if (pos !== negated) positive++;
    else negative++;
  }
  return { positive, negative };
}
