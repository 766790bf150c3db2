import { z } from 'zod';
/**
 * The `input` block every simulated-experiment result carries (experiment, sweep, power, bandit:
 * src/experiments/output/ExperimentResult.ts and siblings): the experiment as parsed and the base
 * scenario, so the report can show the exact input and the command that reproduces it.
 */
export const ExperimentInputSchema = z
    .looseObject({
    file: z.string().nullable().describe('Experiment file as the user named it (null for a command-line sweep)'),
    scenarioFile: z.string().nullable().describe('Base scenario file, when the experiment named one'),
    experiment: z.looseObject({}).describe('The experiment as parsed, every default filled in'),
    scenario: z.looseObject({ name: z.string().optional().describe('Scenario name'), currency: z.string().optional().describe('Currency of revenue (default CNY)') }).describe('The base scenario as parsed'),
})
    .describe('What reproduces the result');
/** Provenance of a simulated-experiment result: version, the reproducing command, seed, input. */
export function experimentProvenance(result, command) {
    return {
        version: result.version,
        command,
        seeds: [result.seed],
        ...(result.input.file === null ? {} : { inputFile: result.input.file }),
        input: { experiment: result.input.experiment, scenario: result.input.scenario },
    };
}
/** Currency of the base scenario (the simulator's default is CNY). */
export function inputCurrency(input) {
    return input.scenario.currency ?? 'CNY';
}
//# sourceMappingURL=experimentInput.js.map