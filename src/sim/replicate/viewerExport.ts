import { closeSync, mkdirSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { releaseTemporary, removeLeftoverTemporaries, removeTemporary, temporaryFor } from '../../io/temporaries.js';
import { CSV_LINE_END } from '../../format/csv.js';
import { VIEWER_CSV_HEADER } from '../model/index.js';

/**
 * Per-viewer export across replicates, written atomically but streamed: each replicate streams its
 * viewers into its own part file (`partPrefix` + index, also from worker threads), then the parts
 * are appended in replicate order after the header, so the file is identical for any number of
 * workers. Parts and the joined file live in the target's one temporary folder
 * (`.<name>.livelift-tmp-<pid>`, see io/temporaries.ts), removed on success, failure or a signal.
 */
export class ViewerExport {
  readonly target: string;
  readonly partPrefix: string;
  private readonly temporary: string;

  constructor(path: string, private readonly replicates: number) {
    this.target = resolve(path);
    mkdirSync(dirname(this.target), { recursive: true });
    removeLeftoverTemporaries(this.target);
    this.temporary = temporaryFor(this.target);
    mkdirSync(this.temporary);
    this.partPrefix = join(this.temporary, 'part-');
  }

  /** Join the parts into the target (atomically) and remove them. */
  commit(): void {
    const joined = join(this.temporary, 'joined.csv');
    const out = openSync(joined, 'w');
    try {
      writeSync(out, VIEWER_CSV_HEADER + CSV_LINE_END);
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (let index = 0; index < this.replicates; index++) appendFile(out, `${this.partPrefix}${index}`, buffer);
    } finally {
      closeSync(out);
    }
    renameSync(joined, this.target);
    this.cleanUp();
  }

  /** Remove the temporary folder (after a failure, or once committed). */
  cleanUp(): void {
    removeTemporary(this.temporary);
    releaseTemporary(this.temporary);
  }
}

function appendFile(out: number, path: string, buffer: Buffer): void {
  const input = openSync(path, 'r');
  try {
    for (;;) {
      const read = readSync(input, buffer, 0, buffer.length, null);
      if (read === 0) break;
      writeSync(out, buffer, 0, read);
    }
  } finally {
    closeSync(input);
  }
}
