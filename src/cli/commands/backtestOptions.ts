import { z } from 'zod';
import { RUN_LIMITS } from '../runOptions.js';

/** Options of `livelift backtest`: the single source of truth for what the command accepts. */
export const BacktestOptionsSchema = z.strictObject({
  plan: z.string().min(1).describe('The plan that ran (scenario JSON).'),
  viewers: z.array(z.string().min(1)).min(1).describe('Per-viewer CSV files of at least two past sessions (replicate column or several files).'),
  columns: z.string().optional().describe('Map a platform export onto our columns: ours=theirs[:unit],…'),
  out: z.string().min(1).optional().describe('Also write a folder: backtest.json, totals.csv, minutes.csv.'),
  seed: z.number().int().min(0).max(RUN_LIMITS.seed).optional().describe('Seed of the fits and predictions (default: the plan\'s seed).'),
  simulations: z.number().int().min(1).max(RUN_LIMITS.fitSimulations).default(4).describe('Simulated sessions per candidate in each fit\'s simulation-based estimation (default 4).'),
  predictions: z.number().int().min(5).max(RUN_LIMITS.fitReplicates).default(20).describe('Simulated sessions of each fitted plan for the prediction intervals (default 20).'),
});
export type BacktestOptions = z.output<typeof BacktestOptionsSchema>;
