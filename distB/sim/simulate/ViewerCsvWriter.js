import { closeSync, openSync, writeSync } from 'node:fs';
/** Flush the buffer once it holds this many characters. */
const CHUNK = 1 << 20;
/**
 * Streams CSV lines to a file in large chunks, so a per-viewer export never holds all viewers in
 * memory: memory stays at one chunk whatever the number of viewers.
 */
export class ViewerCsvWriter {
    fd;
    buffer = '';
    constructor(path) {
        this.fd = openSync(path, 'w');
    }
    write(line) {
        this.buffer += line + '\n';
        if (this.buffer.length >= CHUNK)
            this.flush();
    }
    close() {
        this.flush();
        closeSync(this.fd);
    }
    flush() {
        if (this.buffer.length > 0)
            writeSync(this.fd, this.buffer);
        this.buffer = '';
    }
}
//# sourceMappingURL=ViewerCsvWriter.js.map