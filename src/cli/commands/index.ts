import type { CommandModule } from 'yargs';
import { reportCommand } from './report.js';
import { powerCommand } from './power.js';
import { analyzeCommand } from './analyze.js';
import { simulateCommand } from './simulate.js';
import { schemaCommand } from './schema.js';
import { demoCommand } from './demo.js';
import { experimentCommand } from './experiment.js';
import { sweepCommand } from './sweep.js';
import { serveCommand } from './serve.js';
import { fitCommand } from './fit.js';
import { backtestCommand } from './backtest.js';

/**
 * Every `livelift` command, in the order `--help` lists them. One line each; each module keeps
 * its heavy imports inside its handler.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  simulateCommand,
  experimentCommand,
  sweepCommand,
  powerCommand,
  analyzeCommand,
  fitCommand,
  backtestCommand,
  reportCommand,
  schemaCommand,
  demoCommand,
  serveCommand,
];
