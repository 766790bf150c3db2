import type { TopLevelSpec } from 'vega-lite';
import type { CellValue, ReportColumn, ReportTable } from '../format/reportTable.js';

export type { CellValue, ReportColumn, ReportTable };

/**
 * A report is data: everything `writeReport` needs to write a self-contained report folder.
 * Builders (`buildSimulationReport`, `buildAnalysisReport`...) make one from a command's result;
 * nothing here renders or writes.
 */
export interface Report {
  /** The result kind this report was built from ("simulation", "analysis"...). */
  readonly kind: string;
  readonly title: string;
  /** Short plain-language summary, one paragraph per entry. */
  readonly summary: readonly string[];
  /** Data conditions the reader should know about (coded warnings from the engine). */
  readonly warnings: readonly string[];
  readonly charts: readonly ReportChart[];
  readonly tables: readonly ReportTable[];
  /** Methodology: the model and the tests used, one paragraph per entry. */
  readonly methodology: readonly string[];
  readonly provenance: Provenance;
  /** The command's result exactly as saved in `result.json` (must carry a `kind` field). */
  readonly result: unknown;
}

export interface ReportChart {
  /** File-name stem: lower-case letters, digits and dashes (e.g. "funnel"). */
  readonly name: string;
  readonly title: string;
  /** One or two sentences saying how to read the chart. */
  readonly caption: string;
  readonly spec: TopLevelSpec;
}

/** What is needed to reproduce the result exactly. */
export interface Provenance {
  /** livelift version that produced the result. */
  readonly version: string;
  /** Command line that reproduces it, e.g. "livelift simulate demo.json --seed 42". */
  readonly command: string;
  /** Root seed(s); per-replicate streams derive from (seed, replicate, stream name). */
  readonly seeds: readonly number[];
  /** Name of the input file as the user gave it, if any. */
  readonly inputFile?: string;
  /** The exact input (scenario, experiment, CSV digest...), shown verbatim as JSON. */
  readonly input: unknown;
}

/** Names used as file stems must be safe on every filesystem and in URLs. */
export const REPORT_NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
