import { DEFAULT_WORKERS_MAX, RUN_LIMITS } from './runLimits.js';

/**
 * Help of --workers, worded once for every command that runs replicates on worker threads, with
 * the default the check applies (runOptions.ts); `mode` prefixes it where the option applies to
 * one mode only ("Simulation mode: worker threads …").
 */
export function workersHelp(mode?: string): string {
  const help = `worker threads (default: CPU cores, at most ${DEFAULT_WORKERS_MAX}; more than the cores are capped); results do not depend on it`;
  return mode === undefined ? `${help.charAt(0).toUpperCase()}${help.slice(1)}` : `${mode}: ${help}`;
}

/** The --replicates limit as the help states it ("at most 100000"), from RUN_LIMITS. */
export const REPLICATES_LIMIT = `at most ${RUN_LIMITS.replicates}`;
