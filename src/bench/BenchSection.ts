/** One measured figure. */
export interface BenchRow {
  /** What was run, e.g. `reference workload 1× (kernel only)`. */
  benchmark: string;
  /** What was measured, e.g. `events per second`. */
  metric: string;
  value: number;
  unit: string;
  /** How it was measured, or a caveat. */
  note?: string;
}

/** A group of benchmarks; `quick` asks for a shorter run (used by tests and smoke checks). */
export interface BenchSection {
  name: string;
  run(options: { quick: boolean }): Promise<BenchRow[]>;
}
