// Generic titles ("Problem", "Help with error", "Question about Python", "Not working") do not tell
// anyone what the question is. A title is generic when, after removing generic and filler words,
// fewer than two content words are left.
import { words } from '../document/tokens';
import { fieldFinding, type Check } from './check';

const GENERIC = new Set([
  // generic problem words
  'problem', 'problems', 'help', 'helps', 'error', 'errors', 'issue', 'issues', 'question', 'questions', 'bug', 'bugs',
  'trouble', 'stuck', 'work', 'works', 'working', 'worked', 'fix', 'fixing', 'solve', 'solved', 'solving', 'solution',
  'code', 'program', 'script', 'please', 'pls', 'plz', 'urgent', 'asap', 'need', 'needed', 'simple', 'easy', 'basic',
  'beginner', 'newbie', 'noob', 'weird', 'strange', 'wrong', 'broken', 'doubt', 'query', 'thing', 'stuff', 'regarding',
  'something', 'anything', 'getting', 'get', 'got', 'doesn', 'doesnt', 'don', 'dont', 'cant', 'won', 'wont', 'isn',
  // function words
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'my', 'me', 'i', 'im', 'we', 'our', 'you', 'your',
  'with', 'about', 'in', 'on', 'of', 'for', 'to', 'from', 'at', 'by', 'and', 'or', 'but', 'not', 'no', 'is', 'are', 'was',
  'be', 'been', 'am', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'how', 'what', 'why', 'when',
  'where', 'which', 'who', 'some', 'any', 'one', 'there', 'here', 'have', 'has', 'had', 's', 't', 'm', 're', 've', 'll', 'd',
]);

export const MIN_CONTENT_WORDS = 2;

export function contentWords(title: string): string[] {
  return words(title)
    .flatMap((w) => w.text.split("'"))
    .filter((w) => w.length > 0 && !GENERIC.has(w));
}

export const titleNotSpecific: Check = {
  id: 'title-not-specific',
  title: 'Title not specific',
  run(ctx) {
    const title = ctx.doc.title.trim();
    if (title.length === 0) return [];
    if (contentWords(title).length >= MIN_CONTENT_WORDS) return [];
    return [fieldFinding(ctx.doc, 'title-not-specific', 'title', 'warning',
      'The title is too general: name the technology and the specific problem, e.g. ' +
        '“TypeError: items.map is not a function when rendering fetched data in React”.')];
  },
};
