import { AnalysisResultSchema } from './analysisResult.js';
import { BanditResultSchema } from './banditResult.js';
import { ExperimentResultSchema } from './experimentResult.js';
import { PowerResultSchema } from './powerResult.js';
import { SimulationResultSchema } from './simulationResult.js';
import { SweepResultSchema } from './sweepResult.js';

/** The schema of each result kind, by its `kind` field: what the commands check and `livelift report` reads. */
export const RESULT_SCHEMAS = {
  analysis: AnalysisResultSchema,
  bandit: BanditResultSchema,
  experiment: ExperimentResultSchema,
  power: PowerResultSchema,
  simulation: SimulationResultSchema,
  sweep: SweepResultSchema,
} as const;

export type ResultKind = keyof typeof RESULT_SCHEMAS;
