import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../../src/experiments/load/loadExperiment.js';
import { finishExperiment } from '../../../src/experiments/run/experimentPipeline.js';
import { experimentPayload, runExperiment } from '../../../src/experiments/run/runExperiment.js';
import { runTask } from '../../../src/experiments/world/experimentTask.js';
import { experimentJson } from '../../../src/experiments/output/experimentFiles.js';
import { liveliftVersion } from '../../../src/io/liveliftVersion.js';
import { InputError } from '../../../src/io/inputError.js';
import { interferenceExperiment, interferenceRow, interferenceSummary, loadInterferenceExperiment, type InterferenceRow } from '../../../src/web/labs/interferenceLab.js';

const plan = JSON.parse(readFileSync('scenarios/membership-qa.json', 'utf8')) as Record<string, unknown>;
const settings = { seed: 2, coupon: 30, socialProof: 1, sessions: 1, tests: 2 };

describe('interference lab', () => {
  it('offers one experiment per condition that the CLI loader accepts: social proof at the chosen strength, or 0', () => {
    const before = JSON.stringify(plan);
    for (const [condition, socialProof] of [['on', 1], ['off', 0]] as const) {
      const json = interferenceExperiment(plan, settings, condition);
      const loaded = parseExperiment(json, { file: 'interference-lab.json' });
      expect(loaded.base.purchase.socialProof).toBe(socialProof);
      expect(loaded.experiment.unit).toEqual({ kind: 'viewer' });
      expect(loaded.arms.map((arm) => arm.name)).toEqual(['no-coupon', 'coupon']);
      expect(loaded.experiment.replicates).toBe(2);
      expect((json.scenario as Record<string, unknown>).$schema).toBeUndefined();
    }
    expect(JSON.stringify(plan), 'the plan being edited is not changed').toBe(before);
  });

  it('names the plan field at fault when the plan is invalid', () => {
    const broken = { ...plan, session: { durationMinutes: -1 } };
    expect(() => loadInterferenceExperiment(broken, settings, 'on')).toThrow(InputError);
    try {
      loadInterferenceExperiment(broken, settings, 'on');
    } catch (error) {
      expect((error as InputError).problems.some((problem) => problem.path === 'scenario.session.durationMinutes')).toBe(true);
    }
  });

  it('runs the pipeline the browser runs (payload → runTask per replicate → finishExperiment) to the CLI runner\'s bytes', async () => {
    const loaded = loadInterferenceExperiment(plan, settings, 'on');
    const payload = experimentPayload(loaded, settings.seed, 'test');
    // Through structuredClone, as a Web Worker's postMessage delivers it.
    const raws = Array.from({ length: settings.tests }, (_, index) => structuredClone(runTask(structuredClone(payload), index)));
    const browser = finishExperiment(loaded, raws, settings.seed, liveliftVersion());
    const cli = await runExperiment(loaded, { workers: 1 });
    expect(experimentJson(browser)).toBe(experimentJson(cli));
    const row = interferenceRow('on', settings, browser);
    const primary = cli.comparisons.find((comparison) => comparison.role === 'primary')!;
    expect(row.trueLift).toBe(primary.truth.relative);
    expect(row.estimate?.mean).toBe(primary.estimate.relative?.mean);
    expect(row.bias).toEqual(primary.bias.absolute);
    expect(row.label).toBe('social proof 1');
  }, 120_000);

  it('calls a bias of 3 or more Monte-Carlo standard errors a bias, and less noise', () => {
    const row = (condition: 'on' | 'off', value: number, mcSe: number): InterferenceRow => ({ condition, label: `social proof ${condition}`, trueLift: 0.1, trueLiftMcSe: 0.01, estimate: { mean: 0.05, median: 0.05, lo: 0, hi: 0.1 }, bias: { value, mcSe }, coverage: 0.9, power: 0.5 });
    const text = interferenceSummary([row('on', -3.1, 1), row('off', 0.5, 1)]);
    expect(text).toContain('With social proof on, the in-room test estimates +5.0% on average against a true rollout effect of +10.0%: biased (3.1 Monte-Carlo se).');
    expect(text).toContain('With social proof off, the in-room test estimates +5.0% on average against a true rollout effect of +10.0%: no bias beyond Monte-Carlo noise.');
  });
});
