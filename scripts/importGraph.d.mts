/** Types of scripts/importGraph.mjs (plain JavaScript so that it runs without a build). */
export function sourceFiles(projectRoot: string, root?: string): string[];
export function importGraph(projectRoot: string, files: string[]): Map<string, string[]>;
export function cycles(graph: Map<string, string[]>): string[][];
export function topFolder(file: string): string;
export function folderGraph(graph: Map<string, string[]>): Map<string, string[]>;
export const RULES: { name: string; broken: (from: string, to: string) => boolean }[];
export function ruleViolations(graph: Map<string, string[]>): string[];
export function layerProblems(projectRoot: string): string[];
