import { InputError } from '../io/inputError.js';

/** Most values one sweep may try. */
export const MAX_SWEEP_VALUES = 64;

/**
 * The `--values` of `livelift sweep`: a comma-separated list (`79,99,129,149`; numbers stay
 * numbers, `true`/`false` become booleans, anything else a string such as `interest_matched`) or
 * a numeric range `START:STOP:STEP` (`49:199:25` → 49, 74, …, 199; STOP included when on the grid).
 *
 * @example parseSweepValues('49:149:50') // [49, 99, 149]
 */
export function parseSweepValues(text: string): (number | string | boolean)[] {
  const trimmed = text.trim();
  const range = /^(-?[\d.]+):(-?[\d.]+):([\d.]+)$/.exec(trimmed);
  const values = range ? rangeValues(Number(range[1]), Number(range[2]), Number(range[3])) : trimmed.split(',').map((part) => scalar(part.trim()));
  if (values.length < 2) fail(`give at least two values, e.g. 79,99,129 or 49:199:25; got "${text}"`);
  if (values.length > MAX_SWEEP_VALUES) fail(`at most ${MAX_SWEEP_VALUES} values, got ${values.length}`);
  if (values.some((value) => value === '')) fail(`empty value in "${text}"`);
  return values;
}

function rangeValues(start: number, stop: number, step: number): number[] {
  if (![start, stop, step].every(Number.isFinite) || !(step > 0) || stop < start) fail('a range is START:STOP:STEP with STEP > 0 and STOP ≥ START');
  const count = Math.floor((stop - start) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_VALUES) fail(`the range makes ${count} values; at most ${MAX_SWEEP_VALUES}`);
  // Rounded to 12 significant digits so that 0.1 steps give 0.3, not 0.30000000000000004.
  return Array.from({ length: count }, (_, i) => Number((start + i * step).toPrecision(12)));
}

function scalar(text: string): number | string | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  const number = Number(text);
  return text !== '' && Number.isFinite(number) ? number : text;
}

function fail(message: string): never {
  throw new InputError({ path: '--values', message });
}
