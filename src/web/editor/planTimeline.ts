import { h } from '../dom.js';

/** A segment as the timeline draws it (the plan's JSON entry, possibly invalid while edited). */
export interface TimelineSegment {
  type: string;
  startMinute: number;
  endMinute: number;
  title?: string;
}

/** What the timeline asks its owner to do; the owner changes the plan and redraws. */
export interface TimelineActions {
  select(index: number): void;
  /** Move segment `index` to [start, end] (whole minutes, clamped to the session by the timeline). */
  change(index: number, start: number, end: number): void;
  remove(index: number): void;
}

/**
 * The plan's segments on a time axis: drag a segment to move it, drag its right edge to resize it;
 * from the keyboard, Tab to a segment, ←/→ move it by a minute, Shift+←/→ change its end,
 * Delete removes it. Every change is in whole minutes and stays within the session.
 */
export function planTimeline(segments: readonly TimelineSegment[], duration: number, selected: number | undefined, actions: TimelineActions): HTMLElement {
  const track = h('div', { class: 'timeline', id: 'plan-timeline', role: 'listbox', 'aria-label': `Plan timeline, ${duration} minutes; arrows move a segment, Shift+arrows resize it` });
  const percent = (minute: number) => `${(100 * minute) / duration}%`;
  segments.forEach((segment, index) => {
    const start = finite(segment.startMinute, 0);
    const end = finite(segment.endMinute, start + 1);
    const label = `${segment.type} ${start}–${end} min${segment.title ? `: ${segment.title}` : ''}`;
    const block = h(
      'div',
      { class: 'segment', role: 'option', tabIndex: 0, 'data-index': index, 'data-type': segment.type === 'flash_sale' ? 'flashSale' : segment.type, 'aria-selected': String(index === selected), 'aria-label': label, title: label },
      `${segment.type.replace('_', ' ')}`,
      h('span', { class: 'grip', 'aria-hidden': 'true' }),
    );
    block.style.left = percent(start);
    block.style.width = percent(Math.max(0.5, end - start));
    block.addEventListener('keydown', (event) => onKey(event, index, start, end, duration, actions));
    block.addEventListener('pointerdown', (event) => onPointerDown(event, track, block, index, start, end, duration, actions));
    track.append(block);
  });
  return track;
}

function onKey(event: KeyboardEvent, index: number, start: number, end: number, duration: number, actions: TimelineActions): void {
  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (step !== 0) {
    event.preventDefault();
    if (event.shiftKey) actions.change(index, start, clamp(end + step, start + 1, duration));
    else {
      const moved = clamp(start + step, 0, duration - (end - start));
      actions.change(index, moved, moved + (end - start));
    }
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    actions.remove(index);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    actions.select(index);
  }
}

/** Drag: the body moves the segment, the grip (right edge) resizes it; applied on release. */
function onPointerDown(event: PointerEvent, track: HTMLElement, block: HTMLElement, index: number, start: number, end: number, duration: number, actions: TimelineActions): void {
  event.preventDefault();
  const resizing = (event.target as HTMLElement).classList.contains('grip');
  const minutesPerPixel = duration / track.getBoundingClientRect().width;
  const originX = event.clientX;
  let next = { start, end };
  block.setPointerCapture(event.pointerId);
  const move = (moveEvent: PointerEvent) => {
    const delta = Math.round((moveEvent.clientX - originX) * minutesPerPixel);
    if (resizing) next = { start, end: clamp(end + delta, start + 1, duration) };
    else {
      const moved = clamp(start + delta, 0, duration - (end - start));
      next = { start: moved, end: moved + (end - start) };
    }
    block.style.left = `${(100 * next.start) / duration}%`;
    block.style.width = `${(100 * (next.end - next.start)) / duration}%`;
  };
  const up = () => {
    block.removeEventListener('pointermove', move);
    block.removeEventListener('pointerup', up);
    if (next.start !== start || next.end !== end) actions.change(index, next.start, next.end);
    else actions.select(index);
  };
  block.addEventListener('pointermove', move);
  block.addEventListener('pointerup', up);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
