/**
 * `livelift sweep <scenario> --param PATH --values LIST`: revenue and conversion for each value
 * of one scenario field, simulated with common random numbers, and the revenue-optimal value
 * with an interval.
 *
 *   scenario + --param/--values ─▶ a sweep experiment (validated per value) ─▶ runSweep
 *   ─▶ table | --json ─▶ --out DIR (result.json, tables/sweep.csv)
 */
export const sweepCommand = {
    command: 'sweep <scenario>',
    describe: 'Sweep one scenario field over values: revenue curve and the revenue-optimal value',
    builder: (yargs) => yargs
        .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (JSON; see livelift schema)' })
        .option('param', { type: 'string', demandOption: true, describe: 'Path of the field to sweep, e.g. products[0].price or plan[3].discountPercent' })
        .option('values', { type: 'string', demandOption: true, describe: 'Values: a list 79,99,129 or a range START:STOP:STEP (e.g. 49:199:25)' })
        .option('sessions', { type: 'number', describe: 'Sessions per value in each replicate (default 1)' })
        .option('replicates', { type: 'number', describe: 'Replicates (default 100)' })
        .option('workers', { type: 'number', describe: 'Worker threads (default: CPU cores, at most 4); results do not depend on it' })
        .option('seed', { type: 'number', describe: 'Random seed (default: the scenario\'s "seed"); 0 is a valid seed' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the whole result as JSON instead of the table' })
        .option('out', { type: 'string', describe: 'Also write result.json and tables/sweep.csv to this folder' })
        .example('$0 sweep scenarios/python-course-launch.json --param "products[0].price" --values 49:199:25', 'Revenue-optimal price'),
    handler: async (argv) => {
        const { sweepCommand: run } = await import('../../experiments/cli/sweepCommand.js');
        process.stdout.write(await run(argv));
    },
};
//# sourceMappingURL=sweep.js.map