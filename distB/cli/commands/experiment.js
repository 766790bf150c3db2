/**
 * `livelift experiment <file>`: simulate an A/B/n or factorial test many times on the live-session
 * model and report what a real test would conclude (power, false positives, bias, coverage)
 * against the model's true effect, with a recommendation.
 *
 *   file ─▶ loadExperiment ─▶ runExperiment (worker threads) ─▶ table | --json ─▶ --out DIR
 *
 * Heavy modules are imported inside the handler.
 */
export const experimentCommand = {
    command: 'experiment <file>',
    describe: 'Simulate an experiment: arms, randomization unit, power, bias and a recommendation',
    builder: (yargs) => yargs
        .positional('file', { type: 'string', demandOption: true, describe: 'Experiment file (JSON; see livelift schema experiment)' })
        .option('replicates', { type: 'number', describe: 'Simulated tests (default: the file\'s "replicates", else 200)' })
        .option('workers', { type: 'number', describe: 'Worker threads (default: CPU cores, at most 4); results do not depend on it' })
        .option('seed', { type: 'number', describe: 'Random seed (default: the file\'s "seed", else 1); 0 is a valid seed' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the whole result as JSON instead of the tables' })
        .option('out', { type: 'string', describe: 'Also write result.json and tables/*.csv to this folder' })
        .example('$0 experiment scenarios/experiments/link-placement.json', 'Pinned vs popup vs description-only link')
        .example('$0 experiment host-strategy.json --replicates 500 --json > result.json', 'Machine-readable result'),
    handler: async (argv) => {
        const { experimentCommand: run } = await import('../../experiments/cli/experimentCommand.js');
        process.stdout.write(await run(argv));
    },
};
//# sourceMappingURL=experiment.js.map