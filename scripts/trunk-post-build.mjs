// Trunk post-build hook (see Trunk.toml): runs in trunk's staging folder.
//  1. Minifies the widget stylesheet (esbuild) and names it by a hash of its
//     content, like trunk's own files.
//  2. Minifies the wasm-bindgen glue: comments cost bytes and name outside
//     hosts (documentation links), which shipped files must not.
//  3. Writes each language's words as a file of its own (the content crate's
//     `texts` example), named by a hash of its content.
//  4. Writes back-pain-check.js, the stable-named loader a host page imports,
//     from src/embed/loader.js with the hashed file names filled in, minified.
// The sources stay readable; what a phone downloads is small (./run bench).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// esbuild from tools/ (./run setup installs it with wasm-opt).
const require = createRequire(new URL('../tools/node_modules/', import.meta.url));
const { transformSync } = require('esbuild');
// No newer syntax than the sources use (class private fields, `??`): the
// minifier must not raise the browsers a phone needs.
const TARGET = ['es2022', 'chrome100', 'firefox100', 'safari15'];
/** `code` minified as `loader` ('js' or 'css'), with nothing but the code kept. */
const minify = (code, loader) =>
  transformSync(code, { loader, minify: true, target: TARGET, legalComments: 'none', format: loader === 'js' ? 'esm' : undefined }).code;

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this through trunk');

const files = readdirSync(dir);
const module = files.find((f) => /^back-pain-check(-[0-9a-f]+)?\.js$/.test(f) && f !== 'back-pain-check.js');
if (!module) throw new Error(`no wasm-bindgen module in ${dir}: ${files.join(', ')}`);

const wasm = module.replace(/\.js$/, '_bg.wasm');
if (!files.includes(wasm)) throw new Error(`no ${wasm} in ${dir}`);

const glue = readFileSync(join(dir, module), 'utf8');
writeFileSync(join(dir, module), minify(glue, 'js'));

const css = minify(readFileSync(join(dir, 'widget.css'), 'utf8'), 'css');
writeFileSync(join(dir, 'widget.css'), css);
const hash = createHash('sha256').update(css).digest('hex').slice(0, 16);
const styles = `widget-${hash}.css`;
renameSync(join(dir, 'widget.css'), join(dir, styles));

// The language files, from the same content tables the tests check. Cargo
// runs offline like trunk's own build (./run fetched every crate first).
const root = new URL('..', import.meta.url).pathname;
const written = execFileSync(
  'cargo',
  ['run', '--offline', '--quiet', '-p', 'back-pain-check-content', '--example', 'texts', '--', dir],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
)
  .split('\n')
  .filter(Boolean);
const languages = written.map((name) => {
  const code = name.match(/^texts-(\w+)\.txt$/)?.[1];
  if (!code) throw new Error(`the texts example wrote an unexpected file: ${name}`);
  const body = readFileSync(join(dir, name));
  const hashed = `texts-${code}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.txt`;
  renameSync(join(dir, name), join(dir, hashed));
  return `${code}:new URL('./${hashed}',import.meta.url)`;
});
if (languages.length === 0) throw new Error('the texts example wrote no language file');

const template = readFileSync(new URL('../src/embed/loader.js', import.meta.url), 'utf8');
const loader = template.replaceAll('__BPC_MODULE__', module).replaceAll('__BPC_WASM__', wasm).replaceAll('__BPC_STYLES__', styles).replaceAll('__BPC_WORDS__', `{${languages.join(',')}}`);
if (loader.includes('__BPC_')) throw new Error('loader.js has an unfilled placeholder');
writeFileSync(join(dir, 'back-pain-check.js'), minify(loader, 'js'));
