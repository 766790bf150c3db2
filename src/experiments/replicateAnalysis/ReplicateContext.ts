import type { AnalysisSettings } from '../schema/analysisSchema.js';
import type { MetricName } from '../schema/metrics.js';
import type { GroupAnalysis } from './compareGroups.js';
import type { Contrast } from './contrasts.js';

/** A metric and the family it belongs to for corrections. */
export interface MetricRole {
  readonly name: MetricName;
  readonly role: 'primary' | 'secondary' | 'guardrail';
}

/** What is fixed for every replicate of one experiment. */
export interface ReplicateContext {
  readonly contrasts: readonly Contrast[];
  readonly metrics: readonly MetricRole[];
  readonly analysis: GroupAnalysis;
  readonly settings: AnalysisSettings;
  readonly unit: 'viewer' | 'session' | 'switchback';
  readonly weights: readonly number[];
}
