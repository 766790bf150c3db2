import { describe, expect, it } from 'vitest';
import { banditChart, type BanditChartData } from '../../../src/report/charts/banditChart.js';
import { renderChart } from '../../../src/report/render/renderChart.js';
import { expectChartConventions, specText } from './specChecks.js';

/** Three sessions of two policies: small enough to read in the snapshot. */
const banditInput: BanditChartData = {
  bestArm: 'host <b>',
  currency: 'CNY',
  points: [1, 2, 3].flatMap((session) => [
    { session, policy: 'Thompson sampling', metric: 'regret' as const, mean: 100 * session, lo: 80 * session, hi: 120 * session },
    { session, policy: 'fixed split', metric: 'regret' as const, mean: 200 * session, lo: 180 * session, hi: 220 * session },
    { session, policy: 'Thompson sampling', metric: 'bestShare' as const, mean: 0.3 * session, lo: 0.2 * session, hi: Math.min(1, 0.4 * session) },
    { session, policy: 'fixed split', metric: 'bestShare' as const, mean: 1 / 3, lo: 0.2, hi: 0.5 },
    { session, policy: 'Thompson sampling', metric: 'revenue' as const, mean: 1000 + 50 * session, lo: 900, hi: 1200 },
    { session, policy: 'fixed split', metric: 'revenue' as const, mean: 1000, lo: 900, hi: 1100 },
  ]),
};

describe('banditChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(banditChart(banditInput))).toMatchFileSnapshot('./__snapshots__/banditChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(banditChart(banditInput)));

  it('stacks regret, share on the best arm and revenue on one session axis, Thompson blue', () => {
    const spec = banditChart(banditInput) as { vconcat: { title: { text: string }; layer: { encoding: { color: { scale: { domain: string[]; range: string[] } } } }[] }[] };
    expect(spec.vconcat.map((panel) => panel.title.text)).toEqual([
      'Cumulative regret: revenue lost to weaker arms so far',
      'Share of seasons giving this session to the best arm (host <b>)',
      'Revenue of the session',
    ]);
    expect(spec.vconcat[0].layer[1].encoding.color.scale).toEqual({ domain: ['Thompson sampling', 'fixed split'], range: ['#0072B2', '#E69F00'] });
  });

  it('leaves out panels without data', () => {
    const spec = banditChart({ ...banditInput, points: banditInput.points.filter((point) => point.metric !== 'revenue') }) as { vconcat: unknown[] };
    expect(spec.vconcat).toHaveLength(2);
  });

  it('renders to SVG and PNG without warnings', async () => {
    const rendered = await renderChart(banditChart(banditInput));
    expect(rendered.warnings).toEqual([]);
    expect(rendered.svg).toContain('Regret (CNY)');
    expect(rendered.png.length).toBeGreaterThan(5000);
  });
});
