// A tiny static file server for the end-to-end tests: serves dist/ on
// loopback only, optionally under a sub-path, with the right MIME types.
// Test host pages (tests/e2e/pages) are served at /test-pages/.
// Usage: node serve.mjs [port] [dir] [base-path]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4173);
const root = resolve(process.argv[3] ?? new URL('../../dist', import.meta.url).pathname);
const base = (process.argv[4] ?? '/').replace(/\/?$/, '/');
const pages = resolve(new URL('./pages', import.meta.url).pathname);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const [dir, prefix] = url.pathname.startsWith('/test-pages/') ? [pages, '/test-pages/'] : [root, base];
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404).end('not found');
    return;
  }
  let path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
  if (!path.startsWith(dir)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
