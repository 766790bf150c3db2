import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

/**
 * The web workbench's bundle: src/web/index.html and everything it imports (the simulator, the
 * stats engine and the report's chart specs, unchanged) → dist/web, with relative URLs so the
 * folder runs from any static host (`livelift serve`, `livelift serve --build DIR`).
 */
const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Fail the build when livelift's own code in the page reaches a Node built-in (`node:fs`, `path`,
 * …): Vite would otherwise stub it with a warning and the page would break only when the code
 * runs. (Dependencies may probe for one, as seedrandom does for `crypto` in a try block.)
 */
function noNodeBuiltins(): Plugin {
  const builtins = new Set(builtinModules);
  return {
    name: 'livelift-no-node-builtins',
    enforce: 'pre',
    resolveId(id, importer) {
      const ours = importer !== undefined && !importer.includes('/node_modules/');
      if (ours && (id.startsWith('node:') || builtins.has(id))) this.error(`${importer ?? 'the page'} imports ${id}: the web workbench must not import Node built-ins (split the browser-safe part into its own file)`);
      return null;
    },
  };
}

export default defineConfig({
  plugins: [noNodeBuiltins()],
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  base: './',
  publicDir: false,
  define: { __LIVELIFT_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
  worker: { format: 'es', plugins: () => [noNodeBuiltins()] },
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
});
