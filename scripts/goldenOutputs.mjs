// Golden outputs: every shipped scenario and experiment run through the compiled CLI at a fixed
// seed with few replicates, and the JSON results and CSV files it writes, byte for byte.
//
//   node scripts/goldenOutputs.mjs          (or `npm run goldens`) regenerate test/fixtures/golden-outputs
//   node scripts/goldenOutputs.mjs NAME…    regenerate only those cases (folder names)
//   test/cli/goldenOutputs.test.ts          compares a fresh run with the committed files
//
// Needs dist/ (`npm run build`). Plain JavaScript so that it runs without a build of its own.
// What legitimately varies is normalised before comparing: the livelift version (the envelope's
// `version`, `livelift.version`, the fit block's `tool`) the temporary folder the run wrote to, and the checkout's own path.
// Charts (SVG, PNG, Vega-Lite specs) and report.html are not compared: they show the same numbers.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GOLDEN_DIR = join(ROOT, 'test', 'fixtures', 'golden-outputs');

/** `{OUT}` in the arguments is the case's output folder. Paths are relative to the project root. */
const SIMULATE = (file) => ['simulate', file, '--replicates', '2', '--seed', '1', '--workers', '1', '--out', '{OUT}'];
const EXPERIMENT = (file) => ['experiment', file, '--replicates', '2', '--seed', '1', '--workers', '1', '--out', '{OUT}'];
const EXPERIMENTS = ['coupon-depth', 'flash-sale-timing', 'host-bandit', 'host-strategy', 'link-placement', 'pitch-policy', 'price-points'];
const PAST = ['scenarios/past-sessions/plan.json', '--viewers', 'scenarios/past-sessions/viewers.csv', '--seed', '1', '--simulations', '1'];

/** Every case: a name (its folder under test/fixtures/golden-outputs) and the CLI arguments. */
export const CASES = [
  ...['ebook-night', 'membership-qa', 'python-course-launch'].map((name) => ({ name: `simulate-${name}`, args: SIMULATE(`scenarios/${name}.json`) })),
  { name: 'simulate-reference-session', args: SIMULATE('scenarios/benchmarks/reference-session.json') },
  ...EXPERIMENTS.map((name) => ({ name: `experiment-${name}`, args: EXPERIMENT(`scenarios/experiments/${name}.json`) })),
  { name: 'sweep-python-course-launch', args: ['sweep', 'scenarios/python-course-launch.json', '--param', 'products[0].price', '--values', '199,399', '--replicates', '2', '--seed', '1', '--workers', '1', '--out', '{OUT}'] },
  { name: 'power-host-strategy', args: ['power', 'scenarios/experiments/host-strategy.json', '--replicates', '20', '--pool-sessions', '20', '--seed', '1', '--workers', '1', '--out', '{OUT}'] },
  { name: 'fit-past-sessions', args: ['fit', ...PAST, '--out', '{OUT}/fitted.json', '--report', '{OUT}/report', '--check-replicates', '3'] },
  { name: 'backtest-past-sessions', args: ['backtest', ...PAST, '--predictions', '5', '--out', '{OUT}/backtest'] },
];

/** The compared files of a case: result JSON and CSV, not charts or HTML. */
const COMPARED = /\.(json|csv)$/;
const NOT_COMPARED = /(^|\/)charts\//;

/** Run one case with the compiled CLI into `out`; resolves with its stdout, rejects with its stderr. */
export function runCase(testCase, out) {
  mkdirSync(join(out, 'out'), { recursive: true });
  const args = testCase.args.map((arg) => arg.replaceAll('{OUT}', join(out, 'out')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`livelift ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

/** The livelift version outputs carry (package.json). */
export function liveliftVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
}

/**
 * A file's text with what legitimately varies replaced: the version, the run's own folder, and the
 * checkout's own path (results record the resolved scenario file, and a clone may live anywhere).
 */
export function normalise(text, version, folder) {
  const quoted = (s) => JSON.stringify(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text
    .replace(new RegExp(quoted(version), 'g'), '"(version)"')
    .replace(new RegExp(quoted(`livelift ${version}`), 'g'), '"livelift (version)"')
    .replaceAll(folder, '(out)')
    .replaceAll(ROOT, '(repo)');
}

/** Every compared file under `dir`, as relative path (with /) → its text after `transform`, sorted by path. */
export function comparedFiles(dir, transform = (text) => text) {
  const files = {};
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const key = relative(dir, path).split(sep).join('/');
        if (COMPARED.test(key) && !NOT_COMPARED.test(key)) files[key] = transform(readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return files;
}

/** Run every case (two at a time) in a temporary folder: case name → its compared files. */
export async function produceOutputs(cases = CASES, parallel = 2) {
  const tmp = mkdtempSync(join(tmpdir(), 'livelift-golden-'));
  const version = liveliftVersion();
  const outputs = {};
  try {
    const queue = [...cases];
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const folder = join(tmp, next.name);
        await runCase(next, folder);
        outputs[next.name] = comparedFiles(join(folder, 'out'), (text) => normalise(text, version, join(folder, 'out')));
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return outputs;
}

/** The committed golden files: case name → relative path → text. */
export function goldenOutputs() {
  const outputs = {};
  for (const name of readdirSync(GOLDEN_DIR).sort()) {
    if (statSync(join(GOLDEN_DIR, name)).isDirectory()) outputs[name] = comparedFiles(join(GOLDEN_DIR, name));
  }
  return outputs;
}

/** Replace test/fixtures/golden-outputs with a fresh run of every case (or only the cases named). */
async function regenerate(names) {
  const unknown = names.filter((name) => !CASES.some((c) => c.name === name));
  if (unknown.length > 0) throw new Error(`no golden case ${unknown.join(', ')}; the cases: ${CASES.map((c) => c.name).join(', ')}`);
  const outputs = await produceOutputs(names.length === 0 ? CASES : CASES.filter((c) => names.includes(c.name)));
  if (names.length === 0) rmSync(GOLDEN_DIR, { recursive: true, force: true });
  for (const name of names) rmSync(join(GOLDEN_DIR, name), { recursive: true, force: true });
  let count = 0;
  for (const [name, files] of Object.entries(outputs)) {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(GOLDEN_DIR, name, path)), { recursive: true });
      writeFileSync(join(GOLDEN_DIR, name, path), text);
      count++;
    }
  }
  console.log(`golden outputs: wrote ${count} files for ${Object.keys(outputs).length} cases to ${relative(ROOT, GOLDEN_DIR)}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await regenerate(process.argv.slice(2));
