import type { CommandModule } from 'yargs';
import { powerCommand } from './power.js';

/**
 * Every `livelift` command, in the order `--help` lists them. One line each; each module keeps
 * its heavy imports inside its handler.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  powerCommand,
];
