#!/usr/bin/env node
/**
 * The `livelift` command line.
 *
 *   argv → yargs (parse, validate options) → command handler → stdout / files
 *                                                 ↳ InputError → messages on stderr, exit 2
 *
 * Each command lives in `src/cli/commands/<name>.ts` and imports its heavy modules lazily inside
 * the handler, so that `livelift --help` and every command start in well under half a second.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';
import { InputError, formatProblem } from '../io/inputError.js';
export async function main(argv) {
    let exitCode = 0;
    const parser = yargs(argv)
        .scriptName('livelift')
        .usage('$0 <command> [options]')
        .strict()
        .demandCommand(1, 'Name a command; see livelift --help.')
        .recommendCommands()
        .help()
        .alias('h', 'help')
        .version(false)
        .wrap(Math.min(100, process.stdout.columns ?? 100))
        .fail((message, error) => {
        if (error)
            throw error;
        process.stderr.write(`livelift: ${message}\nRun livelift --help for usage.\n`);
        exitCode = 2;
        throw new UsageFailure();
    });
    for (const command of commands)
        parser.command(command);
    try {
        await parser.parseAsync();
    }
    catch (error) {
        if (error instanceof UsageFailure)
            return 2;
        if (error instanceof InputError) {
            for (const problem of error.problems)
                process.stderr.write(`livelift: ${formatProblem(problem)}\n`);
            return 2;
        }
        throw error;
    }
    return exitCode || Number(process.exitCode ?? 0);
}
class UsageFailure extends Error {
}
main(hideBin(process.argv)).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`livelift: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=main.js.map