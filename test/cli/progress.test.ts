import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, formatProgress } from '../../src/cli/progress.js';

/** A stand-in for process.stderr that records what is written. */
function fakeStream(isTTY: boolean, columns = 100): { stream: NodeJS.WriteStream; output: string[] } {
  const output: string[] = [];
  const stream = { isTTY, columns, write: (text: string) => output.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, output };
}

describe('formatProgress', () => {
  it('shows label, counts, percent, bar, rate and time left', () => {
    expect(formatProgress('simulate', 250, 1000, 5, 100)).toBe('simulate  250/1,000  25.0%  [########----------------------]  50.0/s  ETA 0:15');
  });

  it('fits narrow terminals by dropping the bar, then the rate, then the time left', () => {
    expect(formatProgress('simulate', 250, 1000, 5, 60)).toBe('simulate  250/1,000  25.0%  [###--------]  50.0/s  ETA 0:15');
    expect(formatProgress('simulate', 250, 1000, 5, 50)).toBe('simulate  250/1,000  25.0%  50.0/s  ETA 0:15');
    expect(formatProgress('simulate', 250, 1000, 5, 40)).toBe('simulate  250/1,000  25.0%  ETA 0:15');
    expect(formatProgress('simulate', 250, 1000, 5, 30)).toBe('simulate  250/1,000  25.0%');
    expect(formatProgress('simulate', 250, 1000, 5, 10)).toBe('simulate ');
  });

  it('copes with no progress yet and with a zero total', () => {
    expect(formatProgress('x', 0, 10, 0, 100)).toContain('0.00/s  ETA --:--');
    expect(formatProgress('x', 0, 0, 1, 100)).toContain('100.0%');
  });

  it('formats durations as m:ss and h:mm:ss', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(125.4)).toBe('2:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});

describe('createProgress', () => {
  it('draws nothing in the first second, then at most every 100 ms, and ends the line', () => {
    const { stream, output } = fakeStream(true);
    let time = 0;
    const progress = createProgress({ label: 'run', total: 10, stream, now: () => time });
    time = 500;
    progress.tick(1);
    expect(output).toEqual([]);
    time = 1000;
    progress.tick(2);
    time = 1050;
    progress.tick(3); // too soon: skipped
    time = 1100;
    progress.tick(4);
    expect(output).toHaveLength(2);
    // eslint-disable-next-line no-control-regex -- the progress line ends with the ANSI erase-line code
    expect(output[0]).toMatch(/^\rrun {2}2\/10 {2}20\.0% .*2\.00\/s {2}ETA 0:04\x1b\[K$/);
    expect(output[1]).toContain('4/10  40.0%');
    time = 2000;
    progress.done();
    expect(output.at(-1)).toBe('\n');
  });

  it('is silent when the stream is not a TTY, or when the run ends within a second', () => {
    const pipe = fakeStream(false);
    let time = 0;
    const piped = createProgress({ label: 'run', total: 10, stream: pipe.stream, now: () => time });
    time = 5000;
    piped.tick(5);
    piped.done();
    expect(pipe.output).toEqual([]);
    const tty = fakeStream(true);
    time = 0;
    const quick = createProgress({ label: 'run', total: 10, stream: tty.stream, now: () => time });
    time = 300;
    quick.tick(10);
    quick.done();
    expect(tty.output).toEqual([]);
  });
});
