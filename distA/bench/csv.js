import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compiledModuleUrl } from '../sim/parallel/compiledModuleUrl.js';
import { createStream } from '../sim/random/index.js';
import { parseAnalyzeOptions } from '../stats/analyze/analyzeCommand.js';
import { analyzeInput } from '../stats/analyze/analyzeInput.js';
import { runAnalysis } from '../stats/analyze/runAnalysis.js';
/** Write `rows` seeded rows: half control, half treatment, 10% / 11% conversion, revenue if converted. */
export function writeBenchCsv(file, rows, seed = 1) {
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
    }
    finally {
        closeSync(fd);
    }
}
/** The analyze path in this process: options → stream → aggregate → statistics. */
export function runAnalyzeOnFile(file, withUnit) {
    const cpuStart = process.cpuUsage();
    const wallStart = process.hrtime.bigint();
    const options = parseAnalyzeOptions({ file, variant: 'variant', metric: ['converted', 'revenue'], ...(withUnit ? { unit: 'user_id' } : {}) });
    const result = runAnalysis(analyzeInput(options), options, { version: 'bench' });
    const wallSeconds = Number(process.hrtime.bigint() - wallStart) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    return { rows: result.dataQuality.rows, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}
const runFile = promisify(execFile);
async function measureInChildProcess(file, withUnit) {
    const script = fileURLToPath(compiledModuleUrl(new URL(import.meta.url)));
    const { stdout } = await runFile(process.execPath, [script, 'child', file, withUnit ? 'unit' : 'rows']);
    return JSON.parse(stdout);
}
function rowsFor(label, run) {
    const load = 'one core, measured under shared load on a 2-core machine';
    return [
        { benchmark: label, metric: 'rows per second', value: run.rows / run.wallSeconds, unit: 'rows/s', note: `wall clock of the analyze path (read, aggregate, statistics); ${load}` },
        { benchmark: label, metric: 'rows per CPU second', value: run.rows / run.cpuSeconds, unit: 'rows/s', note: 'rows / (user + system CPU time): less sensitive to other load' },
        { benchmark: label, metric: 'peak memory', value: run.peakRssBytes / 2 ** 20, unit: 'MiB', note: 'resourceUsage().maxRSS of the child process (includes Node itself, ≈ 40 MiB)' },
    ];
}
/** Bench section: 5 M rows (with and without unit tracking), and 10 M rows for memory flatness. */
export const csvSection = {
    name: 'csv',
    async run({ quick }) {
        const dir = mkdtempSync(join(tmpdir(), 'livelift-bench-csv-'));
        try {
            const rows = [];
            const sizes = quick ? [200_000] : [5_000_000, 10_000_000];
            for (const size of sizes) {
                const file = join(dir, `bench-${size}.csv`);
                writeBenchCsv(file, size);
                const label = `analyze ${(size / 1e6).toLocaleString('en-US')} M rows`;
                rows.push(...rowsFor(label, await measureInChildProcess(file, false)));
                if (size === sizes[0])
                    rows.push(...rowsFor(`${label} --unit user_id`, await measureInChildProcess(file, true)));
                rmSync(file, { force: true });
            }
            return rows;
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    },
};
// Child-process entry: `node dist/bench/csv.js child FILE unit|rows` prints one JSON result.
if (process.argv[2] === 'child' && process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
    process.stdout.write(`${JSON.stringify(runAnalyzeOnFile(process.argv[3], process.argv[4] === 'unit'))}\n`);
}
//# sourceMappingURL=csv.js.map