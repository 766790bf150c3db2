/** Wait this long before drawing, so quick runs print nothing. */
const SHOW_AFTER_MS = 1000;
/** At most ten redraws per second. */
const REDRAW_EVERY_MS = 100;
/**
 * A one-line progress bar on stderr for long runs: label, done/total, percent, a bar, rate and
 * time left. Draws only when the stream is a TTY and the run has lasted more than a second,
 * redraws at most ten times a second, and is a no-op otherwise (pipes, CI logs, quick runs).
 *
 * @example
 * const progress = createProgress({ label: 'simulate', total: 200 });
 * await runInWorkers({ …, onProgress: (done) => progress.tick(done) });
 * progress.done();
 */
export function createProgress(options) {
    const stream = options.stream ?? process.stderr;
    const now = options.now ?? (() => performance.now());
    const started = now();
    let lastDraw = -Infinity;
    let latest = 0;
    let drawn = false;
    const draw = (time) => {
        const line = formatProgress(options.label, latest, options.total, (time - started) / 1000, stream.columns ?? 80);
        stream.write(`\r${line}\x1b[K`);
        lastDraw = time;
        drawn = true;
    };
    if (stream.isTTY !== true)
        return { tick() { }, done() { } };
    return {
        tick(done) {
            latest = Math.max(0, Math.min(done, options.total));
            const time = now();
            if (time - started >= SHOW_AFTER_MS && time - lastDraw >= REDRAW_EVERY_MS)
                draw(time);
        },
        done() {
            if (!drawn)
                return;
            draw(now());
            stream.write('\n');
        },
    };
}
/**
 * `label  done/total  pct%  [####----]  rate/s  ETA m:ss`, fitted to `columns`: the bar shrinks,
 * then goes, then the rate, then the time left.
 */
export function formatProgress(label, done, total, elapsedSeconds, columns) {
    const fraction = total > 0 ? done / total : 1;
    const percent = `${(100 * fraction).toFixed(1)}%`;
    const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
    const eta = rate > 0 ? formatDuration((total - done) / rate) : '--:--';
    const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
    const rateText = `${formatRate(rate)}/s`;
    const head = `${label}  ${counts}  ${percent}`;
    const tail = `${rateText}  ETA ${eta}`;
    const room = columns - 1 - head.length - tail.length - 6;
    if (room >= 5) {
        const width = Math.min(30, room);
        const filled = Math.round(width * fraction);
        return `${head}  [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]  ${tail}`;
    }
    // Too narrow for a bar: drop parts from the right, whole, until the line fits.
    const shorter = [`${head}  ${tail}`, `${head}  ETA ${eta}`, head].find((line) => line.length <= columns - 1);
    return shorter ?? head.slice(0, Math.max(0, columns - 1));
}
function formatRate(rate) {
    if (rate >= 100)
        return Math.round(rate).toLocaleString('en-US');
    return rate >= 10 ? rate.toFixed(1) : rate.toFixed(2);
}
/** Seconds as m:ss, or h:mm:ss from an hour. */
export function formatDuration(seconds) {
    const whole = Math.max(0, Math.round(seconds));
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = String(whole % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
//# sourceMappingURL=progress.js.map