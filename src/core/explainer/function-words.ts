// English function words: articles, pronouns, prepositions, conjunctions, auxiliaries. They are not word
// components of an explanation: "the word “the”" tells a writer nothing, underlining every "it" helps no one,
// and on a long question they are most of the tokens a word perturbation drops. They stay in the text,
// so their effect is still in the sentence components (and pronoun use is a hand feature).
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'no', 'all', 'both', 'other', 'such',
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her',
  'hers', 'it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'one', "i'm", "it's", "i've", "i'd", "i'll", "you're",
  "that's", "there's", 'there', 'here', 'what', 'which', 'who', 'whom', 'whose',
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'without', 'for', 'about', 'as', 'into', 'onto', 'over', 'under',
  'between', 'through', 'during', 'before', 'after', 'above', 'below', 'up', 'down', 'out', 'off', 'than', 'via', 'per',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'because', 'while', 'whether', 'also', 'just', 'only', 'too', 'very',
  'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'have', 'has', 'had', 'having',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
]);
