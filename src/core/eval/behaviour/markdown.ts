// Renders a behavioural report as a model-card section (numbers only from the report).
import type { BehaviourReport } from './runner';

const f = (v: number | null, d = 3) => (v === null ? 'not scorable' : Number.isFinite(v) ? v.toFixed(d) : 'n/a');
const ok = (pass: boolean) => (pass ? 'yes' : '**NO**');
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

export function behaviourMarkdown(report: BehaviourReport): string {
  const { targets: t, invariance: inv, gaming, direction, minimum } = report;
  const gop = inv.goodOverPoor;
  const lines: string[] = [
    '## Behavioural tests (CheckList-style)',
    '',
    'Scores are the full pipeline\'s calibrated score (gate, then model); a text the gate refuses counts as 0 ("nothing earned").',
    '',
    '| figure | value | target | met |',
    '|---|---|---|---|',
    `| invariance: mean score spread across technologies, per template | ${f(inv.meanSpread)} | <= ${t.invarianceMeanSpread} | ${ok(inv.pass.meanSpread)} |`,
    `| invariance: worst score spread (${inv.worstTemplate}) | ${f(inv.worstSpread)} | <= ${t.invarianceWorstSpread} | ${ok(inv.pass.worstSpread)} |`,
    `| good template > poor template, any two technologies | ${f(gop.share, 2)} (${gop.passed}/${gop.pairs}) | ${t.goodOverPoorShare.toFixed(2)} | ${ok(inv.pass.goodOverPoor)} |`,
    `| gaming: highest score (${gaming.maxId}) | ${f(gaming.max)} (${gaming.passed}/${gaming.texts.length} pass) | <= ${t.gamingMaxScore} | ${ok(gaming.pass)} |`,
    `| direction: pairs moving the right way | ${f(direction.share, 2)} (${direction.pairs.filter((p) => p.pass).length}/${direction.pairs.length}) | ${t.directionShare.toFixed(2)} | ${ok(direction.pass)} |`,
    `| minimum function: pass rate (good >= ${t.minimumThreshold}, poor < ${t.minimumThreshold}) | ${f(minimum.passRate, 2)} (${minimum.cases.filter((c) => c.pass).length}/${minimum.cases.length}) | ${t.minimumPassRate.toFixed(2)} | ${ok(minimum.pass)} |`,
    '',
    `### Invariance (${inv.technologies.length} technologies: ${inv.technologies.join(', ')})`,
    '',
    '| template | quality | min | max | spread | lowest | highest | not scorable |',
    '|---|---|---|---|---|---|---|---|',
    ...inv.templates.map(
      (s) =>
        `| ${s.template} (${s.description}) | ${s.quality} | ${f(s.min)} | ${f(s.max)} | ${f(s.spread)} | ${s.lowest} | ${s.highest} | ${s.unscorable} |`,
    ),
    '',
    gop.worst ? `Closest good/poor pair: ${gop.worst.good} vs ${gop.worst.poor}, margin ${f(gop.worst.margin)}.` : '',
    '',
    `### Gaming (${gaming.texts.length} texts, ${gaming.unscorable} not scorable)`,
    '',
    '| text | kind | score | met |',
    '|---|---|---|---|',
    ...gaming.texts.map((g) => `| ${g.id} | ${g.kind} | ${f(g.score)} | ${ok(g.pass)} |`),
    '',
    '### Direction',
    '',
    '| edit | expected | pairs | right way | share | mean change |',
    '|---|---|---|---|---|---|',
    ...direction.kinds.map(
      (k) =>
        `| ${k.kind} | ${k.expect} | ${k.pairs} | ${k.passed} | ${pct(k.share)} | ${k.meanDelta >= 0 ? '+' : ''}${f(k.meanDelta)} |`,
    ),
    '',
    '### Minimum function',
    '',
    '| quality | form | cases | pass | not scorable |',
    '|---|---|---|---|---|',
    ...minimum.byGroup.map((g) => `| ${g.quality} | ${g.form} | ${g.cases} | ${g.passed} | ${g.unscorable} |`),
    '',
  ];
  return lines.join('\n');
}
