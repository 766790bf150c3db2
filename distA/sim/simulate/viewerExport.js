import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { VIEWER_CSV_HEADER } from '../model/index.js';
/**
 * Per-viewer export across replicates, written like `writeFileAtomic` (a temporary sibling renamed
 * over the target) but streamed: each replicate streams its viewers into its own part file
 * (`partPrefix` + index, also from worker threads), then the parts are appended in replicate order
 * after the header, so the file is identical for any number of workers.
 */
export class ViewerExport {
    replicates;
    target;
    partPrefix;
    constructor(path, replicates) {
        this.replicates = replicates;
        this.target = resolve(path);
        mkdirSync(dirname(this.target), { recursive: true });
        this.partPrefix = join(dirname(this.target), `.${basename(this.target)}.part-${process.pid}-`);
    }
    /** Join the parts into the target (atomically) and remove them. */
    commit() {
        const temporary = join(dirname(this.target), `.${basename(this.target)}.tmp-${process.pid}`);
        const out = openSync(temporary, 'w');
        try {
            writeSync(out, VIEWER_CSV_HEADER + '\n');
            const buffer = Buffer.allocUnsafe(1 << 20);
            for (let index = 0; index < this.replicates; index++)
                appendFile(out, `${this.partPrefix}${index}`, buffer);
        }
        catch (error) {
            closeSync(out);
            rmSync(temporary, { force: true });
            throw error;
        }
        closeSync(out);
        renameSync(temporary, this.target);
        this.cleanUp();
    }
    /** Remove any part files (after a failure, or once committed). */
    cleanUp() {
        for (let index = 0; index < this.replicates; index++) {
            const part = `${this.partPrefix}${index}`;
            if (existsSync(part))
                rmSync(part, { force: true });
        }
    }
}
function appendFile(out, path, buffer) {
    const input = openSync(path, 'r');
    try {
        for (;;) {
            const read = readSync(input, buffer, 0, buffer.length, null);
            if (read === 0)
                break;
            writeSync(out, buffer, 0, read);
        }
    }
    finally {
        closeSync(input);
    }
}
//# sourceMappingURL=viewerExport.js.map