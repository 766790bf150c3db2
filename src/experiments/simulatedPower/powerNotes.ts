/**
 * Every note power planning can attach to its result, with its message, in one place. Codes are
 * a public contract (they appear in `--json` output); add, never rename.
 */
export const POWER_NOTES = {
  TARGET_NOT_REACHED:
    'the target power was not reached at the largest size simulated (--max-sessions, default 200 per arm); the size shown is extrapolated from the fitted curve: the effect is too small for a practical live test',
  TARGET_MET_AT_MINIMUM: 'the smallest size tried already reaches the target power; the required size is the minimum',
  FIT_FAILED: 'the probit curve could not be fitted to the simulated points; the required size is the smallest simulated size that reached the target',
  NO_ANALYTIC_FORMULA:
    'no analytic formula applies (a ratio metric, a rate of 0 or 1, no variation, or an effect against a one-sided alternative); only the simulated size is given',
  SIMULATED_BELOW_ANALYTIC:
    'the naive analytic size is above the 95% interval of the simulated one: the simulated test detects the effect more often than the formula expects (CUPED, or a metric whose spread the formula misjudges; with few replicates it can also be chance); check the design, and plan for the larger size if unsure',
  FEW_SESSIONS:
    'the required size is under 30 sessions per arm: the session-level test then rests on few sessions (its CR1 variance with a t reference keeps false positives near alpha, but one unusual session weighs a lot); keep a margin above this size',
} as const;

export type PowerNoteCode = keyof typeof POWER_NOTES;

export function powerNote(code: PowerNoteCode): { code: PowerNoteCode; message: string } {
  return { code, message: POWER_NOTES[code] };
}
