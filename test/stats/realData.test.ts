import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareMeans, compareProportions, cuped, srmTest, statsFromValues, type MetricStats } from '../../src/stats/index.js';
import { expectClose, expectEstimate, loadFixture, type ExpectedEstimate } from './goldenHelpers.js';

// Optional: the public datasets live beside the project (../shared/datasets) and are never copied
// into it; the fixture holds only scipy's results on them (make_core_fixtures.py).
const DATASETS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'datasets');
const present = existsSync(join(DATASETS, 'cookie_cats.csv')) && existsSync(join(DATASETS, 'hillstrom.csv'));

interface Case {
  control: MetricStats;
  treatment: MetricStats;
  absolute: ExpectedEstimate;
  relative: { delta: ExpectedEstimate | null };
}
interface Fixture {
  cookie_cats: { srm: { observed: number[]; chiSquare: number; pValue: number } } & Record<string, Case>;
  hillstrom: Record<string, Case & { theta?: number; varianceReduction?: number }>;
}

/** A minimal reader for these two files: CRLF line ends, double-quoted cells with commas. */
function readCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(DATASETS, name), 'utf8').trim().split(/\r?\n/);
  const columns = cells(header);
  return lines.map((line) => Object.fromEntries(cells(line).map((cell, i) => [columns[i], cell])));
}

function cells(line: string): string[] {
  return [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1]);
}

const options = { alpha: 0.05, sides: 'two', relativeCi: 'delta' } as const;

describe.skipIf(!present)('real data (../shared/datasets) against scipy', () => {
  const fixture = present ? loadFixture<Fixture>('core_real_data.json') : (undefined as never);

  it('cookie_cats: SRM, retention_1, retention_7 (z-test) and sum_gamerounds (Welch)', () => {
    const rows = readCsv('cookie_cats.csv');
    const arm = (version: string): Record<string, string>[] => rows.filter((r) => r.version === version);
    const [a, b] = [arm('gate_30'), arm('gate_40')];
    const srm = srmTest([a.length, b.length], [50, 50]);
    expectClose(srm.chiSquare, fixture.cookie_cats.srm.chiSquare, 'srm chi-square');
    expectClose(srm.pValue, fixture.cookie_cats.srm.pValue, 'srm p', 1e-6, 0);
    for (const metric of ['retention_1', 'retention_7']) {
      const stats = (rs: Record<string, string>[]): MetricStats => statsFromValues(rs.map((r) => (r[metric] === 'TRUE' ? 1 : 0)));
      const expected = fixture.cookie_cats[metric];
      const result = compareProportions(stats(a), stats(b), options);
      expectEstimate(result.absolute, expected.absolute, metric);
      expectEstimate(result.relative!, expected.relative.delta!, `${metric} relative`);
    }
    const rounds = (rs: Record<string, string>[]): MetricStats => statsFromValues(rs.map((r) => Number(r.sum_gamerounds)));
    const welch = compareMeans(rounds(a), rounds(b), options);
    expectEstimate(welch.absolute, fixture.cookie_cats.sum_gamerounds.absolute, 'sum_gamerounds');
    // The example verdict: gate_40 lowers 7-day retention by 4.3%, p = 0.0016.
    expect(fixture.cookie_cats.retention_7.relative.delta!.estimate).toBeCloseTo(-0.0431, 3);
  });

  it('hillstrom (Mens E-Mail vs No E-Mail): visit, conversion, spend, and CUPED on history', () => {
    const rows = readCsv('hillstrom.csv');
    const control = rows.filter((r) => r.segment === 'No E-Mail');
    const treatment = rows.filter((r) => r.segment === 'Mens E-Mail');
    const column = (rs: Record<string, string>[], name: string): number[] => rs.map((r) => Number(r[name]));
    for (const metric of ['visit', 'conversion']) {
      const result = compareProportions(statsFromValues(column(control, metric)), statsFromValues(column(treatment, metric)), options);
      expectEstimate(result.absolute, fixture.hillstrom[metric].absolute, metric);
    }
    const spend = compareMeans(statsFromValues(column(control, 'spend')), statsFromValues(column(treatment, 'spend')), options);
    expectEstimate(spend.absolute, fixture.hillstrom.spend.absolute, 'spend');
    const withHistory = (rs: Record<string, string>[]): MetricStats => statsFromValues(column(rs, 'spend'), { covariate: column(rs, 'history') });
    const adjusted = cuped(withHistory(control), withHistory(treatment), options);
    const expected = fixture.hillstrom.spend_cuped_history;
    expectClose(adjusted.theta, expected.theta!, 'theta');
    expectClose(adjusted.varianceReduction, expected.varianceReduction!, 'variance reduction');
    expectEstimate(adjusted.absolute, expected.absolute, 'cuped spend');
  });
});
