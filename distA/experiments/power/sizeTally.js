/** Count, per contrast, the replicates significant with a positive and with a negative estimate. */
export function tally(run) {
    const contrasts = run.primary[0]?.length ?? 0;
    const positive = new Array(contrasts).fill(0);
    const negative = new Array(contrasts).fill(0);
    for (const comparisons of run.primary) {
        comparisons.forEach((comparison, c) => {
            if (comparison.significant && comparison.absolute.estimate > 0)
                positive[c]++;
            if (comparison.significant && comparison.absolute.estimate < 0)
                negative[c]++;
        });
    }
    const viewers = run.viewers[0].map((_, arm) => run.viewers.reduce((sum, perArm) => sum + perArm[arm], 0));
    return { positive, negative, trials: run.primary.length, viewers };
}
/** Control-group viewers per unit of sessionsPerArm, over every simulated size. */
export function controlViewersPerSession(tallies, planned) {
    let viewers = 0;
    let sessions = 0;
    for (const [size, t] of tallies) {
        viewers += planned.contrast.control.reduce((sum, arm) => sum + t.viewers[arm], 0);
        sessions += size * t.trials;
    }
    return viewers / sessions;
}
//# sourceMappingURL=sizeTally.js.map