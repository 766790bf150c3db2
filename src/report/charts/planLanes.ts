/**
 * Lay out the labels of a live plan's segments so they never overlap: each label starts at its
 * segment's start and goes into the first lane (row) whose previous label has ended, first-fit
 * in time order (interval partitioning). Label widths are estimated from their length, at
 * `pixelsPerCharacter` (DejaVu Sans at 10 px averages about 6 px; we use a safer 6.5).
 */
export interface PlanSegmentBand {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly type: string;
  /** Decision moments (pitch, flash sale) are drawn in a highlight colour. */
  readonly highlight?: boolean;
}

export interface LaidOutSegment extends PlanSegmentBand {
  /** Row of the label in the plan strip, 0 at the top. */
  readonly lane: number;
  /** Band fill: "offer" for highlighted segments, else alternating "even" / "odd". */
  readonly shade: 'offer' | 'even' | 'odd';
  /** The label, shortened to `maxCharacters` with an ellipsis. */
  readonly text: string;
}

export interface LaneOptions {
  /** Minutes per pixel of the time axis. */
  readonly minutesPerPixel: number;
  readonly pixelsPerCharacter?: number;
  readonly maxCharacters?: number;
}

export function planLanes(segments: readonly PlanSegmentBand[], options: LaneOptions): { segments: LaidOutSegment[]; lanes: number } {
  const perCharacter = options.pixelsPerCharacter ?? 6.5;
  const maxCharacters = options.maxCharacters ?? 28;
  const laneEnds: number[] = [];
  const ordered = [...segments].sort((a, b) => a.start - b.start);
  const laidOut = ordered.map((segment, index) => {
    const text = segment.label.length > maxCharacters ? `${segment.label.slice(0, maxCharacters - 1)}…` : segment.label;
    const labelEnd = segment.start + (text.length * perCharacter + 8) * options.minutesPerPixel;
    let lane = laneEnds.findIndex((end) => end <= segment.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = labelEnd;
    const shade: LaidOutSegment['shade'] = segment.highlight ? 'offer' : index % 2 === 0 ? 'even' : 'odd';
    return { ...segment, lane, shade, text };
  });
  return { segments: laidOut, lanes: Math.max(1, laneEnds.length) };
}
