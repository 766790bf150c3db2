import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const inCi = Boolean(process.env.CI);
export const missingChromium = `Chromium is missing at ${CHROMIUM}; install it with: apt-get update && apt-get install -y --no-install-recommends chromium`;

/** What a reader's browser saw: problems logged (console errors and warnings, page errors, requests leaving the folder). */
export interface PageVisit {
  readonly page: Page;
  readonly problems: string[];
}

/**
 * Open a local report.html in Debian's headless Chromium, with the flags this closed-network
 * machine needs, call `inspect` with the page, and close the browser whatever happens.
 */
export async function openInChromium(reportHtml: string, profileDir: string, inspect: (visit: PageVisit) => Promise<void>): Promise<void> {
  const context = await chromium.launchPersistentContext(join(profileDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`request left the folder: ${request.url()}`);
    });
    await page.goto(pathToFileURL(reportHtml).href, { waitUntil: 'load' });
    await inspect({ page, problems });
  } finally {
    await context.close();
  }
}
