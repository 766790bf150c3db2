import { availableParallelism } from 'node:os';
import { InputError } from '../../io/inputError.js';
/** Largest --replicates accepted on the command line. */
export const MAX_REPLICATES = 1_000_000;
/**
 * Check --seed, --replicates and --workers, falling back to the file's seed and replicates and to
 * one worker per core (at most 4). Every problem is reported at once, named by its option.
 */
export function checkRunArguments(argv, defaults) {
    const problems = [];
    const seed = argv.seed ?? defaults.seed;
    const replicates = argv.replicates ?? defaults.replicates;
    const workers = argv.workers ?? defaultWorkers();
    if (!(Number.isInteger(seed) && seed >= 0 && seed <= 2 ** 32 - 1))
        problems.push({ path: '--seed', message: `must be a whole number from 0 to 4294967295, got ${argv.seed}` });
    if (!(Number.isInteger(replicates) && replicates >= 1 && replicates <= MAX_REPLICATES)) {
        problems.push({ path: '--replicates', message: `must be a whole number from 1 to ${MAX_REPLICATES}, got ${argv.replicates}` });
    }
    if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256))
        problems.push({ path: '--workers', message: `must be a whole number from 1 to 256, got ${argv.workers}` });
    if (problems.length > 0)
        throw new InputError(problems);
    return { seed, replicates, workers };
}
function defaultWorkers() {
    return Math.max(1, Math.min(4, availableParallelism()));
}
//# sourceMappingURL=runOptions.js.map