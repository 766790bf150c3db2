/**
 * What `livelift fit` writes into a fitted scenario (its `fit` block). Declared once, with the fit
 * result, in src/results/fitResult.ts; the scenario schema and src/fit import it from here.
 */
export { FitEstimateSchema, FitRecordSchema, type FitEstimate, type FitRecord } from '../../results/fitResult.js';
