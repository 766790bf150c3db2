import { buildRunResult } from '../../src/sim/model/buildRunResult.js';
import { LiveSession } from '../../src/sim/model/LiveSession.js';
import { SOURCES } from '../../src/sim/model/ProfileSampler.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { backtest, DEFAULT_FIT_SETTINGS, observedSessions, readViewers } from '../../src/fit/index.js';
import { VIEWER_CSV_COLUMNS } from '../../src/sim/model/index.js';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { exportSessions, smallPlan } from './fitFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-first-'));

describe('first purchase times (the export\'s first_purchase_s column)', () => {
  const plan = smallPlan();
  const file = join(dir, 'sessions.csv');
  exportSessions(plan, 5, 2, file);

  test('the export writes it last, within the stay for buyers and empty for the rest; fit reads it', () => {
    expect(VIEWER_CSV_COLUMNS[VIEWER_CSV_COLUMNS.length - 1]).toBe('first_purchase_s');
    const data = readViewers([file], plan);
    let buyers = 0;
    for (let v = 0; v < data.count; v++) {
      const first = data.firstPurchase![v];
      expect(Number.isNaN(first)).toBe(data.orders![v] === 0);
      if (!Number.isNaN(first)) {
        buyers++;
        expect(first).toBeGreaterThanOrEqual(data.arrival[v] - 0.001);
        expect(first).toBeLessThanOrEqual(data.departure[v] + 0.001);
      }
    }
    expect(buyers).toBeGreaterThan(20);
    const [session] = observedSessions(data, 40, 2);
    // Buyers buy during the pitch and the sale (minutes 20–33): after at least a few minutes in the room.
    expect(session.meanSecondsToFirstPurchase).toBeGreaterThan(60);
    expect(session.meanSecondsToFirstPurchase).toBeLessThan(33 * 60);
  });

  test('conversion by traffic source, read from the export, equals what the simulator counted for the same sessions', () => {
    const data = readViewers([file], plan);
    const sessions = observedSessions(data, 40, 2);
    const runs = [0, 1].map((replicate) => buildRunResult(new LiveSession(plan, { seed: 5, replicate }).run()));
    sessions.forEach((session, i) => {
      SOURCES.forEach((source, s) => {
        expect(session.sourceArrivals[s], source).toBe(runs[i].arrivalsBySource[source]);
        if (session.sourceArrivals[s] > 0) expect(session.sourceConversion[s], source).toBeCloseTo(runs[i].buyersBySource[source] / runs[i].arrivalsBySource[source], 12);
        else expect(Number.isNaN(session.sourceConversion[s])).toBe(true);
      });
    });
    expect(sessions[0].sourceArrivals.reduce((a, b) => a + b, 0)).toBe(sessions[0].arrivals);
  });

  test('a first purchase outside the stay is refused with the file, row and column', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'arrival_s,departure_s,segment,orders,first_purchase_s\n10,200,casual,1,300\n');
    const error = inputErrorOf(() => readViewers([bad], plan));
    expect(error.problems[0]).toMatchObject({ file: bad, row: 1, path: 'first_purchase_s' });
  });

  test('the backtest checks profit when the plan has costs, and not otherwise', () => {
    const withCosts = smallPlan({ costs: { hostFee: 500, perOrder: 10 } });
    const data = readViewers([file], withCosts);
    const settings = { ...DEFAULT_FIT_SETTINGS, simulationReplicates: 1 };
    const result = backtest(withCosts, data, settings, 'plan.json', [file], 6);
    const profit = result.folds[0].totals.find((t) => t.metric === 'profit')!;
    const revenue = result.folds[0].totals.find((t) => t.metric === 'revenue')!;
    expect(profit.observed).toBeCloseTo(revenue.observed - 500 - 10 * result.folds[0].totals.find((t) => t.metric === 'orders')!.observed, 6);
    expect(result.overall.map((o) => o.metric)).toContain('profit');
    expect(backtest(plan, readViewers([file], plan), settings, 'plan.json', [file], 6).overall.map((o) => o.metric)).not.toContain('profit');
    expect(readFileSync(file, 'utf8').split('\n')[0].endsWith(',first_purchase_s')).toBe(true);
  });
});
