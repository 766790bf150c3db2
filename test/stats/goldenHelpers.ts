import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { EffectEstimate } from '../../src/stats/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'stats');

/** A fixture written by test/fixtures/stats/make_core_fixtures.py. */
export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}

/** Fixture numbers: null stands for ±Infinity (JSON has none). */
export type Nullable = number | null;

export interface ExpectedEstimate {
  estimate: Nullable;
  se: Nullable;
  ci: [Nullable, Nullable];
  pValue: Nullable;
}

/**
 * |actual − expected| ≤ max(rel·|expected|, abs): 1e-6 relative, or 1e-9 absolute near zero.
 * An expected null means the actual value must be infinite.
 */
export function expectClose(actual: number, expected: Nullable, label: string, rel = 1e-6, abs = 1e-9): void {
  if (expected === null) {
    expect(Number.isFinite(actual), `${label}: expected ±Infinity, got ${actual}`).toBe(false);
    return;
  }
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  expect(Math.abs(actual - expected), `${label}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** p-values are compared relatively all the way down (1e-15 must be right to 1e-6). */
export function expectEstimate(actual: EffectEstimate, expected: ExpectedEstimate, label: string): void {
  expectClose(actual.estimate, expected.estimate, `${label} estimate`);
  expectClose(actual.se, expected.se, `${label} se`);
  expectClose(actual.ci[0], expected.ci[0], `${label} ci low`);
  expectClose(actual.ci[1], expected.ci[1], `${label} ci high`);
  expectClose(actual.pValue, expected.pValue, `${label} pValue`, 1e-6, 0);
  if (expected.ci[0] === null) expect(actual.ci[0]).toBe(-Infinity);
  if (expected.ci[1] === null) expect(actual.ci[1]).toBe(Infinity);
}
