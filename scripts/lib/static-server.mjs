// A tiny static file server on 127.0.0.1 for the end-to-end tests, the demo and the benchmark:
// extensions treat file:// pages differently, so pages are served over http like real ones.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8' };

/**
 * Serves each mount (URL prefix → folder). `headers(urlPath)` may add response headers (e.g. a CSP).
 * @param {Record<string, string>} mounts
 * @param {{ port?: number, headers?: (urlPath: string) => Record<string, string> }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(mounts, options = {}) {
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => urlPath.startsWith(p));
    if (prefix === undefined) return void res.writeHead(404).end('not found');
    const root = path.resolve(mounts[prefix]);
    let file = path.resolve(root, `.${urlPath.slice(prefix.length - 1)}`);
    if (!file.startsWith(root)) return void res.writeHead(403).end('forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store', ...(options.headers?.(urlPath) ?? {}) });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
