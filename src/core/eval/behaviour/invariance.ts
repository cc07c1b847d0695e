// Invariance: the same question asked about different technologies. Only the technology's slots change
// (names, code, error), so the score should not: the model is meant to judge how a question is asked.
import type { QuestionInput } from '../../../shared/question';
import { TECHNOLOGIES, type Technology } from './technologies';
import { BEHAVIOUR_TARGETS, earned, type ScoreFn } from './types';

export interface QuestionTemplate {
  id: string;
  quality: 'good' | 'poor';
  /** What the template is, in a few words (for the card). */
  description: string;
  fill(t: Technology): QuestionInput;
}

const fenced = (t: Technology, code: string) => `\`\`\`${t.fence}\n${code}\n\`\`\``;
const indented = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `    ${line}` : ''))
    .join('\n');
const firstLine = (text: string) => text.split('\n')[0].trim();

export const INVARIANCE_TEMPLATES: readonly QuestionTemplate[] = [
  {
    id: 'good-bug',
    quality: 'good',
    description: 'bug: code, full error, what was tried, expected result',
    fill: (t) => ({
      title: `Why does my ${t.name} code fail with "${t.errorName}" when totalling orders per customer?`,
      body: [
        `I'm writing a small ${t.name} program that reads a list of orders and adds up the amount for each customer. Each order has a customer name and an amount, and I keep one running total per customer.`,
        '',
        fenced(t, t.bugCode),
        '',
        'When I build and run it with three sample orders, it stops at the line that adds to the total with this error:',
        '',
        indented(t.bugError),
        '',
        'I expected to get `alice: 30` and `bob: 15`. I printed the orders just before the loop and all three are there with the right amounts, so the input looks fine. I also tried it with a single order and got the same error.',
        '',
        `What am I doing wrong, and what is the usual way to add up values per key in ${t.name}?`,
      ].join('\n'),
    }),
  },
  {
    id: 'good-difference',
    quality: 'good',
    description: 'conceptual "difference between", with a snippet',
    fill: (t) => ({
      title: `What is the difference between ${t.diffA} and ${t.diffB} in ${t.name}?`,
      body: [
        `I keep seeing both \`${t.diffA}\` and \`${t.diffB}\` in ${t.name} code, and in small examples like this one they seem to do the same job:`,
        '',
        fenced(t, t.diffCode),
        '',
        'I read the official documentation for both, but it describes each one on its own page and never compares them, and the answers I found only cover one of the two.',
        '',
        'Is there a difference in behaviour or in performance that I am missing? When should I use one rather than the other?',
      ].join('\n'),
    }),
  },
  {
    id: 'good-how-to',
    quality: 'good',
    description: 'how-to with the attempt, expected vs actual',
    fill: (t) => ({
      title: `How do I sort a list of people by age and then by name in ${t.name}?`,
      body: [
        'I have a list of people, each with a name and an age. I want them ordered by age, and people of the same age ordered by name. This is what I tried:',
        '',
        fenced(t, t.sortCode),
        '',
        'It orders them by age, but people of the same age keep the order they came in: for this sample I get Dave, Carol, Bob, Alice, where I expected Dave, Alice, Bob, Carol.',
        '',
        `How can I sort by both fields at once? I would rather not write my own comparison loop if ${t.name} already has a built-in way.`,
      ].join('\n'),
    }),
  },
  {
    id: 'poor-vague',
    quality: 'poor',
    description: 'vague "doesnt work help", one error line, no code',
    fill: (t) => ({
      title: `${t.name} not working`,
      body: `my ${t.name} code doesnt work it says ${firstLine(t.bugError)} i dont know why. plz help me fix it asap thanks`,
    }),
  },
  {
    id: 'poor-code-dump',
    quality: 'poor',
    description: 'code and error dump, no description, no question',
    fill: (t) => ({
      title: `${t.name} problem`,
      // Enough words for the gate, still no description and no question.
      body: [
        'here is my code and the error i get when i run it',
        '',
        fenced(t, t.bugCode),
        '',
        indented(t.bugError),
      ].join('\n'),
    }),
  },
  {
    id: 'poor-do-my-work',
    quality: 'poor',
    description: '"give me the code", no attempt',
    fill: (t) => ({
      title: `${t.name} sort people by age and name`,
      body: `i need ${t.name} code that sorts people by age and name. give me the full code please its for my assignment due tomorrow!!! urgent`,
    }),
  },
];

export interface TemplateSpread {
  template: string;
  quality: 'good' | 'poor';
  description: string;
  /** One score per technology, in TECHNOLOGIES order (null: not scorable). */
  scores: Array<{ technology: string; score: number | null }>;
  min: number;
  max: number;
  spread: number;
  lowest: string;
  highest: string;
  unscorable: number;
}

export interface InvarianceReport {
  technologies: string[];
  templates: TemplateSpread[];
  meanSpread: number;
  worstSpread: number;
  worstTemplate: string;
  /** Good template × technology A against poor template × technology B, every combination (A = B included). */
  goodOverPoor: {
    pairs: number;
    passed: number;
    share: number;
    worst: { good: string; poor: string; margin: number } | null;
  };
  pass: { meanSpread: boolean; worstSpread: boolean; goodOverPoor: boolean };
}

export async function runInvariance(
  score: ScoreFn,
  templates: readonly QuestionTemplate[] = INVARIANCE_TEMPLATES,
  technologies: readonly Technology[] = TECHNOLOGIES,
): Promise<InvarianceReport> {
  const spreads: TemplateSpread[] = [];
  for (const template of templates) {
    const scores: TemplateSpread['scores'] = [];
    for (const t of technologies) scores.push({ technology: t.name, score: await score(template.fill(t)) });
    // Not scorable earns nothing: a technology that turns a scorable question unscorable is a spread too.
    const values = scores.map((s) => earned(s.score));
    const min = Math.min(...values);
    const max = Math.max(...values);
    spreads.push({
      template: template.id,
      quality: template.quality,
      description: template.description,
      scores,
      min,
      max,
      spread: max - min,
      lowest: scores[values.indexOf(min)].technology,
      highest: scores[values.indexOf(max)].technology,
      unscorable: scores.filter((s) => s.score === null).length,
    });
  }
  const meanSpread = spreads.reduce((s, t) => s + t.spread, 0) / Math.max(1, spreads.length);
  const worst = spreads.reduce<TemplateSpread | null>((w, t) => (w === null || t.spread > w.spread ? t : w), null);

  let pairs = 0;
  let passed = 0;
  let worstPair: InvarianceReport['goodOverPoor']['worst'] = null;
  for (const good of spreads.filter((t) => t.quality === 'good')) {
    for (const poor of spreads.filter((t) => t.quality === 'poor')) {
      for (const g of good.scores) {
        for (const p of poor.scores) {
          const margin = earned(g.score) - earned(p.score);
          pairs++;
          if (margin > 0) passed++;
          if (worstPair === null || margin < worstPair.margin) {
            worstPair = {
              good: `${good.template} × ${g.technology}`,
              poor: `${poor.template} × ${p.technology}`,
              margin,
            };
          }
        }
      }
    }
  }
  const share = pairs ? passed / pairs : 0;
  return {
    technologies: technologies.map((t) => t.name),
    templates: spreads,
    meanSpread,
    worstSpread: worst?.spread ?? 0,
    worstTemplate: worst?.template ?? '',
    goodOverPoor: { pairs, passed, share, worst: worstPair },
    pass: {
      meanSpread: meanSpread <= BEHAVIOUR_TARGETS.invarianceMeanSpread,
      worstSpread: (worst?.spread ?? 0) <= BEHAVIOUR_TARGETS.invarianceWorstSpread,
      goodOverPoor: pairs > 0 && share >= BEHAVIOUR_TARGETS.goodOverPoorShare,
    },
  };
}
