import { writeDirAtomic, writeFileAtomic } from '../io/atomicWrite.js';
import { protectOutputs, type OutputTarget } from '../io/protectOutputs.js';
import { escapeControlCharacters, escapeJsonControlCharacters } from '../format/escapeControlCharacters.js';
import { resultProblem } from '../results/resultProblem.js';
import { createProgress, type Progress } from './progress.js';

/** One command's part of the flow: what it reads and writes, how it runs and shows its result. */
export interface CommandFlow<R> {
  /** Files the command reads (never overwritten). */
  inputs: readonly string[];
  /** The report folder (`--out`), when asked for. */
  out?: string;
  /** Other outputs (e.g. `--export-viewers`), checked with the report folder. */
  otherOutputs?: readonly OutputTarget[];
  /** `--json`: print the result instead of the text. */
  json: boolean;
  /** The computation; `progress(label, total)` starts a progress bar on stderr. */
  run(progress: (label: string, total: number) => Progress): Promise<R>;
  /** The result as JSON text (what `--json` prints and `result.json` holds). */
  toJson(result: R): string;
  /** The result for a reader. */
  toText(result: R): string;
  /** Every file of the `--out` folder (report.html, charts/, tables/, data/, result.json). */
  reportFiles?(result: R, json: string): Promise<Record<string, string | Uint8Array>>;
  /** Single files written beside the folder (path → text, e.g. `fit --out fitted.json`), checked as `otherOutputs`. */
  otherFiles?(result: R): Record<string, string>;
  /** The line that says where the `--out` folder went (given the escaped path), when it is not a report (default: wroteLine). */
  wrote?(out: string): string;
}

/**
 * The one flow every command runs through:
 *
 *   options (zod / checked by the command) ─▶ protectOutputs (inputs and outputs, before any work)
 *   ─▶ progress ─▶ run ─▶ result (checked against its schema, src/results) ─▶ text | --json
 *   ─▶ --out report (writeDirAtomic) ─▶ "Wrote …"
 *
 * Nothing is written before the whole result and every report file exist; the text for the
 * terminal has its control characters escaped.
 * @returns what to print on stdout.
 */
export async function runCommandFlow<R>(flow: CommandFlow<R>): Promise<string> {
  const outputs: OutputTarget[] = [...(flow.out === undefined ? [] : [{ option: '--out', path: flow.out, kind: 'folder' as const }]), ...(flow.otherOutputs ?? [])];
  protectOutputs(outputs, flow.inputs);
  const bars: Progress[] = [];
  let result: R;
  try {
    result = await flow.run((label, total) => {
      bars.at(-1)?.done();
      bars.push(createProgress({ label, total }));
      return bars[bars.length - 1];
    });
  } finally {
    bars.at(-1)?.done();
  }
  const json = flow.toJson(result);
  checkResult(json);
  const folder = flow.out !== undefined && flow.reportFiles !== undefined ? await flow.reportFiles(result, json) : undefined;
  for (const [path, text] of Object.entries(flow.otherFiles?.(result) ?? {})) writeFileAtomic(path, text);
  if (folder !== undefined) writeDirAtomic(flow.out!, folder);
  if (flow.json) return escapeJsonControlCharacters(json);
  const text = escapeControlCharacters(flow.toText(result));
  if (flow.out === undefined) return text;
  const wrote = flow.wrote?.(escapeControlCharacters(flow.out, false)) ?? wroteLine(flow.out);
  return text === '' ? wrote : `${text}\n${wrote}`;
}

/**
 * The result as it will be printed and saved, read back and checked against its kind's schema. A
 * mismatch is livelift's bug: an internal error (exit 1, one line), before anything is written.
 */
function checkResult(json: string): void {
  const problem = resultProblem(JSON.parse(json));
  if (problem !== undefined) throw new Error(problem);
}

/** The one line that says where the report went. */
export function wroteLine(out: string): string {
  return `Wrote the report (report.html, charts/, tables/, result.json; CSVs in data/) to ${escapeControlCharacters(out, false)}\n`;
}
