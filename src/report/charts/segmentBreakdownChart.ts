import type { TopLevelSpec } from 'vega-lite';
import { PANEL, categoryScale, specHeader } from '../theme.js';
import type { LayerChild } from './specTypes.js';

/** A metric per segment (new vs returning viewers, traffic source...) and arm. */
export interface SegmentBreakdownData {
  /** What the segments are, e.g. "Traffic source". */
  readonly dimension: string;
  /** The metric with its unit, e.g. "Conversion (%)" or "Revenue per viewer (¥)". */
  readonly metric: string;
  /** Axis number format (d3-format), e.g. ".1%" for proportions (default ",.3~f"). */
  readonly format?: string;
  /** What the coloured groups are, for the legend and subtitle (default "Arm"). */
  readonly groupLabel?: string;
  readonly rows: readonly { readonly segment: string; readonly arm: string; readonly value: number; readonly lo?: number; readonly hi?: number }[];
}

/** Segment breakdown: the metric per segment, bars grouped by arm, with intervals when given. */
export function segmentBreakdownChart(data: SegmentBreakdownData): TopLevelSpec {
  const arms = [...new Set(data.rows.map((row) => row.arm))];
  const segments = [...new Set(data.rows.map((row) => row.segment))];
  const y = { field: 'segment', type: 'nominal' as const, title: data.dimension, sort: segments };
  const yOffset = { field: 'arm', type: 'nominal' as const, sort: arms };
  const axis = { format: data.format ?? ',.3~f' };
  const layers: LayerChild[] = [
    {
      mark: { type: 'bar', tooltip: true },
      encoding: { y, yOffset, x: { field: 'value', type: 'quantitative', title: data.metric, axis }, color: { field: 'arm', type: 'nominal', title: data.groupLabel ?? 'Arm', scale: categoryScale(arms) } },
    },
  ];
  const hasIntervals = data.rows.some((row) => row.lo !== undefined && row.hi !== undefined);
  if (hasIntervals) {
    // A rule is not a banded mark: centre it in its sub-band, level with the middle of its bar.
    const centre = { bandPosition: 0.5 };
    layers.push({ mark: { type: 'rule', color: '#222222' }, encoding: { y: { ...y, ...centre }, yOffset: { ...yOffset, ...centre }, x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } });
  }
  return {
    ...specHeader(`${data.metric} by ${data.dimension.toLowerCase()}`, `Bars: estimate per ${(data.groupLabel ?? 'Arm').toLowerCase()}${hasIntervals ? '; whiskers: interval' : ''}`),
    width: PANEL.width,
    height: { step: Math.max(12, 32 / Math.max(1, arms.length)) },
    data: { values: data.rows.map((row) => ({ ...row })) },
    layer: layers,
  };
}
