import { effectSize } from './sampleSizeForEffect.js';
import { powerAtDelta, powerForEffect } from './powerForEffect.js';
import { absoluteEffect, validateDesign, type Effect, type EffectSize, type PowerDesign } from './powerDesign.js';

/** One point of a power curve. */
export interface PowerPoint {
  readonly totalUnits: number;
  readonly effect: EffectSize;
  readonly power: number;
}

/**
 * Power against effect size for a fixed total sample: the data of a power curve (chart builders
 * turn it into a vega-lite spec). Each point is `powerForEffect`. O(points).
 */
export function powerCurve(design: PowerDesign, totalUnits: number, effects: readonly Effect[]): PowerPoint[] {
  validateDesign(design);
  return effects.map((effect) => ({
    totalUnits,
    effect: effectSize(design, absoluteEffect(design, effect)),
    power: powerForEffect(design, totalUnits, effect),
  }));
}

/** Power against total sample size for a fixed effect. O(points). */
export function sampleSizeCurve(design: PowerDesign, effect: Effect, totals: readonly number[]): PowerPoint[] {
  validateDesign(design);
  const delta = absoluteEffect(design, effect);
  return totals.map((totalUnits) => ({ totalUnits, effect: effectSize(design, delta), power: powerAtDelta(design, totalUnits, delta) }));
}

/** `count` evenly spaced effects from `to / count` to `to` (never 0, which no test detects). */
export function effectGrid(to: number, count: number, relative: boolean): Effect[] {
  return Array.from({ length: count }, (_, i) => ({ value: (to * (i + 1)) / count, relative }));
}
