import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The livelift version from package.json (two folders above both src/sim and dist/sim). */
export function liveliftVersion(): string {
  if (cached === undefined) {
    const text = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8');
    cached = String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown');
  }
  return cached;
}
