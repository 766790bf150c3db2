import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSection } from './BenchSection.js';
import { answerAsChild, runInChild } from './childProcess.js';

/**
 * Power planning (`livelift power <experiment>`): the README example,
 * `livelift power scenarios/experiments/host-strategy.json --target-power 0.8`, on two worker
 * threads, in a fresh Node process: loading, the session pool, the resampled tests and the
 * result. Issue 12 asks for under 60 s on two cores. Reported: wall time, and the CPU time of the
 * process (user + system, worker threads included), which on a loaded machine bounds what two
 * idle cores would take (wall ≥ CPU / 2). `--quick` runs a small pool and few replicates (a smoke
 * check, not the figure).
 */
const EXPERIMENT = fileURLToPath(new URL('../../scenarios/experiments/host-strategy.json', import.meta.url));

interface PowerTiming {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly required: number | null;
  readonly pool: number | null;
  readonly tests: number | null;
}

async function planOnce(quick: boolean): Promise<PowerTiming> {
  const { loadExperiment } = await import('../experiments/load/loadExperiment.js');
  const { planPowerBySimulation } = await import('../experiments/simulatedPower/planPowerBySimulation.js');
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const loaded = loadExperiment(EXPERIMENT);
  const replicates = quick ? 5 : loaded.experiment.replicates;
  const result = await planPowerBySimulation(loaded, { seed: loaded.experiment.seed, replicates, workers: 2, targetPower: 0.8, ...(quick ? { poolSessions: 20 } : {}) });
  const used = process.cpuUsage(cpu);
  return {
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    cpuSeconds: (used.user + used.system) / 1e6,
    required: result.required.sessionsPerArm,
    pool: result.monteCarlo?.poolSessionsPerArm ?? null,
    tests: result.monteCarlo?.testsPerSize ?? null,
  };
}

export const powerSection: BenchSection = {
  name: 'power',
  async run({ quick }) {
    const timing = await runInChild<PowerTiming>(import.meta.url, ['plan', quick ? 'quick' : 'full']);
    const note = `${quick ? 'quick: ' : ''}host-strategy.json, 2 workers, pool ${timing.pool} sessions per arm, ${timing.tests} tests per size; measured under shared load on a 2-core machine`;
    const benchmark = 'power planning, README example (host-strategy, target 80%)';
    const rows: BenchRow[] = [
      { benchmark, metric: 'wall time', value: timing.seconds, unit: 's', note },
      { benchmark, metric: 'CPU time (user + system, all threads)', value: timing.cpuSeconds, unit: 's', note },
      { benchmark, metric: 'required sessions per arm', value: timing.required ?? NaN, unit: 'sessions', note },
    ];
    return rows;
  },
};

answerAsChild(import.meta.url, { plan: (args) => planOnce(args[0] === 'quick') });
