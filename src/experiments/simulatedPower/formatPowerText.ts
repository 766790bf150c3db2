import { METRICS } from '../schema/metrics.js';
import { PROFIT_PER_SESSION } from './planningMetric.js';

const PROFIT_WORDS = { label: 'profit per session', unit: 'currency per session' };
const METRIC_SOURCES = {
  option: 'chosen with --metric',
  costs: 'the scenario has costs, so profit (--metric revenue or conversion to plan on those)',
  primary: "the experiment's primary metric",
} as const;
import type { PowerResult } from './PowerResult.js';
import { formatPercent } from '../../format/formatPercent.js';

/**
 * Plain-words rendering of a simulated power plan: what was planned, the power curve with its
 * Monte-Carlo intervals, the size needed beside the naive analytic size, and the design effect.
 */
export function formatPowerText(result: PowerResult): string {
  const metric = result.metric === PROFIT_PER_SESSION ? PROFIT_WORDS : METRICS[result.metric];
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
    ...(result.planning === undefined ? [] : [`Planning metric: ${metric.label} — ${METRIC_SOURCES[result.planning.source]}`]),
    ...methodLines(result),
    ...requiredLines(result, sizeWord),
    ...(result.recommended ? recommendedLines(result.recommended, sizeWord) : []),
    ...(result.advice === undefined ? [] : [`Which to use: ${result.advice.message}.`]),
    ...result.notes.map((note) => `Note: ${note.message}.`),
  ];
  return `${lines.join('\n')}\n`;
}

function methodLines(result: PowerResult): string[] {
  const mc = result.monteCarlo;
  if (result.method !== 'session-pool' || mc === undefined) return [];
  const pool = mc.poolRatioInterval;
  const parts = [
    mc.fitRelativeSe === null ? null : `fit ±${percent(mc.fitRelativeSe)} (se)`,
    pool === null ? null : `pool ×${number(pool[0])}–${pool[1] === null ? '∞ (the effect\'s sign is not certain)' : `×${number(pool[1])}`} (95% bootstrap range)`,
  ].filter((part) => part !== null);
  return [
    `Method: ${count(mc.poolSessionsPerArm)} simulated sessions per arm (every arm on the same streams); ${count(mc.testsPerSize)} tests per size resampled from them, ${mc.confirmationTests === null ? 'no confirmation' : `${count(mc.confirmationTests)} at the first answer (confirmation)`}; probit fit in √sessions over all tests`,
    ...(parts.length === 0 ? [] : [`Monte-Carlo error of the required size: ${parts.join(', ')}`]),
  ];
}

function recommendedLines(recommended: NonNullable<PowerResult['recommended']>, sizeWord: string): string[] {
  const lines = [`Power at ${count(recommended.sessionsPerArm)} ${sizeWord}: ${percent(recommended.power)} on the fitted curve (95% Monte-Carlo interval ${percent(recommended.interval[0])}–${percent(recommended.interval[1])})`];
  const c = recommended.confirmation;
  if (c !== null) lines.push(`Confirmation at ${count(c.sessionsPerArm)} ${sizeWord}: ${percent(c.power)} of ${count(c.replicates)} tests (95% interval ${percent(c.ci[0])}–${percent(c.ci[1])})`);
  return lines;
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
    lines.push(`Cluster-trial formula with the simulated between-session variance: ${number(result.clusteredAnalyticSessionsPerArm)} ${sizeWord}`);
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
