import type { TopLevelSpec } from 'vega-lite';
import { formatPValue } from '../../format/formatNumber.js';
import { formatSignedPercent } from '../../format/formatPercent.js';
import { COLORS, PANEL, specHeader } from '../theme.js';

/** Units observed in each arm against the units the allocation plan expected. */
export interface SrmData {
  readonly arms: readonly { readonly arm: string; readonly observed: number; readonly expected: number }[];
  /** p-value of the chi-square goodness-of-fit test of observed against expected. */
  readonly pValue: number;
  /** Threshold below which a mismatch is flagged (default 0.001, as is usual for SRM checks). */
  readonly threshold?: number;
  /** What a unit is (default "viewers"). */
  readonly unit?: string;
}

/**
 * Sample ratio mismatch check: per arm, the expected units as a wide black tick and the observed
 * units as a dot joined to it, labelled with the deviation; the y axis is zoomed on the counts
 * (not from zero) because the deviations that matter are a few percent. The title says whether
 * the chi-square test flags a mismatch.
 */
export function srmChart(data: SrmData): TopLevelSpec {
  const threshold = data.threshold ?? 0.001;
  const mismatch = data.pValue < threshold;
  const unit = data.unit ?? 'viewers';
  const verdict = mismatch ? 'sample ratio mismatch, check the assignment before trusting results' : 'no sample ratio mismatch detected';
  const rows = data.arms.map((arm) => ({
    ...arm,
    deviation: arm.expected > 0 ? formatSignedPercent(arm.observed / arm.expected - 1, 2) : 'n/a',
  }));
  const x = { field: 'arm', type: 'nominal' as const, title: null, sort: data.arms.map((arm) => arm.arm), axis: { labelAngle: 0 } };
  const y = { field: 'observed', type: 'quantitative' as const, title: `Units (${unit})`, scale: { domain: srmDomain(data), nice: false }, axis: { format: ',~f' } };
  const observedColor = mismatch ? COLORS.highlight : COLORS.control;
  return {
    ...specHeader(`SRM check: ${verdict}`, [
      `Black ticks: expected ${unit}; dots: observed, labelled with the deviation`,
      `Chi-square goodness of fit p = ${formatPValue(data.pValue)} (flagged below ${threshold})`,
    ]),
    width: Math.max(PANEL.smallWidth, 90 * data.arms.length),
    height: PANEL.smallHeight,
    data: { values: rows },
    layer: [
      // Every layer names the scale: layers' domains are otherwise merged with the data's, from zero.
      { mark: { type: 'tick', color: '#000000', thickness: 3, size: 40 }, encoding: { x, y: { ...y, field: 'expected' } } },
      { mark: { type: 'rule', color: observedColor, strokeWidth: 2 }, encoding: { x, y, y2: { field: 'expected' } } },
      { mark: { type: 'point', filled: true, size: 80, color: observedColor, tooltip: true }, encoding: { x, y } },
      { mark: { type: 'text', align: 'left', dx: 24, fontSize: 11 }, encoding: { x, y, text: { field: 'deviation' } } },
    ],
  };
}

/**
 * The y range: all observed and expected counts with a margin, never of zero width (when every
 * arm is exactly on plan the chart would otherwise have no scale).
 */
export function srmDomain(data: SrmData): [number, number] {
  const values = data.arms.flatMap((arm) => [arm.observed, arm.expected]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = Math.max((high - low) * 0.25, Math.abs(high) * 0.005, 1);
  return [low - margin, high + margin];
}
