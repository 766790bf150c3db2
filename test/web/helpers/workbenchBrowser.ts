import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { builtWorkbench, serveFolder } from '../../../src/cli/commands/serve.js';
import { CHROMIUM } from '../../report/helpers/openInChromium.js';

/** The workbench served by `livelift serve`'s own server, and one headless Chromium for a test file. */
export interface Workbench {
  readonly url: string;
  /** A fresh page on the workbench; `problems` collects console errors and warnings, page errors and requests outside the app. */
  open(search: string): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

export const WORKBENCH_BUILT = existsSync(join(process.cwd(), 'dist', 'web', 'index.html'));
export const notBuilt = 'dist/web is missing: npm test builds it (pretest); alone, run: npm run build:web';

export async function startWorkbench(profileDir: string): Promise<Workbench> {
  const server = await serveFolder(await builtWorkbench(), 0);
  const context: BrowserContext = await chromium.launchPersistentContext(join(profileDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  return {
    url: server.url,
    async open(search) {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push(`request outside the app: ${url}`);
      });
      await page.goto(`${server.url}${search}`, { waitUntil: 'load' });
      return { page, problems };
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
}
