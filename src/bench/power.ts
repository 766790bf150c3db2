import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchRow, BenchSection } from './BenchSection.js';

/**
 * Power planning (`livelift power <experiment>`): wall time of the README example,
 * `livelift power scenarios/experiments/host-strategy.json --target-power 0.8`, on two worker
 * threads, in a fresh Node process (start-up, loading, the session pool, the resampled tests and
 * the output: what a user waits for). Issue 12 asks for under 60 s on two cores. `--quick` runs a
 * small pool and few replicates (a smoke check, not the figure).
 */
const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const EXPERIMENT = fileURLToPath(new URL('../../scenarios/experiments/host-strategy.json', import.meta.url));

export const powerSection: BenchSection = {
  name: 'power',
  async run({ quick }) {
    const args = [CLI, 'power', EXPERIMENT, '--target-power', '0.8', '--workers', '2', '--json', ...(quick ? ['--replicates', '5', '--pool-sessions', '20'] : [])];
    const start = process.hrtime.bigint();
    const { stdout } = await run(process.execPath, args, { maxBuffer: 64 << 20 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const result = JSON.parse(stdout) as { required: { sessionsPerArm: number | null }; monteCarlo?: { poolSessionsPerArm: number; testsPerSize: number } };
    const pool = result.monteCarlo;
    const note = `${quick ? 'quick: ' : ''}host-strategy.json, 2 workers${pool ? `, pool ${pool.poolSessionsPerArm} sessions per arm, ${pool.testsPerSize} tests per size` : ''}; measured under shared load on a 2-core machine`;
    const rows: BenchRow[] = [
      { benchmark: 'power planning, README example (host-strategy, target 80%)', metric: 'wall time', value: seconds, unit: 's', note },
      { benchmark: 'power planning, README example (host-strategy, target 80%)', metric: 'required sessions per arm', value: result.required.sessionsPerArm ?? NaN, unit: 'sessions', note },
    ];
    return rows;
  },
};
