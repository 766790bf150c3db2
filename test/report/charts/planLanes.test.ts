import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLanes } from '../../../src/report/charts/planLanes.js';

describe('planLanes', () => {
  it('puts a label that would overlap the previous one into the next lane, and reuses freed lanes', () => {
    // 1 minute per pixel: "Intro" (5 chars) needs 5 × 6.5 + 8 = 40.5 minutes.
    const { segments, lanes } = planLanes(
      [
        { start: 0, end: 10, label: 'Intro', type: 'intro' },
        { start: 10, end: 20, label: 'Lesson', type: 'trial_lesson' },
        { start: 45, end: 50, label: 'Sale', type: 'flash_sale', highlight: true },
      ],
      { minutesPerPixel: 1 },
    );
    expect(segments.map((segment) => [segment.lane, segment.shade])).toEqual([[0, 'even'], [1, 'odd'], [0, 'offer']]);
    expect(lanes).toBe(2);
  });

  it('shortens long labels with an ellipsis', () => {
    const { segments } = planLanes([{ start: 0, end: 1, label: 'A very long segment title that goes on', type: 'qa' }], { minutesPerPixel: 0.1, maxCharacters: 12 });
    expect(segments[0].text).toBe('A very long…');
  });

  it('never lets two labels in one lane overlap', () => {
    const segment = fc.record({ start: fc.integer({ min: 0, max: 120 }), length: fc.integer({ min: 1, max: 30 }), label: fc.string({ maxLength: 40 }) });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 25 }), (input) => {
        const minutesPerPixel = 0.2;
        const { segments } = planLanes(input.map(({ start, length, label }) => ({ start, end: start + length, label, type: 'qa' })), { minutesPerPixel });
        const width = (text: string) => (text.length * 6.5 + 8) * minutesPerPixel;
        for (const a of segments) {
          for (const b of segments) {
            if (a !== b && a.lane === b.lane && a.start <= b.start) expect(a.start + width(a.text)).toBeLessThanOrEqual(b.start);
          }
        }
      }),
    );
  });
});
