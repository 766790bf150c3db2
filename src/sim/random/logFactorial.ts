import { log } from '../../math/index.js';

/**
 * ln(k!) for integers k ≥ 0: a table below 256 (sums of logs, exact to rounding), and above it
 * Stirling's series for ln Γ(k + 1) to the x⁻⁵ term, whose truncation error is below 1e-19 there.
 * Source: Abramowitz & Stegun (1964), 6.1.41.
 *
 * @example
 * logFactorial(5); // ln 120 = 4.787491742782046
 */
export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) return TABLE[k];
  const x = k + 1;
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  const series = inverse * (1 / 12 - inverseSquared * (1 / 360 - inverseSquared / 1260));
  return (x - 0.5) * log(x) - x + HALF_LOG_TWO_PI + series;
}

const TABLE_SIZE = 256;
const HALF_LOG_TWO_PI = 0.5 * log(2 * Math.PI);
const TABLE = buildTable();

function buildTable(): Float64Array {
  const table = new Float64Array(TABLE_SIZE);
  for (let k = 2; k < TABLE_SIZE; k++) table[k] = table[k - 1] + log(k);
  return table;
}
