import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../../../src/io/readJsonFile.js';
import { runSession } from '../../../src/sim/model/runSession.js';
import { parseScenario } from '../../../src/sim/scenario/parseScenario.js';
import { funnelDynamics } from '../../../src/web/labs/funnelDynamics.js';

const scenario = parseScenario(readJsonFile('scenarios/python-course-launch.json'));
const runs = [0, 1].map((replicate) => runSession(scenario, { seed: 2, replicate }));
const { chart, segments } = funnelDynamics(scenario, runs);

describe('funnelDynamics', () => {
  it('charts five funnel steps for every minute, with the plan as bands', () => {
    expect(new Set(chart.series.map((point) => point.metric)).size).toBe(5);
    expect(chart.series.length).toBe(5 * runs[0].timeline.length);
    expect(chart.segments.length).toBe(scenario.plan.length);
  });

  it('a segment\'s pace is its per-minute count over the session\'s (recomputed from the timelines)', () => {
    const sale = segments.find((row) => row.type === 'flash_sale')!;
    const rows = runs.flatMap((run) => run.timeline);
    const inSale = rows.filter((row) => row.minute >= 55 && row.minute < 65);
    const perMinute = inSale.reduce((total, row) => total + row.clicks, 0) / inSale.length;
    expect(sale.perMinute.clicks).toBeCloseTo(perMinute, 10);
    expect(sale.index.clicks).toBeCloseTo(perMinute / (rows.reduce((total, row) => total + row.clicks, 0) / rows.length), 10);
  });

  it('decision moments drive clicks and orders: the flash sale runs them faster than the free trial lesson', () => {
    const sale = segments.find((row) => row.type === 'flash_sale')!;
    const lesson = segments.find((row) => row.type === 'trial_lesson')!;
    expect(sale.index.orders).toBeGreaterThan(1);
    expect(sale.perMinute.orders).toBeGreaterThan(lesson.perMinute.orders);
    expect(sale.perMinute.clicks).toBeGreaterThan(lesson.perMinute.clicks);
  });
});
