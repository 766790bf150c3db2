import { it } from 'vitest';
import { RESULT_SCHEMAS } from '../../src/results/index.js';
import { simulatedResult } from '../report/fixtures/simulatedResults.js';
import { simulationResult } from '../report/fixtures/simulationResult.js';
import { analysisResult } from '../report/fixtures/analysisResult.js';
it('x', () => {
  for (const k of ['experiment', 'sweep', 'power', 'bandit'] as const) {
    const r = RESULT_SCHEMAS[k].safeParse(simulatedResult(k));
    console.log(k, r.success ? 'ok' : r.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  for (const [k, v] of [['simulation', simulationResult()], ['analysis', analysisResult()]] as const) {
    const r = RESULT_SCHEMAS[k].safeParse(v);
    console.log(k, r.success ? 'ok' : r.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`));
  }
});
