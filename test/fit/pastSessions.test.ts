import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fitPlan } from '../../src/fit/index.js';
import { loadScenario } from '../../src/sim/scenario/index.js';

const folder = fileURLToPath(new URL('../../scenarios/past-sessions/', import.meta.url));
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('scenarios/past-sessions (the README walkthrough)', () => {
  test('the example is small, and fitting it gives the estimates the README shows', () => {
    expect(readFileSync(`${folder}viewers.csv`).length).toBeLessThan(300_000);
    const scenario = loadScenario(`${folder}plan.json`);
    const { record } = fitPlan({ scenario, planFile: 'scenarios/past-sessions/plan.json', viewers: [`${folder}viewers.csv`] });
    for (const path of ['audience.segments[1].watchTime.medianMinutes', 'audience.segments[1].engagement.chatsPerMinute', 'purchase.baseline']) {
      const e = record.estimates.find((estimate) => estimate.path === path)!;
      const shown = `${Number(e.value.toPrecision(4))}  ${Number(e.interval![0].toPrecision(4))} – ${Number(e.interval![1].toPrecision(4))}`;
      expect(readme, path).toContain(shown);
    }
    expect(record.estimates.find((e) => e.path === 'purchase.interest')!.held).toBe(true);
  });
});
