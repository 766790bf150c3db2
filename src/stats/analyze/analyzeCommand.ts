import { writeDirAtomic } from '../../io/atomicWrite.js';
import { protectOutputs } from '../../io/protectOutputs.js';
import { InputError } from '../../io/inputError.js';
import { liveliftVersion } from '../../io/liveliftVersion.js';
import { toCsv } from '../../report/toCsv.js';
import type { AnalysisResult } from './analysisResult.js';
import { analysisTables } from './analysisTables.js';
import { analysisText } from './analysisText.js';
import { analyzeInput } from './analyzeInput.js';
import { AnalyzeOptionsSchema, type AnalyzeOptions } from './analyzeOptions.js';
import { runAnalysis } from './runAnalysis.js';

/**
 * What `livelift analyze` does once yargs has parsed the command line:
 *
 *   raw options → AnalyzeOptionsSchema (InputError per problem, named by its --option)
 *     → refuse an --out that holds the input → analyzeInput → runAnalysis
 *     → stdout (JSON or tables) and, with --out, the full report (report.html, charts, result.json,
 *       the report's tables/*.csv, data/*.csv) written atomically
 *
 * Nothing is written before the whole analysis and every chart have succeeded.
 * @returns the text printed on stdout.
 */
export async function analyzeCommand(raw: Record<string, unknown>, io: { bufferSize?: number } = {}): Promise<string> {
  const options = parseAnalyzeOptions(raw);
  const input = options.file ?? options.summary!;
  if (options.out !== undefined) protectOutputs([{ option: '--out', path: options.out, kind: 'folder' }], [input]);
  const result = runAnalysis(analyzeInput(options, io), options, { version: liveliftVersion() });
  if (options.out !== undefined) await writeAnalysisReport(options.out, result, input);
  const printed = options.json ? `${JSON.stringify(result, null, 2)}\n` : analysisText(result);
  return options.out !== undefined && !options.json ? `${printed}\nWrote report.html, charts/, tables/, data/ and result.json to ${options.out}\n` : printed;
}

/** The report folder: the report layer's files, plus the analysis tables under their own names. */
async function writeAnalysisReport(out: string, result: AnalysisResult, input: string): Promise<void> {
  const { buildAnalysisReport, reportFiles } = await import('../../report/index.js');
  const { files } = await reportFiles(buildAnalysisReport(result, input));
  writeDirAtomic(out, { ...analysisFiles(result), ...files });
}

/** Validate raw command-line values; each problem names its option (`--prior-variance`). */
export function parseAnalyzeOptions(raw: Record<string, unknown>): AnalyzeOptions {
  const known = Object.keys(AnalyzeOptionsSchema.shape);
  const picked = Object.fromEntries(Object.entries(raw).filter(([key, value]) => known.includes(key) && value !== undefined));
  const parsed = AnalyzeOptionsSchema.safeParse(picked);
  if (parsed.success) return parsed.data;
  throw new InputError(parsed.error.issues.map((issue) => ({ path: optionName(issue.path), message: issue.message })));
}

/** The analysis's own files of an --out folder: the result and its machine-readable tables. */
export function analysisFiles(result: AnalysisResult): Record<string, string> {
  const tables = Object.fromEntries(analysisTables(result).map((table) => [`data/${table.name}.csv`, toCsv(table)]));
  return { 'result.json': `${JSON.stringify(result, null, 2)}\n`, ...tables };
}

function optionName(path: readonly PropertyKey[]): string {
  const [key] = path;
  if (key === 'file') return '<file>';
  return `--${String(key ?? '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
