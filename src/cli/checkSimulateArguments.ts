import { InputError } from '../io/inputError.js';
import type { Scenario } from '../sim/scenario/index.js';
import { checkRunArguments, MAX_RESULT_CHARACTERS } from './runOptions.js';

/** The options of `livelift simulate` as yargs parsed them. */
export interface SimulateArguments {
  scenario: string;
  seed?: number;
  replicates: number;
  workers?: number;
  json: boolean;
  out?: string;
  exportViewers?: string;
}

/**
 * Check the numeric options (limits in runOptions.ts, shared by every command), then that the
 * result fits in one JSON text: refused before any work, with the estimate.
 */
export function checkSimulateArguments(argv: SimulateArguments, scenario: Scenario): { seed: number; replicates: number; workers: number } {
  const checked = checkRunArguments(argv, { seed: scenario.seed, replicates: 10 });
  const perReplicate = estimatedReplicateCharacters(scenario);
  const estimate = RESULT_BASE_CHARACTERS + checked.replicates * perReplicate;
  if (estimate > MAX_RESULT_CHARACTERS) {
    const fits = Math.floor((MAX_RESULT_CHARACTERS - RESULT_BASE_CHARACTERS) / perReplicate);
    throw new InputError({
      path: '--replicates',
      message: `${checked.replicates} replicates of a ${scenario.session.durationMinutes}-minute session make a result of about ${Math.round(estimate / 1e6)} MB (${Math.round(perReplicate / 1e3)} kB each); at most ${MAX_RESULT_CHARACTERS / 1e6} MB fit in memory as one result: run at most ${fits} replicates`,
    });
  }
  return checked;
}

/** Characters of a simulation result's summary parts (measured: about 30 kB for the shipped plans). */
const RESULT_BASE_CHARACTERS = 100_000;

/**
 * Characters of one replicate in the JSON result: its per-minute timeline dominates (measured on
 * the shipped scenarios: 24.5 kB per replicate for 60 minutes, 35 kB for 90, 44 kB for 120, i.e.
 * about 260 characters a minute plus segments, products and totals); rounded up.
 */
function estimatedReplicateCharacters(scenario: Scenario): number {
  return 4_000 + 330 * scenario.session.durationMinutes + 600 * scenario.audience.segments.length + 200 * scenario.products.length;
}
