import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { buildBanditReport } from '../../src/report/buildBanditReport.js';
import { reportFromResult } from '../../src/report/reportFromResult.js';
import { reportFiles } from '../../src/report/writeReport.js';
import { simulatedResult } from './fixtures/simulatedResults.js';
import { expectChartsRender, specsText } from './reportChecks.js';

describe('buildBanditReport', () => {
  const report = buildBanditReport(simulatedResult('bandit'));

  it('is chosen by livelift report for kind "bandit"', () => {
    expect(reportFromResult(simulatedResult('bandit')).kind).toBe('bandit');
  });

  it('draws the season (regret, share on the best arm, revenue per policy) and sessions per arm', async () => {
    expect(report.charts.map((chart) => chart.name)).toEqual(['season', 'allocation']);
    const season = report.charts[0].spec as unknown as { datasets: { season: { session: number; policy: string; metric: string }[] } };
    const count = (policy: string, metric: string) => season.datasets.season.filter((point) => point.policy === policy && point.metric === metric).length;
    for (const metric of ['regret', 'bestShare', 'revenue']) for (const policy of ['Thompson sampling', 'fixed split']) expect(count(policy, metric)).toBe(24);
    expect(Math.min(...season.datasets.season.map((point) => point.session))).toBe(1);
    await expect(specsText(report)).toMatchFileSnapshot('./__snapshots__/banditReport.vl.json');
  });

  it('repeats the recommendation and tabulates policies and arms', () => {
    expect(report.summary[0]).toMatch(/^xiao-chen earns the most per session/);
    expect(report.tables.map((table) => table.name)).toEqual(['policies', 'arms']);
    expect(report.tables[0].rows.map((row) => row.policy)).toEqual(['Thompson sampling', 'fixed split']);
    expect(report.tables[1].rows.find((row) => row.arm === 'xiao-chen')).toMatchObject({ best: 'yes', thompsonSessions: 17.5, fixedSessions: 8 });
  });

  it('renders every chart to SVG and PNG', async () => {
    await expectChartsRender(report);
  }, 30_000);

  it('escapes arm names in the HTML', async () => {
    const result = simulatedResult('bandit') as { arms: { name: string }[]; bestArm: string };
    result.arms[1].name = '<img src=x onerror=alert(1)>';
    result.bestArm = result.arms[1].name;
    const { files } = await reportFiles(buildBanditReport(result));
    expect(files['report.html']).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(files['report.html']).not.toContain('<img src=x');
  }, 30_000);

  it('refuses an unknown policy with the JSON path', () => {
    const result = simulatedResult('bandit') as { bySession: { policy: string }[] };
    result.bySession[3].policy = 'greedy';
    const error = inputErrorOf(() => buildBanditReport(result, 'bandit.json'));
    expect(error.problems[0]).toMatchObject({ file: 'bandit.json', path: 'bySession[3].policy' });
  });
});
