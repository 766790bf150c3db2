/**
 * The file livelift puts in every folder it writes (`--out`, `report --out`, `demo`). A later run
 * replaces a folder only when it is empty or holds this file, so a mistyped `--out` never deletes
 * a user's files.
 */
export const REPORT_MARKER = '.livelift-report';

/** What the marker says to someone who opens it. */
export const REPORT_MARKER_TEXT = 'This folder was written by livelift. livelift replaces it as a whole on the next run with the same --out; delete this file to keep it from being replaced.\n';
