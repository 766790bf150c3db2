import { z } from 'zod';
import { RUN_LIMITS } from '../runOptions.js';

/** Options of `livelift fit`: the single source of truth for what the command accepts. */
export const FitOptionsSchema = z.strictObject({
  plan: z.string().min(1).describe('The plan that ran (scenario JSON): segments and times, products and prices, link, costs.'),
  viewers: z.array(z.string().min(1)).min(1).describe('Per-viewer CSV files (columns of simulate --export-viewers); several sessions via the replicate column or several files.'),
  minutes: z.array(z.string().min(1)).default([]).describe('Per-minute CSV files (columns of the report\'s timeline.csv: minute, orders, revenue; arrivals and replicate optional) of the same sessions as --viewers. They do not enter the estimates: each of their sessions with the same replicate value as one per-viewer session is checked against it (arrivals per minute, orders up to each minute, total orders and revenue), and files that contradict each other stop the fit (exit 2, naming file, row and column); their orders and revenue per minute are drawn against the fitted plan in the report.'),
  columns: z.string().optional().describe('Map a platform export onto our columns: ours=theirs[:unit],… (units s, ms, min, h for the two time columns).'),
  out: z.string().min(1).describe('Where to write the fitted scenario (a new file, or one livelift fit wrote).'),
  report: z.string().min(1).optional().describe('Also write a report folder (observed against fitted, estimates, checks).'),
  seed: z.number().int().min(0).max(RUN_LIMITS.seed).optional().describe('Seed of the simulation-based estimation (default: the plan\'s seed).'),
  simulations: z.number().int().min(1).max(RUN_LIMITS.fitSimulations).default(4).describe('Simulated sessions per candidate in the simulation-based estimation (default 4).'),
  checkReplicates: z.number().int().min(2).max(RUN_LIMITS.fitReplicates).default(20).describe('Simulated sessions of the fitted plan for the report\'s bands and checks (default 20).'),
});
export type FitOptions = z.output<typeof FitOptionsSchema>;
