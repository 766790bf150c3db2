import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The URL of the compiled JavaScript for a module, for code that must run under plain Node
 * (worker threads, child processes): a `.ts` file under `src/` maps to its build output under
 * `dist/` (`src/x/y.ts` → `dist/x/y.js`, the layout of tsconfig.json's rootDir/outDir); any other
 * URL is returned unchanged. Tests run TypeScript through vitest, but a worker cannot.
 *
 * Throws if the compiled file does not exist, saying how to make it.
 */
export function compiledModuleUrl(moduleUrl: URL): URL {
  if (moduleUrl.protocol !== 'file:' || !moduleUrl.pathname.endsWith('.ts')) return moduleUrl;
  const sourcePath = fileURLToPath(moduleUrl);
  const match = /^(.*)[\\/]src[\\/](.*)\.ts$/.exec(sourcePath);
  if (match === null) {
    throw new Error(`compiledModuleUrl: ${sourcePath} is a TypeScript file outside src/; workers need compiled JavaScript`);
  }
  const compiledPath = `${match[1]}/dist/${match[2]}.js`;
  if (!existsSync(compiledPath)) {
    throw new Error(`compiledModuleUrl: ${compiledPath} does not exist (compiled from ${sourcePath}); run npm run build`);
  }
  return pathToFileURL(compiledPath);
}
