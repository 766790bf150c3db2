import type { BanditResultData, ResultWithInput } from '../../results/index.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { Experiment } from '../schema/experimentSchema.js';
import type { SeasonSettings } from '../season/seasonSettings.js';
import type { BanditNoteCode } from './banditNotes.js';

/** One arm of a bandit season. */
export type BanditArmSummary = BanditResultData['arms'][number];

/**
 * What `livelift experiment <bandit file> --json` prints and `--out` saves as result.json: the
 * schema's type (src/results/banditResult.ts, every field described there), with the experiment's
 * own types where the schema keeps plain values (the input, the season settings, the note codes).
 */
export type BanditResult = Omit<ResultWithInput<BanditResultData, Experiment, Scenario>, 'season' | 'notes'> & {
  readonly season: SeasonSettings;
  readonly notes: { readonly code: BanditNoteCode; readonly message: string }[];
};
