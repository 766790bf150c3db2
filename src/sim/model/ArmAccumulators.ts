import type { MetricStats } from '../../stats/sufficientStats.js';

/** Per-viewer metrics accumulated per arm, in this order. */
export const ARM_METRICS = ['conversion', 'revenue', 'watchSeconds', 'interactions', 'orders'] as const;
export type ArmMetric = (typeof ARM_METRICS)[number];
const M = ARM_METRICS.length;

/**
 * Sufficient statistics (n, Σx, Σx²) per arm of each per-viewer metric: conversion (0/1 bought),
 * revenue, watch time, interactions and orders. Added as each viewer leaves, so an experiment gets
 * per-arm statistics from one shared room without keeping any viewer.
 */
export class ArmAccumulators {
  private readonly n: Float64Array;
  private readonly sums: Float64Array;
  private readonly squares: Float64Array;

  constructor(readonly arms: number) {
    this.n = new Float64Array(arms);
    this.sums = new Float64Array(arms * M);
    this.squares = new Float64Array(arms * M);
  }

  /** Add one viewer's values, in {@link ARM_METRICS} order. */
  add(arm: number, conversion: number, revenue: number, watchSeconds: number, interactions: number, orders: number): void {
    this.n[arm]++;
    const o = arm * M;
    this.put(o, conversion);
    this.put(o + 1, revenue);
    this.put(o + 2, watchSeconds);
    this.put(o + 3, interactions);
    this.put(o + 4, orders);
  }

  stats(arm: number, metric: ArmMetric): MetricStats {
    const index = arm * M + ARM_METRICS.indexOf(metric);
    return { n: this.n[arm], sum: this.sums[index], sumSquares: this.squares[index] };
  }

  private put(index: number, value: number): void {
    this.sums[index] += value;
    this.squares[index] += value * value;
  }
}
