import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The version in livelift's package.json. Both `src/io/` (tests) and `dist/io/` (the
 * built CLI) sit two folders below the package root.
 */
export function liveliftVersion(): string {
  cachedVersion ??= readVersion();
  return cachedVersion;
}

let cachedVersion: string | undefined;

function readVersion(): string {
  const path = fileURLToPath(new URL('../../package.json', import.meta.url));
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : 'unknown';
}
