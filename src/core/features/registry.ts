// Every model feature in model input order. The order is part of the model file format: append new features,
// never reorder (a shipped model reads its columns by position; FEATURE_IDS are written next to it).
import type { QuestionDocument } from '../document/question-document';
import { featureContext, type Feature } from './feature';
import { questionMarkRate } from './question-mark-rate';
import { exclamationMarkRate } from './exclamation-mark-rate';
import { fullStopRate } from './full-stop-rate';
import { commaRate } from './comma-rate';
import { bodyLength } from './body-length';
import { titleLength } from './title-length';
import { sentenceCount } from './sentence-count';
import { wordsPerSentence } from './words-per-sentence';
import { vocabularyDiversity } from './vocabulary-diversity';
import { meanWordLength } from './mean-word-length';
import { nounShare } from './noun-share';
import { verbShare } from './verb-share';
import { adjectiveShare } from './adjective-share';
import { adverbShare } from './adverb-share';
import { pronounShare } from './pronoun-share';
import { sentimentPolarity } from './sentiment-polarity';
import { emotionalWordRate } from './emotional-word-rate';
import { fleschReadingEaseFeature } from './flesch-reading-ease';
import { hasCodeBlock } from './has-code-block';
import { codeShare } from './code-share';
import { inlineCode } from './inline-code';
import { links } from './links';
import { images } from './images';
import { questionAsked } from './question-asked';
import { titleQuestionMark } from './title-question-mark';
import { titleQuestionWord } from './title-question-word';
import { showsAttempt } from './shows-attempt';
import { errorMessage } from './error-message';
import { urgency } from './urgency';
import { greetingsThanks } from './greetings-thanks';
import { allCapsShare } from './all-caps-share';
import { repeatedSentences } from './repeated-sentences';
import { placeholders } from './placeholders';
import { codeSubstance } from './code-substance';
import { concreteDetails } from './concrete-details';
import { attemptDetails } from './attempt-details';
import { noSubstance } from './no-substance';

export const FEATURES: readonly Feature[] = [
  questionMarkRate,
  exclamationMarkRate,
  fullStopRate,
  commaRate,
  bodyLength,
  titleLength,
  sentenceCount,
  wordsPerSentence,
  vocabularyDiversity,
  meanWordLength,
  nounShare,
  verbShare,
  adjectiveShare,
  adverbShare,
  pronounShare,
  sentimentPolarity,
  emotionalWordRate,
  fleschReadingEaseFeature,
  hasCodeBlock,
  codeShare,
  inlineCode,
  links,
  images,
  questionAsked,
  titleQuestionMark,
  titleQuestionWord,
  showsAttempt,
  errorMessage,
  urgency,
  greetingsThanks,
  allCapsShare,
  repeatedSentences,
  placeholders,
  codeSubstance,
  concreteDetails,
  attemptDetails,
  noSubstance,
];

export const FEATURE_IDS: readonly string[] = FEATURES.map((f) => f.id);
/** Per feature, in model input order: +1 / -1 where the model must be monotone (Feature.monotone), else 0. */
export const FEATURE_MONOTONE: readonly number[] = FEATURES.map((f) => f.monotone ?? 0);

export function featureById(id: string): Feature | undefined {
  return FEATURES.find((f) => f.id === id);
}

/**
 * Raw feature values in FEATURES order (or of `features`, for tests and ablations). Always finite: a feature that
 * throws or yields NaN/Infinity gives 0,
 * so one bad feature can never poison the model input.
 */
export function extractFeatures(doc: QuestionDocument, features: readonly Feature[] = FEATURES): number[] {
  const ctx = featureContext(doc);
  return features.map((f) => {
    let v: number;
    try {
      v = f.compute(ctx);
    } catch {
      return 0;
    }
    return Number.isFinite(v) ? v : 0;
  });
}
