import { AnalysisResultSchema } from './analysisResult.js';
import { BacktestResultSchema } from './backtestResult.js';
import { BanditResultSchema } from './banditResult.js';
import { ExperimentResultSchema } from './experimentResult.js';
import { FitResultSchema } from './fitResult.js';
import { PowerResultSchema } from './powerResult.js';
import { SimulationResultSchema } from './simulationResult.js';
import { SweepResultSchema } from './sweepResult.js';

/** The schema of each result kind, by its `kind` field: what the commands check and `livelift report` reads (fit and backtest results have no report builder: their reports are written by the command). */
export const RESULT_SCHEMAS = {
  analysis: AnalysisResultSchema,
  backtest: BacktestResultSchema,
  bandit: BanditResultSchema,
  experiment: ExperimentResultSchema,
  fit: FitResultSchema,
  power: PowerResultSchema,
  simulation: SimulationResultSchema,
  sweep: SweepResultSchema,
} as const;

export type ResultKind = keyof typeof RESULT_SCHEMAS;
