// The import graph of src/ and the layer rules livelift keeps (docs/architecture.md).
//
//   read every src/**/*.ts → resolve each relative import (static, re-export, dynamic import())
//     → file edges → cycles between files (Tarjan's strongly connected components)
//     → folder edges → cycles between top-level folders, and the rule table below
//
// Plain JavaScript so that `npm run lint` runs it without a build and the test suite imports it.
import fs from 'node:fs';
import path from 'node:path';

/** Every `from '…'`, `import '…'` and `import('…')` specifier in a TypeScript source. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** The .ts files below `root`, as paths relative to `projectRoot` with forward slashes. */
export function sourceFiles(projectRoot, root = 'src') {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(relative);
    }
  };
  walk(root);
  return files.sort();
}

/**
 * File → the project files it imports. Comments are stripped first so that an example in a doc
 * comment is not an edge; type-only imports count (a cycle of types is still a tangle to read).
 */
export function importGraph(projectRoot, files) {
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const text = stripComments(fs.readFileSync(path.join(projectRoot, file), 'utf8'));
    const targets = new Set();
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1];
      if (!specifier.startsWith('.')) continue;
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
      const candidates = [resolved, `${resolved}.ts`, `${resolved}/index.ts`];
      const hit = candidates.find((candidate) => known.has(candidate));
      if (hit !== undefined && hit !== file) targets.add(hit);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Strongly connected components of more than one node (Tarjan, iterative): the import cycles. */
export function cycles(graph) {
  let index = 0;
  const order = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  for (const start of graph.keys()) {
    if (order.has(start)) continue;
    const work = [[start, 0]];
    order.set(start, index); low.set(start, index); index += 1; stack.push(start); onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      const targets = graph.get(node) ?? [];
      if (next < targets.length) {
        frame[1] += 1;
        const target = targets[next];
        if (!graph.has(target)) continue;
        if (!order.has(target)) {
          order.set(target, index); low.set(target, index); index += 1; stack.push(target); onStack.add(target);
          work.push([target, 0]);
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node), order.get(target)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === order.get(node)) {
        const component = [];
        let member;
        do { member = stack.pop(); onStack.delete(member); component.push(member); } while (member !== node);
        if (component.length > 1) found.push(component.sort());
      }
    }
  }
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

/** `src/sim/model/x.ts` → `sim`; `src/experiments/a/b.ts` → `experiments`. */
export function topFolder(file) {
  return file.split('/')[1].replace(/\.ts$/, '');
}

/** Top-level folder → the top-level folders its files import. */
export function folderGraph(graph) {
  const folders = new Map();
  for (const [file, targets] of graph) {
    const from = topFolder(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const target of targets) {
      const to = topFolder(target);
      if (to !== from) folders.get(from).add(to);
    }
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets].sort()]));
}

/**
 * The layer rules (STYLE.md § Layers). Each returns the offending file edges as `a → b` strings.
 * - stats is pure maths: it imports only stats and math (the elementary functions, same bits in
 *   every engine), and math imports nothing;
 * - only cli knows the command line, the terminal and progress bars: nothing outside cli imports it
 *   (bench is a developer tool beside cli, with its own entry point, so it may not either);
 * - the report reads results, it does not compute statistics: report imports no stats;
 * - the analysis makes results, the report shows them: analysis imports no report (its numbers,
 *   percentages, text tables and CSVs come from src/format).
 * - a result is plain data defined once (src/results): results imports only results (and zod), so
 *   every layer may read it and none of sim, experiments, analysis, report, cli or io leaks in.
 */
export const RULES = [
  { name: 'src/stats imports only src/stats and src/math', broken: (from, to) => topFolder(from) === 'stats' && !['stats', 'math'].includes(topFolder(to)) },
  { name: 'src/math imports nothing', broken: (from, to) => topFolder(from) === 'math' && topFolder(to) !== 'math' },
  { name: 'nothing outside src/cli imports src/cli', broken: (from, to) => topFolder(from) !== 'cli' && topFolder(to) === 'cli' },
  { name: 'src/report imports no src/stats (it reads results)', broken: (from, to) => topFolder(from) === 'report' && topFolder(to) === 'stats' },
  { name: 'src/analysis imports no src/report (formatting is in src/format)', broken: (from, to) => topFolder(from) === 'analysis' && topFolder(to) === 'report' },
  { name: 'src/results imports only src/results', broken: (from, to) => topFolder(from) === 'results' && topFolder(to) !== 'results' },
];

/** Every broken rule as `rule: from → to`. */
export function ruleViolations(graph) {
  const violations = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      for (const rule of RULES) if (rule.broken(from, to)) violations.push(`${rule.name}: ${from} → ${to}`);
    }
  }
  return violations.sort();
}

/** All problems of the tree at `projectRoot`, one line each. */
export function layerProblems(projectRoot) {
  const graph = importGraph(projectRoot, sourceFiles(projectRoot));
  return [
    ...cycles(graph).map((component) => `file cycle: ${component.join(' ⇄ ')}`),
    ...cycles(folderGraph(graph)).map((component) => `folder cycle: ${component.map((f) => `src/${f}`).join(' ⇄ ')}`),
    ...ruleViolations(graph),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = layerProblems(process.cwd());
  for (const problem of problems) console.log(problem);
  console.log(problems.length === 0 ? 'import graph: no cycle, no layer rule broken' : `import graph: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
