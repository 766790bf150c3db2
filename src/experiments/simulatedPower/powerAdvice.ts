import type { PowerAdvice, PowerResult } from './PowerResult.js';

/**
 * Simulation or formula: the naive per-viewer formula assumes independent viewers and a normal
 * test statistic; the simulated test sees what the formula leaves out (sessions that differ:
 * host, room, audience, session-level random effects; viewers who influence each other; the
 * test's small-sample behaviour). For a viewer or switchback test whose formula size lies inside a
 * tight (at most twofold) 95% Monte-Carlo interval, the two agree and the formula (free of
 * Monte-Carlo error) may be used; otherwise, and always for session-randomized tests (whose
 * sessions differ), the simulation, with the discrepancy stated. The cluster-trial formula on the
 * simulated sessions, when there is one, is compared the same way.
 */
export function powerAdvice(result: Omit<PowerResult, 'advice'>): PowerAdvice {
  const exact = result.required.exactSessionsPerArm;
  const interval = result.required.interval;
  const words = result.sizeUnit === 'sessions' ? 'sessions per arm' : 'shared sessions';
  if (exact === null || interval === null) {
    return { trust: 'simulation', message: 'the simulated curve gives no required size; plan with the simulated points shown and a larger test' };
  }
  const inside = (size: number) => size >= (interval[0] ?? 0) && size <= (interval[1] ?? Infinity);
  const simulated = `the simulation needs ${count(exact)} ${words} (95% Monte-Carlo interval ${count(interval[0] ?? 0)}–${interval[1] === null ? '∞' : count(interval[1])})`;
  const sees =
    result.unit.kind === 'session'
      ? 'it analyses whole sessions and includes how sessions differ (host, room, audience, session-level random effects)'
      : 'it includes viewers who influence each other in a shared room (social proof, crowd) and the test as analysed';
  const analytic = result.analytic;
  const clustered = result.clusteredAnalyticSessionsPerArm ?? null;
  const parts: string[] = [];
  if (analytic !== null) {
    const ratio = exact / analytic.sessionsPerArm;
    parts.push(
      inside(analytic.sessionsPerArm)
        ? `the per-viewer formula (${count(analytic.sessionsPerArm)}, which assumes independent viewers and a normal test statistic) lies inside that interval`
        : `the per-viewer formula says ${count(analytic.sessionsPerArm)}, ${ratio >= 1 ? `${fixed(ratio)}× fewer` : `${fixed(1 / ratio)}× more`} than the simulation, because it assumes independent viewers and a normal test statistic`,
    );
  }
  if (clustered !== null) {
    parts.push(
      inside(clustered)
        ? `the cluster-trial formula on the simulated sessions (${count(clustered)}) agrees: at this size the session-level test is close to normal`
        : `the cluster-trial formula on the simulated sessions says ${count(clustered)}, outside the interval: the session-level test is not yet normal at this size (few sessions, skewed sessions)`,
    );
  }
  // A wide interval contains nearly any formula: agreement then says nothing.
  const tight = interval[1] !== null && interval[1] <= 2 * (interval[0] ?? 0);
  const wide = tight
    ? []
    : [
        result.method === 'session-pool'
          ? 'the interval is wide because the effect is small beside how sessions vary: more simulated sessions (--pool-sessions) narrow it'
          : 'the interval is wide: more replicates (--replicates) narrow it',
      ];
  const formulaAgrees = result.unit.kind !== 'session' && tight && analytic !== null && inside(analytic.sessionsPerArm);
  return {
    trust: formulaAgrees ? 'formula' : 'simulation',
    message: formulaAgrees
      ? `use either: ${simulated}, and ${parts.join('; ')}`
      : `use the simulation: ${simulated}; ${sees}${[...parts, ...wide].map((part) => `; ${part}`).join('')}`,
  };
}

const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const fixed = (value: number): string => (value >= 10 ? value.toFixed(0) : value.toFixed(1));
