/** Types of scripts/goldenOutputs.mjs (plain JavaScript so that it runs without a build). */
export interface GoldenCase {
  name: string;
  args: string[];
}
/** Case name → relative path (with /) → text. */
export type Outputs = Record<string, Record<string, string>>;
export const ROOT: string;
export const GOLDEN_DIR: string;
export const CASES: GoldenCase[];
export function runCase(testCase: GoldenCase, out: string): Promise<string>;
export function liveliftVersion(): string;
export function normalise(text: string, version: string, folder: string): string;
export function comparedFiles(dir: string, transform?: (text: string) => string): Record<string, string>;
export function produceOutputs(cases?: GoldenCase[], parallel?: number): Promise<Outputs>;
export function goldenOutputs(): Outputs;
