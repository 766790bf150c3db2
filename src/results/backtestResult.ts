import { z } from 'zod';
import { envelope } from './envelope.js';

/** Totals checked in a backtest: profit too when the plan has costs. */
export const BacktestTotalSchema = z
  .enum(['arrivals', 'orders', 'revenue', 'meanWatchSeconds', 'profit'])
  .describe('Total of a session: arrivals (viewers), orders, revenue (currency), mean watch time (seconds), profit (currency; only when the plan has costs)');
/** Per-minute curves checked in a backtest. */
export const BacktestCurveSchema = z.enum(['minuteArrivals', 'minuteViewers']).describe('Per-minute curve: arrivals in the minute, or viewers in the room');

/** One held-out session's prediction of one total. */
export const TotalCheckSchema = z.object({
  metric: BacktestTotalSchema,
  observed: z.number().describe('The held-out session\'s total'),
  predicted: z.number().describe('Mean over the sessions simulated from the plan fitted on the other sessions'),
  interval: z.tuple([z.number(), z.number()]).describe('90% prediction interval: 5% and 95% quantiles (type 7) of the simulated sessions'),
  relativeError: z.number().nullable().describe('(predicted − observed) / observed; null when the observed total is 0'),
  covered: z.boolean().describe('Whether the observed total is inside the interval'),
});

/** One held-out session's per-minute curve against the prediction. */
export const CurveCheckSchema = z.object({
  metric: BacktestCurveSchema,
  meanAbsoluteError: z.number().describe('Mean over minutes of |predicted − observed|'),
  relativeMeanAbsoluteError: z.number().nullable().describe('meanAbsoluteError / the observed mean per minute; null when that mean is 0'),
  minutesCovered: z.number().min(0).max(1).describe('Share of minutes whose observed value is inside the 5–95% band'),
  observed: z.array(z.number()).describe('Observed value per minute'),
  predicted: z.array(z.number()).describe('Mean of the simulated sessions per minute'),
  low: z.array(z.number()).describe('5% quantile of the simulated sessions per minute'),
  high: z.array(z.number()).describe('95% quantile of the simulated sessions per minute'),
});

/** One fold: a session left out, predicted from the others. */
export const BacktestFoldSchema = z.object({
  session: z
    .object({
      file: z.string().describe('Viewer file the session came from'),
      replicate: z.string().describe('The session\'s id in that file (its replicate column; empty when the file holds one session)'),
      viewers: z.number().int().describe('Viewer rows of the session'),
    })
    .describe('The held-out session'),
  totals: z.array(TotalCheckSchema).describe('Each total, in the order of BacktestTotalSchema'),
  curves: z.array(CurveCheckSchema).describe('Each per-minute curve'),
});

/**
 * What `livelift backtest --out DIR` saves as backtest.json: leave one session out, fit the plan
 * on the others, simulate `predictions` sessions of the fitted plan and compare.
 */
export const BacktestResultSchema = z.object({
  ...envelope('backtest'),
  folds: z.array(BacktestFoldSchema).min(2).describe('One fold per session, in the order the sessions were read'),
  overall: z
    .array(
      z.object({
        metric: BacktestTotalSchema,
        meanAbsoluteRelativeError: z.number().nullable().describe('Mean over folds of |relativeError|; null when a fold has none'),
        coverage: z.number().min(0).max(1).describe('Share of folds whose observed total is inside its 90% interval'),
      }),
    )
    .describe('Per total, over the folds'),
  predictions: z.number().int().min(1).describe('Sessions simulated per fold'),
  input: z
    .object({
      plan: z.string().describe('The plan file, as given on the command line'),
      viewers: z.array(z.string()).describe('The viewer files, as given'),
    })
    .describe('What was backtested; with the seed, enough to rerun it'),
});

export type BacktestResultData = z.infer<typeof BacktestResultSchema>;
export type BacktestFold = z.infer<typeof BacktestFoldSchema>;
export type TotalCheck = z.infer<typeof TotalCheckSchema>;
export type CurveCheck = z.infer<typeof CurveCheckSchema>;
export type BacktestTotal = z.infer<typeof BacktestTotalSchema>;
