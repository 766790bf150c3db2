import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import { dayNumber, dayText } from '../../src/analysis/input/dayNumber.js';
import { InputError } from '../../src/io/inputError.js';
import { analyze, expectClose, FIXTURES } from './analyzeHelpers.js';

// `analyze --date`: the cumulative view by day. Expected numbers from scipy
// (fixtures/make_over_time_fixture.py → over_time.csv, over_time_expected.json).
interface Look { day: string; units: number[]; estimate: number; ci: [number, number]; pValue: number; srmChiSquare: number; srmPValue: number }
const expected = JSON.parse(readFileSync(join(FIXTURES, 'over_time_expected.json'), 'utf8')) as { spend: Look[] };
const base = { file: 'over_time.csv', variant: 'arm', metric: ['spend', 'clicked'], date: 'day' };
const dir = mkdtempSync(join(tmpdir(), 'livelift-over-time-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dayNumber', () => {
  it('reads days and ISO timestamps, moving those with an offset to UTC', () => {
    expect(dayText(dayNumber('2024-02-29')!)).toBe('2024-02-29');
    expect(dayText(dayNumber('2024-03-01T23:59:59')!)).toBe('2024-03-01');
    expect(dayText(dayNumber('2024-03-01 10:00')!)).toBe('2024-03-01');
    expect(dayText(dayNumber('2024-03-01T23:30:00-02:00')!)).toBe('2024-03-02');
    expect(dayText(dayNumber('2024-03-01T01:30:00+0200')!)).toBe('2024-02-29');
    expect(dayText(dayNumber('2024-03-01T12:00:00.123Z')!)).toBe('2024-03-01');
    expect(dayText(dayNumber('1969-12-31T23:00:00Z')!)).toBe('1969-12-31');
  });
  it('refuses what is not a valid day or timestamp', () => {
    for (const text of ['', '2023-02-29', '2024-13-01', '2024-04-31', '01/02/2024', '2024-1-2', '2024-03-01T25:00', '2024-03-01T10:00+15:00', 'yesterday', '20240301']) {
      expect(dayNumber(text), text).toBeUndefined();
    }
  });
});

describe('analyze --date (over time)', () => {
  const result = analyze(base);
  const overTime = result.overTime!;

  it('gives the cumulative Welch comparison and SRM of each day as scipy does (1e-6 relative)', () => {
    expect(overTime.days.map((day) => day.day)).toEqual(expected.spend.map((look) => look.day));
    const looks = overTime.metrics.find((metric) => metric.name === 'spend')!.comparisons[0].looks;
    expected.spend.forEach((want, d) => {
      expect(overTime.days[d].units).toEqual(want.units);
      expectClose(overTime.days[d].srm.chiSquare, want.srmChiSquare, `${want.day} SRM chi-square`, 1e-6);
      expectClose(overTime.days[d].srm.pValue, want.srmPValue, `${want.day} SRM p`, 1e-6);
      const fixed = looks[d].fixedHorizon.absolute;
      expect(looks[d].n).toBe(want.units[0] + want.units[1]);
      expectClose(fixed.estimate, want.estimate, `${want.day} estimate`, 1e-6);
      expectClose(fixed.ci[0], want.ci[0], `${want.day} ci low`, 1e-6);
      expectClose(fixed.ci[1], want.ci[1], `${want.day} ci high`, 1e-6);
      expectClose(fixed.pValue, want.pValue, `${want.day} p`, 1e-6);
    });
  });

  it('always-valid intervals contain the fixed-horizon ones at every look', () => {
    for (const metric of overTime.metrics) {
      for (const look of metric.comparisons[0].looks) {
        const [fixed, valid] = [look.fixedHorizon.absolute, look.alwaysValid.absolute];
        expect(valid.ci[0]!, `${metric.name} ${look.day}`).toBeLessThanOrEqual(fixed.ci[0]!);
        expect(valid.ci[1]!, `${metric.name} ${look.day}`).toBeGreaterThanOrEqual(fixed.ci[1]!);
        expect(valid.pValue!).toBeGreaterThanOrEqual(fixed.pValue!);
      }
    }
  });

  it('at the last day equals the whole-data analysis exactly: fixed, CUPED and always-valid, and the SRM', () => {
    const options = { ...base, covariate: 'spend=pre_spend' };
    const plain = analyze(options);
    const sequential = analyze({ ...options, sequential: true });
    const withoutDate = analyze({ file: base.file, variant: base.variant, metric: base.metric, covariate: 'spend=pre_spend', sequential: true });
    for (const metric of plain.overTime!.metrics) {
      const last = metric.comparisons[0].looks.at(-1)!;
      const whole = plain.metrics.find((m) => m.name === metric.name)!.comparisons[0];
      const wholeSequential = sequential.metrics.find((m) => m.name === metric.name)!.comparisons[0];
      const primary = whole.cuped ?? whole;
      expect(last.fixedHorizon.absolute).toEqual(primary.absolute);
      expect(last.fixedHorizon.relative).toEqual(primary.relative);
      expect(last.alwaysValid.absolute).toEqual(wholeSequential.sequential!.absolute);
      expect(last.alwaysValid.relative).toEqual(wholeSequential.sequential!.relative);
      // --date changes nothing in the headline analysis.
      expect(withoutDate.metrics.find((m) => m.name === metric.name)).toEqual(sequential.metrics.find((m) => m.name === metric.name));
    }
    expect(plain.overTime!.days.at(-1)!.units).toEqual(plain.variants.map((variant) => variant.units));
    expect(plain.overTime!.days.at(-1)!.srm).toEqual(plain.srm);
  });

  it('does not depend on row order', () => {
    const text = readFileSync(join(FIXTURES, base.file), 'utf8').trimEnd().split('\n');
    const reversed = join(dir, 'reversed.csv');
    writeFileSync(reversed, [text[0], ...text.slice(1).reverse()].join('\n') + '\n');
    const other = analyze({ ...base, file: reversed }).overTime!;
    expect(other.days).toEqual(overTime.days);
    other.metrics.forEach((metric, m) =>
      metric.comparisons[0].looks.forEach((look, d) => {
        const mine = overTime.metrics[m].comparisons[0].looks[d];
        expectClose(look.fixedHorizon.absolute.ci[0], mine.fixedHorizon.absolute.ci[0]!, `${metric.name} ${look.day}`, 1e-9);
        expectClose(look.alwaysValid.absolute.ci[1], mine.alwaysValid.absolute.ci[1]!, `${metric.name} ${look.day}`, 1e-9);
      }),
    );
  });

  it('refuses a bad date naming the file, the row and the column', () => {
    for (const [cell, shown] of [['03/01/2026', '"03/01/2026"'], ['', 'an empty cell'], ['2026-02-30', '"2026-02-30"']]) {
      const file = join(dir, 'bad.csv');
      writeFileSync(file, `arm,day,spend\nA,2026-03-01,1\nB,2026-03-01,2\nA,${cell},3\n`);
      let error: unknown;
      try {
        analyze({ file, variant: 'arm', metric: 'spend', date: 'day' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems[0]).toMatchObject({ file, path: 'day', row: 3 });
      expect((error as InputError).message).toContain(shown);
    }
  });

  it('refuses --date with --cluster and with --summary', () => {
    expect(() => parseAnalyzeOptions({ ...base, cluster: 'region' })).toThrow(/date/);
    expect(() => parseAnalyzeOptions({ summary: 'x.json', date: 'day' })).toThrow(/date/);
  });

  it('keeps the over-time view of the overall scope when segments are asked', () => {
    const segmented = analyze({ ...base, segment: 'region' });
    expect(segmented.overTime).toEqual(overTime);
  });
});
