import { reportFromResult } from './reportFromResult.js';
import { reportFiles } from './writeReport.js';
/**
 * The `--out` folder of a command that also writes machine-readable files of its own: the full
 * report (report.html, charts/, tables/, result.json) built from the result by its kind's
 * builder, merged with the command's files. The command's `result.json` is kept as written; its
 * other files keep their names, except that `tables/<name>.csv` moves to `data/<name>.csv`, where
 * it cannot collide with the report's own tables.
 *
 *   result ─▶ reportFromResult (builder by kind) ─▶ reportFiles ─┐
 *   command files ─▶ tables/ → data/ ────────────────────────────┴─▶ one map for writeDirAtomic
 */
export async function commandReportFiles(result, inputFile, own) {
    const { files } = await reportFiles(reportFromResult(result, inputFile));
    const moved = Object.fromEntries(Object.entries(own).map(([path, content]) => [path.startsWith('tables/') ? `data/${path.slice('tables/'.length)}` : path, content]));
    return { ...files, ...moved };
}
//# sourceMappingURL=commandReportFiles.js.map