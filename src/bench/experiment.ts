import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSection } from './BenchSection.js';

/**
 * Simulated experiments (`livelift experiment`): replicates per second of a 2-arm experiment on
 * one and on two worker threads, on the shipped base scenario (about 2,100 viewers per
 * 75-minute session):
 * - viewer unit: the first two arms of link-placement.json (pinned vs pop-up link in one shared
 *   room), 2 shared sessions per replicate, each with 2 potential-outcome sessions: 6 sessions;
 * - session unit: host-strategy.json (trial lesson first vs hard sell), 8 sessions per arm:
 *   16 test sessions + 8 more for the potential outcomes: 24 sessions.
 * Wall time of `runExperiment` (simulation, analysis, aggregation) after a one-replicate
 * warm-up in this process.
 */
const FOLDER = new URL('../../scenarios/experiments/', import.meta.url);
const LOAD_NOTE = 'measured under shared load on a 2-core machine';

async function timeExperiment(file: string, replicates: number, workers: number): Promise<{ seconds: number; sessions: number }> {
  const { parseExperiment } = await import('../experiments/load/loadExperiment.js');
  const { runExperiment } = await import('../experiments/run/runExperiment.js');
  const path = fileURLToPath(new URL(file, FOLDER));
  const json = JSON.parse(readFileSync(path, 'utf8')) as { design: { arms: unknown[] } };
  json.design.arms = json.design.arms.slice(0, 2);
  const loaded = parseExperiment(json, { file: path, baseDir: dirname(path) });
  await runExperiment(loaded, { replicates: 1, workers: 1 });
  const start = process.hrtime.bigint();
  await runExperiment(loaded, { replicates, workers });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, sessions: sessionsPerReplicate(loaded.experiment.unit.kind, loaded.arms.length, loaded.experiment.sessionsPerArm) * replicates };
}

/** Sessions simulated per replicate: the test plus the potential outcomes not already simulated. */
function sessionsPerReplicate(unit: string, arms: number, sessionsPerArm: number): number {
  return unit === 'session' ? arms * sessionsPerArm + (arms - 1) * sessionsPerArm : sessionsPerArm * (1 + arms);
}

async function rows(label: string, file: string, replicates: number): Promise<BenchRow[]> {
  const one = await timeExperiment(file, replicates, 1);
  const two = await timeExperiment(file, replicates, 2);
  const note = `${replicates} replicates; ${LOAD_NOTE}`;
  return [
    { benchmark: `${label}, 1 worker`, metric: 'replicates per second', value: replicates / one.seconds, unit: 'replicates/s', note },
    { benchmark: `${label}, 1 worker`, metric: 'sessions simulated per second', value: one.sessions / one.seconds, unit: 'sessions/s', note },
    { benchmark: `${label}, 2 workers`, metric: 'replicates per second', value: replicates / two.seconds, unit: 'replicates/s', note },
    { benchmark: `${label}, 2 workers`, metric: 'speed-up over 1 worker', value: one.seconds / two.seconds, unit: '×', note },
  ];
}

export const experimentSection: BenchSection = {
  name: 'experiment',
  async run({ quick }) {
    const replicates = quick ? 4 : 40;
    return [
      ...(await rows('2-arm experiment, viewer unit (link-placement: pinned vs popup)', 'link-placement.json', replicates)),
      ...(await rows('2-arm experiment, session unit, 8 sessions per arm (host-strategy)', 'host-strategy.json', quick ? 2 : 10)),
    ];
  },
};
