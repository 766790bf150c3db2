/**
 * The fixed equal split a team would plan without a bandit: sessions rotate through the arms in
 * order (0, 1, …, A − 1, 0, 1, …), so over S sessions each arm runs ⌊S/A⌋ or ⌈S/A⌉ of them and
 * no arm is favoured early or late in the season (when the follower base is smaller or larger).
 */
export function fixedSplit(arms) {
    if (!(Number.isInteger(arms) && arms >= 1))
        throw new RangeError(`fixedSplit: arms must be an integer ≥ 1, got ${arms}`);
    return { name: 'fixed', choose: (session) => session % arms };
}
/** Every session to one arm: the oracle runs that measure each arm's true revenue per session. */
export function alwaysArm(arm, label = String(arm)) {
    return { name: `always:${label}`, choose: () => arm };
}
//# sourceMappingURL=fixedSplit.js.map