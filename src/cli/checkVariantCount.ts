import type { AggregatedData } from '../analysis/input/AggregatedData.js';
import { InputError } from '../io/inputError.js';
import { RUN_LIMITS } from './runOptions.js';

/**
 * Refuse an analysis with more than RUN_LIMITS.variants arms (exit 2, naming the option and the
 * file): each arm is a row of every table and a mark in every chart, and 1,000 arms with --out
 * once overflowed vega's call stack after the whole file had been read.
 * @returns the data unchanged when it is within the limit.
 */
export function checkVariantCount(data: AggregatedData, options: { file?: string; summary?: string; variant?: string }): AggregatedData {
  const count = data.variants.length;
  if (count <= RUN_LIMITS.variants) return data;
  const summary = options.file === undefined;
  const where = summary ? `the summary ${options.summary ?? ''}` : `column "${options.variant ?? ''}" of ${options.file}`;
  throw new InputError({
    path: summary ? '--summary' : '--variant',
    message: `${count.toLocaleString('en-US')} variants in ${where}; livelift analyzes at most ${RUN_LIMITS.variants} in one run: check that the column names the arm, or keep only the arms you compare`,
  });
}
