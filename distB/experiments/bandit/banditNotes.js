/**
 * Every note the bandit runner can attach to its result, with its message, in one place. Codes
 * are a public contract (they appear in `--json` output); add, never rename.
 */
export const BANDIT_NOTES = {
    WARMUP_RAISED: 'Thompson sampling with the reference prior needs 2 sessions per arm before its posteriors are proper; the burn-in was raised to 2',
    BEST_ARM_UNCERTAIN: 'the runner-up arm\'s true revenue per session is within Monte-Carlo error of the best one; regret and the best-arm share depend on which of them is called best: run more replicates',
    SHORT_SEASON: 'the warm-up takes more than half of the season, so Thompson sampling has little room to exploit what it learns',
};
export function banditNote(code) {
    return { code, message: BANDIT_NOTES[code] };
}
//# sourceMappingURL=banditNotes.js.map