// Makes the npm package from a release build: `./run package` (after
// `trunk build --release`) runs `node scripts/package.mjs`.
//
// target/npm/back-pain-check/ gets the loader (dist/back-pain-check.js) and
// exactly the hashed files it names (a stale file left in dist/ is never
// shipped), custom-elements.json (checked against the code first), the
// types, the npm README, the licences and the changelog, and a package.json
// whose version is the crate's. `npm pack` then writes
// target/npm/back-pain-check-VERSION.tgz; its path is printed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const out = join(root, 'target', 'npm');
const pkgDir = join(out, 'back-pain-check');

const LOADER = 'back-pain-check.js';

/** The crate's version, from the [package] table of Cargo.toml. */
function crateVersion() {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const table = cargo.split(/^\[/m).find((t) => t.startsWith('package]'));
  const version = table?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('no version in the [package] table of Cargo.toml');
  return version;
}

/** The files the loader loads: every `new URL('./NAME', import.meta.url)`. */
function loadedBy(loader) {
  const names = [...loader.matchAll(/new URL\(["']\.\/([^"']+)["'], ?import\.meta\.url\)/g)].map((m) => m[1]);
  if (names.length < 3) throw new Error(`the loader names ${names.length} files; expected the module, wasm and styles`);
  return names;
}

// The committed manifest must be what the code's tables make (as
// tests/element_api.rs checks): never pack a stale one.
const generated = execFileSync('cargo', ['run', '--quiet', '--example', 'manifest'], { cwd: root, encoding: 'utf8' });
if (generated !== readFileSync(join(root, 'custom-elements.json'), 'utf8')) {
  throw new Error('custom-elements.json is out of date: cargo run --example manifest > custom-elements.json');
}

// The types, with one KnownAnswers line per question of the engine's table.
const dts = execFileSync('cargo', ['run', '--quiet', '--example', 'manifest', '--', '--dts'], {
  cwd: root,
  encoding: 'utf8',
});
const dtsPath = join(root, 'target', 'npm-types', 'back-pain-check.d.ts');
mkdirSync(dirname(dtsPath), { recursive: true });
writeFileSync(dtsPath, dts);

const version = crateVersion();
const loaderPath = join(dist, LOADER);
if (!existsSync(loaderPath)) throw new Error('dist/back-pain-check.js is missing: run `trunk build --release` first');
const assets = loadedBy(readFileSync(loaderPath, 'utf8'));

const files = {
  [LOADER]: loaderPath,
  ...Object.fromEntries(assets.map((name) => [name, join(dist, name)])),
  'custom-elements.json': join(root, 'custom-elements.json'),
  'back-pain-check.d.ts': dtsPath,
  'README.md': join(root, 'package', 'README.md'),
  'CHANGELOG.md': join(root, 'CHANGELOG.md'),
  'LICENSE-MIT': join(root, 'LICENSE-MIT'),
  'LICENSE-APACHE': join(root, 'LICENSE-APACHE'),
};

const manifest = {
  name: 'back-pain-check',
  version,
  description:
    'A privacy-first low back pain self-assessment web component (<back-pain-check>): every answer is scored in the browser, nothing leaves the device.',
  type: 'module',
  // The loader is the entry: importing the package defines the element.
  exports: {
    '.': { types: './back-pain-check.d.ts', default: `./${LOADER}` },
    './custom-elements.json': './custom-elements.json',
    './package.json': './package.json',
  },
  module: `./${LOADER}`,
  types: './back-pain-check.d.ts',
  customElements: 'custom-elements.json',
  // Importing it defines a custom element: bundlers must keep the import.
  sideEffects: true,
  files: Object.keys(files),
  license: 'MIT OR Apache-2.0',
  keywords: [
    'web-component',
    'custom-element',
    'back-pain',
    'low-back-pain',
    'triage',
    'self-assessment',
    'health',
    'privacy',
    'webassembly',
    'wasm',
    'yew',
  ],
};

rmSync(out, { recursive: true, force: true });
mkdirSync(pkgDir, { recursive: true });
for (const [name, from] of Object.entries(files)) {
  if (!existsSync(from)) throw new Error(`${from} is missing`);
  copyFileSync(from, join(pkgDir, name));
}
writeFileSync(join(pkgDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// npm adds package.json, README and LICENSE files itself; --json names the tarball.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: pkgDir, encoding: 'utf8' }),
);
const tarball = join(out, packed.filename);
const shipped = packed.files.map((f) => f.path).sort();
const expected = [...Object.keys(files), 'package.json'].sort();
if (JSON.stringify(shipped) !== JSON.stringify(expected)) {
  throw new Error(`the tarball holds ${shipped.join(', ')}; expected ${expected.join(', ')}`);
}
console.error(`${packed.entryCount} files, ${statSync(tarball).size} bytes packed, ${packed.unpackedSize} unpacked`);
console.log(tarball);
