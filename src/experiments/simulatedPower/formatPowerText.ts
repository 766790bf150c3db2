import { METRICS } from '../schema/metrics.js';
import type { PowerResult } from './PowerResult.js';
import { formatPercent } from '../../format/formatPercent.js';

/**
 * Plain-words rendering of a simulated power plan: what was planned, the power curve with its
 * Monte-Carlo intervals, the size needed beside the naive analytic size, and the design effect.
 */
export function formatPowerText(result: PowerResult): string {
  const metric = METRICS[result.metric];
  const sessionUnit = result.unit.kind === 'session';
  const sizeWord = sessionUnit ? 'sessions per arm' : 'shared sessions';
  const truth = result.truth;
  const relative = truth.relative === null ? '' : ` (${signed(truth.relative * 100)}%)`;
  const lines = [
    `Power by simulation: ${result.name} — ${result.unit.kind} unit, ${metric.label}, ${result.contrast.name} vs ${result.contrast.control}`,
    `True effect (model): ${number(truth.control)} → ${number(truth.treatment)} ${metric.unit}${relative}; target power ${percent(result.targetPower)}, alpha ${result.alpha}, ${result.replicates} replicates per size`,
    '',
    `  ${sizeWord.padEnd(18)} ${'viewers/arm'.padStart(12)}   power   95% interval`,
    ...result.points.map(
      (p) => `  ${count(p.sessionsPerArm).padEnd(18)} ${count(p.viewersPerArm).padStart(12)}   ${percent(p.power).padStart(5)}   ${percent(p.ci[0])}–${percent(p.ci[1])}`,
    ),
    '',
    ...requiredLines(result, sizeWord),
    ...result.notes.map((note) => `Note: ${note.message}.`),
  ];
  return `${lines.join('\n')}\n`;
}

function requiredLines(result: PowerResult, sizeWord: string): string[] {
  const { required, analytic } = result;
  const lines: string[] = [];
  if (required.sessionsPerArm === null) {
    const beyond = required.exactSessionsPerArm === null ? '' : `; the fitted curve reaches it at about ${count(required.exactSessionsPerArm)} ${sizeWord} (extrapolated)`;
    lines.push(`Simulation: the target is not reached within ${count(result.maxSessionsPerArm)} ${sizeWord}${beyond}`);
  }
  else {
    const [low, high] = required.interval ?? [null, null];
    const interval = low === null ? '' : ` (exact ${number(required.exactSessionsPerArm ?? NaN)}, 95% interval ${number(low)}–${high === null ? '∞' : number(high)})`;
    lines.push(`Simulation: ${count(required.sessionsPerArm)} ${sizeWord} ≈ ${count(required.viewersPerArm ?? NaN)} viewers per arm${interval}`);
  }
  if (analytic !== null) {
    lines.push(`Analytic ${analytic.test}, viewers independent: ${count(analytic.viewersPerArm[0])} viewers per arm ≈ ${number(analytic.sessionsPerArm)} ${sizeWord}`);
  }
  if (result.clusteredAnalyticSessionsPerArm !== null) {
    lines.push(`Cluster-trial formula with the pilot's between-session variance: ${number(result.clusteredAnalyticSessionsPerArm)} ${sizeWord}`);
  }
  if (result.designEffect !== null) {
    lines.push(`Design effect: ${result.designEffect.toFixed(2)}× the analytic size${result.designEffect > 1 ? ' — what sessions sharing a room (clustering, interference) cost a real test' : ''}`);
  }
  return lines;
}

const count = (value: number): string => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—');
const number = (value: number): string => (Number.isFinite(value) ? Number(value.toPrecision(3)).toString() : '—');
const percent = (value: number): string => formatPercent(value, 0);
const signed = (value: number): string => `${value >= 0 ? '+' : ''}${Number(value.toPrecision(3))}`;
