#!/usr/bin/env node
/**
 * The `livelift` command line.
 *
 *   argv → yargs (parse options) → command handler → stdout / files
 *            ↳ InputError, a file or disk problem (ENOENT, EACCES, ENOSPC, EPIPE…) → one line each, exit 2
 *            ↳ anything else (a bug) → one line and where to report it, exit 1
 *   SIGINT / SIGTERM → every temporary removed → exit 130 / 143
 *
 * Each command lives in `src/cli/commands/<name>.ts` and imports its heavy modules lazily inside
 * the handler, so that `livelift --help` and every command start in well under half a second.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { liveliftVersion } from '../io/liveliftVersion.js';
import { removeLiveTemporaries } from '../io/temporaries.js';
import { attachNegativeValues } from './attachNegativeValues.js';
import { commands } from './commands/index.js';
import { describeFailure } from './describeFailure.js';

export async function main(argv: string[]): Promise<number> {
  const parser = yargs(attachNegativeValues(argv))
    .scriptName('livelift')
    .usage('$0 <command> [options]')
    .strict()
    .demandCommand(1, 'Name a command; see livelift --help.')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version('version', 'Print the livelift version', liveliftVersion())
    .alias('V', 'version')
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageFailure(message);
    });
  for (const command of commands) parser.command(command);
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof UsageFailure) {
      process.stderr.write(`livelift: ${error.message}\nRun livelift --help for usage.\n`);
      return 2;
    }
    const failure = describeFailure(error);
    process.stderr.write(`${failure.lines.join('\n')}\n`);
    return failure.exitCode;
  }
  return Number(process.exitCode ?? 0);
}

class UsageFailure extends Error {}

/** Remove every temporary and exit as a shell expects after a signal (128 + its number). */
function onSignal(signal: 'SIGINT' | 'SIGTERM', code: number): void {
  process.on(signal, () => {
    removeLiveTemporaries();
    process.stderr.write(`\nlivelift: stopped by ${signal}; no partial output left\n`);
    process.exit(code);
  });
}

/** A closed stdout or stderr (`livelift schema | head`) is an I/O condition, not a crash. */
function onStreamError(stream: NodeJS.WriteStream, name: string): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    removeLiveTemporaries();
    if (name === 'standard output') {
      const failure = describeFailure(Object.assign(error, { path: name }));
      try {
        process.stderr.write(`${failure.lines.join('\n')}\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left.
      }
    }
    process.exit(2);
  });
}

onSignal('SIGINT', 130);
onSignal('SIGTERM', 143);
onStreamError(process.stdout, 'standard output');
onStreamError(process.stderr, 'standard error');
main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${describeFailure(error).lines.join('\n')}\n`);
    process.exitCode = 1;
  },
);
