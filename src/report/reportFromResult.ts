import { InputError } from '../io/inputError.js';
import { readJsonFile } from '../io/readJsonFile.js';
import type { Report } from './report.js';
import { RESULT_REPORT_BUILDERS } from './resultReportBuilders.js';
import { resultKind } from '../results/resultKind.js';

/**
 * Rebuild a report from a saved result (`livelift report result.json --out DIR`):
 *
 *   read file ─▶ parse JSON ─▶ read `kind` ─▶ the kind's builder (validates, adapts, builds charts)
 *
 * Every problem with the file is an InputError naming the file (and the JSON path when known).
 */
export function reportFromResultFile(file: string): Report {
  return reportFromResult(readJsonFile(file), file);
}

/** Dispatch a parsed result on its `kind` field to the matching report builder. */
export function reportFromResult(result: unknown, file?: string): Report {
  const known = Object.keys(RESULT_REPORT_BUILDERS);
  const knownText = known.length === 0 ? 'none yet' : known.join(', ');
  if (result === null || typeof result !== 'object' || Array.isArray(result)) {
    throw new InputError({ file, message: `expected a livelift result (a JSON object with a "kind" field: ${knownText})` });
  }
  const kind = resultKind(result);
  if (typeof kind !== 'string') {
    throw new InputError({ file, path: 'kind', message: `missing or not a string; a livelift result names its kind (${knownText})` });
  }
  const builder = Object.hasOwn(RESULT_REPORT_BUILDERS, kind) ? RESULT_REPORT_BUILDERS[kind] : undefined;
  if (builder === undefined) {
    throw new InputError({ file, path: 'kind', message: `unknown result kind "${kind}"; reports can be rebuilt for: ${knownText}` });
  }
  return builder(result, file);
}
