// The static server of the cross-engine tests: dist/ on loopback, with the
// end-to-end host pages at /test-pages/ and this suite's own at /engine-pages/.
//
// Two things tests/e2e/serve.mjs does not do, which is why this file exists:
// - every HTML page gets /engines/probe.js as the first script of its <head>,
//   so console errors, uncaught errors and CSP violations are recorded in any
//   engine (WebDriver classic has no console log in Firefox or WebKit);
// - `?csp=header` sends the strict Content-Security-Policy as an HTTP header,
//   the way most clinics set it, instead of (or besides) a <meta> element.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/** The policy the README promises the widget works under. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const here = (path) => resolve(new URL(path, import.meta.url).pathname);
const PROBE = '<script src="/engines/probe.js"></script>';

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

/** Which folder serves a URL path, and the path's part inside it. */
function route(pathname, dist) {
  const mounts = [
    ['/engines/probe.js', here('./probe.js')],
    ['/engine-pages/', here('./pages')],
    ['/test-pages/', here('../e2e/pages')],
    ['/', dist],
  ];
  for (const [prefix, dir] of mounts) {
    if (pathname === prefix) return [dir, ''];
    if (prefix.endsWith('/') && pathname.startsWith(prefix)) return [dir, pathname.slice(prefix.length)];
  }
  return null;
}

/** Puts the probe before anything else in <head>; a page without one is an error, never served unprobed. */
export function withProbe(html) {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('page has no <head> to put the probe in');
  const at = head.index + head[0].length;
  return html.slice(0, at) + PROBE + html.slice(at);
}

/** Starts the server on 127.0.0.1:`port`; resolves to the http.Server once it listens. */
export function serve(port, dist = here('../../dist')) {
  const root = resolve(dist);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const found = route(url.pathname, root);
    if (!found) return res.writeHead(404).end('not found');
    const [dir, rest] = found;
    let path = normalize(join(dir, decodeURIComponent(rest)));
    if (!path.startsWith(dir)) return res.writeHead(403).end('forbidden');
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (extname(path) === '.html') {
        body = withProbe(body.toString('utf8'));
        if (url.searchParams.get('csp') === 'header') headers['content-security-policy'] = STRICT_CSP;
      }
      res.writeHead(200, headers).end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' ? 404 : 500).end(String(e.message));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}
