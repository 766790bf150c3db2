import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { layerProblems } from '../../scripts/importGraph.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const problemsOf = layerProblems;

/** A throwaway tree of src/ files, written from a map of path → contents. */
function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'livelift-imports-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  made.push(root);
  return root;
}
const made: string[] = [];
afterEach(() => made.splice(0).forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

describe('the import-graph check', () => {
  it('passes a tree whose imports point one way', () => {
    const root = tree({
      'src/stats/mean.ts': 'export const mean = 1;',
      'src/analysis/run.ts': "import { mean } from '../stats/mean.js';",
      'src/cli/main.ts': "import '../analysis/run.js';",
    });
    expect(problemsOf(root)).toEqual([]);
  });

  it('finds a cycle between files, through static, type-only and dynamic imports', () => {
    const root = tree({
      'src/sim/a.ts': "import { b } from './b.js';",
      'src/sim/b.ts': "import type { C } from './c.js';",
      'src/sim/c.ts': "export const load = () => import('./a.js');",
    });
    expect(problemsOf(root)).toEqual(['file cycle: src/sim/a.ts ⇄ src/sim/b.ts ⇄ src/sim/c.ts']);
  });

  it('finds a stats → io import, a cycle between folders and an import of the CLI', () => {
    const root = tree({
      'src/stats/welch.ts': "import { read } from '../io/read.js';",
      'src/io/read.ts': "import { welch } from '../stats/welch.js';",
      'src/report/html.ts': "import { progress } from '../cli/progress.js';",
      'src/cli/progress.ts': 'export const progress = 0;',
    });
    expect(problemsOf(root)).toEqual([
      'file cycle: src/io/read.ts ⇄ src/stats/welch.ts',
      'folder cycle: src/io ⇄ src/stats',
      'nothing outside src/cli imports src/cli: src/report/html.ts → src/cli/progress.ts',
      'src/stats imports only src/stats and src/math: src/stats/welch.ts → src/io/read.ts',
    ]);
  });

  it('finds an analysis → report import', () => {
    const root = tree({
      'src/analysis/text.ts': "import { formatCount } from '../report/format.js';",
      'src/report/format.ts': 'export const formatCount = 1;',
    });
    expect(problemsOf(root)).toEqual(['src/analysis imports no src/report (formatting is in src/format): src/analysis/text.ts → src/report/format.ts']);
  });

  it('reads no import out of a comment', () => {
    const root = tree({
      'src/stats/a.ts': "/** @example import { x } from '../io/x.js' */\n// import '../io/x.js'\nexport const a = 1;",
      'src/io/x.ts': 'export const x = 1;',
    });
    expect(problemsOf(root)).toEqual([]);
  });
});

describe('livelift’s own import graph', () => {
  // The problems the tree had when the check was introduced, being paid off (docs/architecture.md).
  // New problems fail here; a problem that is fixed must leave the list, so the list only shrinks.
  const baseline = fs.readFileSync(path.join(projectRoot, 'scripts/importGraph.baseline.txt'), 'utf8').split('\n').filter((line) => line !== '');

  it('adds no cycle and breaks no layer rule beyond the recorded baseline', () => {
    const added = problemsOf(projectRoot).filter((problem) => !baseline.includes(problem));
    expect(added).toEqual([]);
  });

  it('lists in its baseline only problems that still exist', () => {
    const current = problemsOf(projectRoot);
    expect(baseline.filter((problem) => !current.includes(problem))).toEqual([]);
  });
});
