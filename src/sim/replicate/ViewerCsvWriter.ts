import { closeSync, openSync, writeSync } from 'node:fs';
import { CSV_LINE_END } from '../../format/csv.js';

/** Flush the buffer once it holds this many characters. */
const CHUNK = 1 << 20;

/**
 * Streams CSV lines to a file in large chunks, so a per-viewer export never holds all viewers in
 * memory: memory stays at one chunk whatever the number of viewers.
 */
export class ViewerCsvWriter {
  private readonly fd: number;
  private buffer = '';

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(line: string): void {
    this.buffer += line + CSV_LINE_END;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}
