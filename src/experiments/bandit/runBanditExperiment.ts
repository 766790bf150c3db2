import { InputError } from '../../io/inputError.js';
import { siblingModuleUrl } from '../../parallel/index.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import { runReplicates, runSeed, type RunOptions } from '../run/runReplicates.js';
import type { SeasonPayload } from '../season/SeasonPayload.js';
import type { SeasonSettings } from '../season/seasonSettings.js';
import { assembleBanditResult } from './assembleBanditResult.js';
import type { BanditReplicate } from './banditSummary.js';
import type { BanditResult } from './BanditResult.js';
import type { NormalInverseGamma } from './normalInverseGamma.js';
import { minimumWarmup } from './thompsonSampling.js';

/** How to run: replicates, seed and workers (the command line's choices over the file's), and the bandit's own. */
export interface BanditRunOptions extends RunOptions {
  /** Prior of every arm's revenue per session, over the file's `design.prior`. */
  readonly prior?: NormalInverseGamma;
  /** What returning followers carry, over the file's `design.season`. */
  readonly season?: SeasonSettings;
}

/**
 * Run a bandit experiment: a season of sessions allocated among arms (e.g. three hosts) by
 * Thompson sampling, against a fixed equal split, with followers carried between sessions.
 *
 *   load ─▶ payload (arm scenarios, season, prior, warm-up) ─▶ replicates on workers: one
 *   season per policy on common random numbers (Thompson, fixed split, always-arm-a for each a)
 *   ─▶ banditSummary (true revenue per arm, regret, best-arm share, paired difference)
 *   + seasonSummary per policy ─▶ recommendation ─▶ result
 *
 * Byte-identical for any number of workers (results come back in replicate order).
 */
export async function runBanditExperiment(loaded: LoadedExperiment, options: BanditRunOptions = {}): Promise<BanditResult> {
  const design = loaded.experiment.design;
  if (design.kind !== 'bandit') throw new InputError({ file: loaded.file, path: 'design.kind', message: `the bandit runner runs bandit designs, not "${design.kind}"` });
  const seed = runSeed(loaded, options);
  const prior = options.prior ?? design.prior;
  const warmupSessionsPerArm = Math.max(design.burnInSessionsPerArm, minimumWarmup(prior));
  const payload: SeasonPayload = {
    arms: loaded.arms.map((arm) => ({ name: arm.name, scenario: arm.scenario, treatment: arm.treatment })),
    sessionsPerSeason: design.sessionsPerSeason,
    seed,
    settings: options.season ?? design.season,
    bandit: { prior, warmupSessionsPerArm, compareWithFixedSplit: design.compareWithFixedSplit },
  };
  const raws = await runReplicates<SeasonPayload, BanditReplicate>(loaded, options, siblingModuleUrl('./banditTask', import.meta.url), payload);
  return assembleBanditResult({ loaded, payload, replicates: raws, warmupRaised: warmupSessionsPerArm > design.burnInSessionsPerArm });
}
