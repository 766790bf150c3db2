import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { builtWorkbench, serveFolder } from '../../src/cli/commands/serve.js';
import { WORKBENCH_BUILT, notBuilt } from './helpers/workbenchBrowser.js';

const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), 'livelift-serve-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function livelift(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/cli/main.js', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.skipIf(!WORKBENCH_BUILT)(`livelift serve${WORKBENCH_BUILT ? '' : ` (SKIPPED: ${notBuilt})`}`, () => {
  it('--build writes the static site, and rebuilds over its own earlier build', async () => {
    const site = join(workDir, 'site');
    for (let round = 0; round < 2; round++) {
      const { code, stderr } = await livelift('serve', '--build', site);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe(readFileSync(join(await builtWorkbench(), 'index.html'), 'utf8'));
  });

  it('--build refuses a non-empty folder it did not write (exit 2, nothing changed)', async () => {
    const mine = join(workDir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep me');
    const { code, stderr } = await livelift('serve', '--build', mine);
    expect(code).toBe(2);
    expect(stderr).toContain('--build: refusing to replace');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(mine, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(mine, 'index.html'))).toBe(false);
  });

  it('the bundle has no Node-only import left in it (nothing stubbed for the browser)', async () => {
    const { readdirSync } = await import('node:fs');
    const assets = join(await builtWorkbench(), 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const name of scripts) {
      const code = readFileSync(join(assets, name), 'utf8');
      expect(code, name).not.toMatch(/["']node:[a-z_]+["']|__vite-browser-external/);
      expect(code, name).not.toMatch(/https?:\/\/(?!www\.w3\.org|vega\.github\.io\/schema)[a-z0-9.-]+\.[a-z]{2,}\/[^"'\s]*\.(js|css|json)\b/);
    }
  });

  it('serves the built files on localhost and nothing outside them', async () => {
    const { url, close } = await serveFolder(await builtWorkbench(), 0);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const index = await fetch(url);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toContain('text/html');
      expect(await index.text()).toContain('livelift workbench');
      for (const path of ['../package.json', '%2e%2e/package.json', '..%2f..%2fpackage.json', 'missing.js']) expect((await fetch(`${url}${path}`)).status, path).toBe(404);
      expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    } finally {
      await close();
    }
  });
});
