#!/usr/bin/env node
/**
 * `npm run bench` (builds, then runs `node dist/bench/main.js`):
 *
 *   parse --only NAME, --json FILE, --quick → run each section in order → aligned table on stdout
 *                                                                         ↳ rows as JSON (atomic write)
 *
 * Sections live in ./index.ts. Timing figures depend on the machine and on its load: report them
 * as measured under whatever load there was. Memory: `resourceUsage().maxRSS` is the peak resident
 * set of a whole process and never decreases, and sampling timers do not fire while a simulation
 * runs synchronously, so a section that reports peak memory measures each run in a fresh child
 * process (see kernel.ts) rather than sampling this one.
 */
import { cpus } from 'node:os';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../io/atomicWrite.js';
import { sections } from './index.js';
const USAGE = 'usage: node dist/bench/main.js [--only NAME] [--json FILE] [--quick]';
export async function main(argv) {
    let options;
    try {
        const { values } = parseArgs({ args: argv, options: { only: { type: 'string' }, json: { type: 'string' }, quick: { type: 'boolean', default: false } } });
        options = { only: values.only, json: values.json, quick: values.quick ?? false };
    }
    catch (error) {
        process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
        return 2;
    }
    const chosen = chooseSections(options.only);
    if (chosen === undefined) {
        process.stderr.write(`bench: no section named ${options.only}; sections: ${sections.map((s) => s.name).join(', ')}\n`);
        return 2;
    }
    const { rows, failures } = await runSections(chosen, options.quick);
    process.stdout.write(`${formatTable(rows)}\n`);
    if (options.json !== undefined)
        writeFileAtomic(options.json, `${JSON.stringify(benchReport(rows, options.quick), null, 2)}\n`);
    return failures > 0 ? 1 : 0;
}
function chooseSections(only) {
    if (only === undefined)
        return sections;
    const found = sections.filter((section) => section.name === only);
    return found.length > 0 ? found : undefined;
}
async function runSections(chosen, quick) {
    const rows = [];
    let failures = 0;
    for (const section of chosen) {
        process.stderr.write(`bench: running ${section.name}${quick ? ' (quick)' : ''}…\n`);
        try {
            rows.push(...(await section.run({ quick })));
        }
        catch (error) {
            failures++;
            process.stderr.write(`bench: section ${section.name} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
        }
    }
    return { rows, failures };
}
/** The JSON written by --json: the rows plus what they were measured on. */
export function benchReport(rows, quick) {
    return {
        generatedAt: new Date().toISOString(),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        quick,
        rows,
    };
}
/** Rows as an aligned text table: text left-aligned, values right-aligned. */
export function formatTable(rows) {
    const header = ['benchmark', 'metric', 'value', 'unit', 'note'];
    const cells = rows.map((row) => [row.benchmark, row.metric, formatValue(row.value), row.unit, row.note ?? '']);
    const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
    const render = (line) => line
        .map((cell, column) => (column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
        .join('  ')
        .trimEnd();
    return [render(header), render(widths.map((width) => '-'.repeat(width))), ...cells.map(render)].join('\n');
}
/** Thousands separators from 100 up, three significant digits below. */
export function formatValue(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Math.abs(value) >= 100)
        return Math.round(value).toLocaleString('en-US');
    return String(Number(value.toPrecision(3)));
}
const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=main.js.map