import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../io/atomicWrite.js';
import { loadScenario } from '../scenario/index.js';
import { runSession } from '../model/index.js';
import { behaviourFigures } from './behaviourRanges.js';
import { flagshipLevers, leverTable, leverTableMarkdown } from './leverTable.js';

/**
 * Regenerates the face-validity table of docs/model.md (between the face-validity markers) from
 * paired runs of the flagship:  npm run build && node dist/sim/replicate/faceValidityMain.js [replicates]
 */
const root = new URL('../../../', import.meta.url);
const replicates = Number(process.argv[2] ?? 8);
const scenario = loadScenario(fileURLToPath(new URL('scenarios/python-course-launch.json', root)));
const { base, rows } = leverTable(scenario, flagshipLevers(), scenario.seed, replicates);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const header =
  `Base (python-course-launch.json, seed ${scenario.seed}, ${replicates} replicates): revenue ${mean(base.map((r) => r.revenue)).toFixed(0)} ${scenario.currency}, ` +
  `conversion ${(100 * mean(base.map((r) => r.rates.bought))).toFixed(2)}%, watch ${(mean(base.map((r) => r.meanWatchSeconds)) / 60).toFixed(1)} min, ` +
  `profit ${mean(base.map((r) => r.profit)).toFixed(0)} ${scenario.currency}. Each lever: the same sessions (seed, replicate) with the change; mean change and 95% t interval over replicates.`;
const shipped = ['python-course-launch.json', 'ebook-night.json', 'membership-qa.json'];
const figures = shipped.map((name) => {
  const plan = loadScenario(fileURLToPath(new URL(`scenarios/${name}`, root)));
  return behaviourFigures(Array.from({ length: replicates }, (_, replicate) => runSession(plan, { seed: plan.seed, replicate })));
});
const rangeRows = figures[0].map((first, i) => {
  const cells = figures.map((plan) => `${formatFigure(plan[i].mean)}${plan[i].inside ? '' : ' (outside)'}`);
  return `| ${first.range.label} | ${formatFigure(first.range.low)} – ${formatFigure(first.range.high)} | ${cells.join(' | ')} | ${first.range.source} |`;
});
const rangeTable =
  `Shipped plans against public ranges (each plan's own seed, ${replicates} replicates, mean over replicates; sources in § Behaviour defaults and their sources):\n\n` +
  `| figure | range | ${shipped.join(' | ')} | source |\n| --- | --- | --- | --- | --- | --- |\n${rangeRows.join('\n')}`;
const table = `${header}\n\n${leverTableMarkdown(rows, scenario.currency)}\n\n${rangeTable}`;
const docs = fileURLToPath(new URL('docs/model.md', root));
const text = readFileSync(docs, 'utf8');
const start = '<!-- face-validity:start -->';
const end = '<!-- face-validity:end -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`docs/model.md: markers ${start} … ${end} not found`);
writeFileAtomic(docs, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
process.stdout.write(`${table}\n`);

function formatFigure(value: number): string {
  return value >= 10 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(2) : value.toFixed(3);
}
