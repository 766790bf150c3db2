import type { BanditResult } from './BanditResult.js';
import { formatPercent } from '../../format/formatPercent.js';

/**
 * Plain-words rendering of a bandit result: the arms' true revenue per session, the two policies
 * side by side (season revenue, regret, share on the best arm, returning viewers), the
 * recommendation and the notes.
 */
export function formatBanditText(result: BanditResult): string {
  const currency = result.input.scenario.currency;
  const lines = [
    `Bandit: ${result.name} — ${result.arms.length} arms, seasons of ${result.sessionsPerSeason} sessions, ${result.replicates} replicates`,
    `Thompson sampling on revenue per session (Normal–Inverse-Gamma posteriors, ${result.warmupSessionsPerArm} warm-up sessions per arm)`,
    '',
    `  ${'arm'.padEnd(24)} ${`revenue/session (${currency})`.padStart(24)}   sessions: Thompson   fixed`,
    ...result.arms.map(
      (arm) =>
        `  ${(arm.name + (arm.isBest ? ' (best)' : '')).padEnd(24)} ${`${count(arm.revenuePerSession.mean)} ± ${count(half(arm.revenuePerSession.ci))}`.padStart(24)}   ${number(arm.thompsonSessions).padStart(18)}   ${arm.fixedSessions === null ? '—' : number(arm.fixedSessions)}`,
    ),
    '',
    `  ${'policy'.padEnd(10)} ${`season revenue (${currency})`.padStart(28)} ${'regret'.padStart(22)}   on best   returning viewers`,
    ...(['thompson', 'fixed'] as const).flatMap((policy) => {
      const s = result[policy];
      if (s === null) return [];
      return [
        `  ${policy.padEnd(10)} ${`${count(s.totalRevenue.mean)} ± ${count(half(s.totalRevenue.ci))}`.padStart(28)} ${`${count(s.cumulativeRegret.mean)} ± ${count(half(s.cumulativeRegret.ci))}`.padStart(22)}   ${percent(s.bestArmShare.mean).padStart(7)}   ${count(s.returningViewers.mean).padStart(17)}`,
      ];
    }),
    '',
    ...result.recommendation.text,
    ...result.notes.map((note) => `Note: ${note.message}.`),
  ];
  return `${lines.join('\n')}\n`;
}

const half = (ci: readonly [number, number]): number => (ci[1] - ci[0]) / 2;
const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const number = (value: number): string => Number(value.toPrecision(3)).toString();
const percent = (value: number): string => formatPercent(value, 0);
