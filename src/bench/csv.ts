import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStream } from '../sim/random/index.js';
import { parseAnalyzeOptions } from '../analysis/analyzeCommand.js';
import { analyzeInput } from '../analysis/analyzeInput.js';
import { runAnalysis } from '../analysis/runAnalysis.js';
import { answerAsChild, runInChild } from './childProcess.js';
import type { BenchRow, BenchSection } from './BenchSection.js';

/**
 * `livelift analyze` on a generated `user_id,variant,converted,revenue` export (issue #5: at least
 * 3 million rows per second on one core, memory flat in the number of rows).
 *
 *   seeded file of N rows in a temp folder → fresh child process: parse options → stream the CSV
 *   → aggregate → SRM, z-test, Welch → rows/s (wall and CPU) and peak RSS → delete the folder
 *
 * Each run is a fresh process, so its peak RSS (Node's own ≈ 40 MiB included) is its own and the
 * JIT starts cold as in a CLI run. 5 M rows without and with `--unit user_id` (the unit table is
 * the one part whose memory grows with the data: distinct units), and 10 M rows for the memory
 * check when not `quick`.
 */
export interface CsvRunResult {
  readonly rows: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssBytes: number;
}

/** Write `rows` seeded rows: half control, half treatment, 10% / 11% conversion, revenue if converted. */
export function writeBenchCsv(file: string, rows: number, seed = 1): void {
  const rng = createStream(seed, 0, 'csv-bench');
  const fd = openSync(file, 'w');
  try {
    let chunk = 'user_id,variant,converted,revenue\n';
    for (let i = 0; i < rows; i++) {
      const treatment = rng() < 0.5;
      const converted = rng() < (treatment ? 0.11 : 0.1);
      const revenue = converted ? (5 + rng() * 195).toFixed(2) : '0';
      chunk += `${10_000_000 + i},${treatment ? 'treatment' : 'control'},${converted ? 1 : 0},${revenue}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** The analyze path in this process: options → stream → aggregate → statistics. */
export function runAnalyzeOnFile(file: string, withUnit: boolean): CsvRunResult {
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  const options = parseAnalyzeOptions({ file, variant: 'variant', metric: ['converted', 'revenue'], ...(withUnit ? { unit: 'user_id' } : {}) });
  const result = runAnalysis(analyzeInput(options), options, { version: 'bench' });
  const wallSeconds = Number(process.hrtime.bigint() - wallStart) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { rows: result.dataQuality.rows, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}

function measureInChildProcess(file: string, withUnit: boolean): Promise<CsvRunResult> {
  return runInChild(import.meta.url, ['child', file, withUnit ? 'unit' : 'rows']);
}

function rowsFor(label: string, run: CsvRunResult): BenchRow[] {
  const load = 'one core, measured under shared load on a 2-core machine';
  return [
    { benchmark: label, metric: 'rows per second', value: run.rows / run.wallSeconds, unit: 'rows/s', note: `wall clock of the analyze path (read, aggregate, statistics); ${load}` },
    { benchmark: label, metric: 'rows per CPU second', value: run.rows / run.cpuSeconds, unit: 'rows/s', note: 'rows / (user + system CPU time): less sensitive to other load' },
    { benchmark: label, metric: 'peak memory', value: run.peakRssBytes / 2 ** 20, unit: 'MiB', note: 'resourceUsage().maxRSS of the child process (includes Node itself, ≈ 40 MiB)' },
  ];
}

/** Bench section: 5 M rows (with and without unit tracking), and 10 M rows for memory flatness. */
export const csvSection: BenchSection = {
  name: 'csv',
  async run({ quick }) {
    const dir = mkdtempSync(join(tmpdir(), 'livelift-bench-csv-'));
    try {
      const rows: BenchRow[] = [];
      const sizes = quick ? [200_000] : [5_000_000, 10_000_000];
      for (const size of sizes) {
        const file = join(dir, `bench-${size}.csv`);
        writeBenchCsv(file, size);
        const label = `analyze ${(size / 1e6).toLocaleString('en-US')} M rows`;
        rows.push(...rowsFor(label, await measureInChildProcess(file, false)));
        if (size === sizes[0]) rows.push(...rowsFor(`${label} --unit user_id`, await measureInChildProcess(file, true)));
        rmSync(file, { force: true });
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

// Child-process entry: `node dist/bench/csv.js child FILE unit|rows` prints one JSON result.
answerAsChild(import.meta.url, { child: ([file, unit]) => runAnalyzeOnFile(file, unit === 'unit') });
