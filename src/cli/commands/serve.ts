import type { CommandModule } from 'yargs';
import { InputError } from '../../io/inputError.js';

/** Options of `livelift serve`. */
export interface ServeArguments {
  port: number;
  open: boolean;
  build?: string;
}

/** The marker a built site carries, so `--build` replaces only a folder it wrote before. */
const SITE_MARKER = '.livelift-workbench';

/**
 * `livelift serve`: the web workbench (plan editor, runs, comparisons, labs) on localhost, or, with
 * `--build DIR`, the same files as a static site that any web server can host.
 *
 *   dist/web (vite build) ─▶ node:http on 127.0.0.1:PORT, only files from that folder (GET/HEAD)
 *                         └▶ --build DIR: a copy, written atomically; a non-empty folder that
 *                            livelift did not write is refused (exit 2), never overwritten
 */
export const serveCommand: CommandModule<object, ServeArguments> = {
  command: 'serve',
  describe: 'Serve the web workbench on localhost (edit a plan, run it, compare plans, labs), or write it as a static site',
  builder: (yargs) =>
    yargs
      .option('port', { type: 'number', default: 8080, describe: 'Port on 127.0.0.1 (0 picks a free one)' })
      .option('open', { type: 'boolean', default: false, describe: 'Open the workbench in the default browser' })
      .option('build', { type: 'string', describe: 'Write the workbench as a static site to this folder instead of serving it' })
      .example('$0 serve --open', 'Workbench at http://127.0.0.1:8080/')
      .example('$0 serve --build site/', 'Static site for any web server'),
  handler: async (argv) => {
    const root = await builtWorkbench();
    if (argv.build !== undefined) {
      await writeSite(root, argv.build);
      process.stdout.write(`Wrote the livelift workbench to ${argv.build} (open index.html through any static web server).\n`);
      return;
    }
    if (!(Number.isInteger(argv.port) && argv.port >= 0 && argv.port <= 65535)) throw new InputError({ path: '--port', message: `must be a whole number from 0 to 65535, got ${argv.port}` });
    const { url } = await serveFolder(root, argv.port);
    process.stdout.write(`livelift workbench at ${url} (Ctrl-C stops it)\n`);
    if (argv.open) await openInBrowser(url);
  },
};

/** The workbench as built by `npm run build:web` (dist/web beside dist/cli, from src/ or dist/). */
export async function builtWorkbench(): Promise<string> {
  const [{ existsSync }, { fileURLToPath }] = await Promise.all([import('node:fs'), import('node:url')]);
  const root = fileURLToPath(new URL('../../../dist/web/', import.meta.url));
  if (!existsSync(`${root}index.html`)) throw new InputError({ path: 'dist/web', message: 'the web workbench is not built; run: npm run build:web' });
  return root;
}

/** Copy the built workbench to `dir` (atomically), refusing a non-empty folder that is not an earlier build. */
async function writeSite(root: string, dir: string): Promise<void> {
  const [{ existsSync, readdirSync, readFileSync, statSync }, { join, relative }, { writeDirAtomic }] = await Promise.all([import('node:fs'), import('node:path'), import('../../io/atomicWrite.js')]);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new InputError({ path: '--build', message: `${dir} is a file; name a folder` });
    if (readdirSync(dir).length > 0 && !existsSync(join(dir, SITE_MARKER))) throw new InputError({ path: '--build', message: `refusing to replace ${dir}: it is not empty and was not written by livelift serve --build` });
  }
  const files: Record<string, Uint8Array | string> = { [SITE_MARKER]: 'Written by livelift serve --build; the folder is replaced as a whole on the next build.\n' };
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path);
    }
  };
  walk(root);
  writeDirAtomic(dir, files);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serve the files of `root` (and nothing else) on 127.0.0.1:`port`; resolves with the URL once
 * listening, and a way to stop. Paths are decoded, normalised and must stay inside `root`;
 * anything else is a 404.
 */
export async function serveFolder(root: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const [{ createServer }, { readFile, stat }, { extname, join, normalize, sep }] = await Promise.all([import('node:http'), import('node:fs/promises'), import('node:path')]);
  const server = createServer((request, response) => {
    const reply = (status: number, body: string | Uint8Array, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Method not allowed\n');
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return reply(400, 'Bad request\n');
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return reply(404, 'Not found\n');
    stat(file)
      .then((info) => (info.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then((body) => reply(200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'))
      .catch(() => reply(404, 'Not found\n'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new InputError({ path: '--port', message: `port ${port} is in use; choose another with --port` }) : error));
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : port}/`;
  return { url, close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }) };
}

/** Ask the desktop to open `url` (xdg-open, open or start); failing to do so is not an error. */
async function openInBrowser(url: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`livelift: could not open a browser; open ${url} yourself\n`));
  child.unref();
}
