// The packed tarball as a developer gets it: installed with npm into an
// empty folder without the network, then used by a bundler and by React.
// The other package tests run on what these leave in scratch/.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { crateVersion, here, host, installed, tarball } from './paths.js';

test('the tarball installs into an empty folder with npm, offline', async () => {
  rmSync(host, { recursive: true, force: true });
  mkdirSync(host, { recursive: true });
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'clinic-site', private: true, type: 'module' }));
  // --offline: npm may use nothing but the tarball (and its cache), never the registry.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball()], {
    cwd: host,
    stdio: 'pipe',
  });

  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  expect(pkg.name).toBe('back-pain-check');
  expect(pkg.version).toBe(crateVersion());
  expect(pkg.type).toBe('module');
  expect(pkg.license).toBe('MIT OR Apache-2.0');
  expect(pkg.exports['.']).toEqual({ types: './back-pain-check.d.ts', default: './back-pain-check.js' });
  expect(pkg.types).toBe('./back-pain-check.d.ts');
  expect(pkg.customElements).toBe('custom-elements.json');
  expect(pkg.keywords).toEqual(expect.arrayContaining(['web-component', 'custom-element']));
  expect(pkg.dependencies ?? {}).toEqual({});

  // The loader and exactly the hashed files it names, next to it.
  const files = readdirSync(installed).sort();
  const loader = readFileSync(join(installed, 'back-pain-check.js'), 'utf8');
  const named = [...loader.matchAll(/new URL\(["']\.\/([^"']+)["'], ?import\.meta\.url\)/g)].map((m) => m[1]);
  // The module, the wasm, the stylesheet and one file of words per language.
  expect(named).toHaveLength(5);
  expect(named.some((n) => n.endsWith('.wasm'))).toBe(true);
  expect(named.filter((n) => /^texts-(en|es)-[0-9a-f]+\.txt$/.test(n))).toHaveLength(2);
  expect(files).toEqual(
    [
      'back-pain-check.js',
      ...named,
      'back-pain-check.d.ts',
      'custom-elements.json',
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE-MIT',
      'LICENSE-APACHE',
    ].sort(),
  );
  expect(readFileSync(join(installed, 'LICENSE-APACHE'), 'utf8')).toContain('Apache License');
  expect(readFileSync(join(installed, 'CHANGELOG.md'), 'utf8')).toContain(`## [${crateVersion()}]`);

  // The host pages and scripts the browser tests open.
  cpSync(join(here, 'pages'), host, { recursive: true });
  cpSync(join(here, 'types'), join(host, 'types'), { recursive: true });
});

/** Bundles one host script with esbuild and puts the package's files next to it. */
async function bundle(entry, outdir) {
  const result = await esbuild.build({
    entryPoints: [join(host, entry)],
    bundle: true,
    format: 'esm',
    outdir: join(host, outdir),
    // React comes from this test folder's node_modules, the widget from the install.
    nodePaths: [join(here, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    minify: true,
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  // What the README tells bundler users to do: the loader's files beside the bundle.
  for (const f of readdirSync(installed).filter((f) => /\.(js|wasm|css|txt)$/.test(f))) {
    cpSync(join(installed, f), join(host, outdir, f));
  }
}

test('esbuild bundles a host script that imports the package', async () => {
  await bundle('bundler-host.js', 'bundled');
  const out = readFileSync(join(host, 'bundled', 'bundler-host.js'), 'utf8');
  // The loader itself is in the bundle (not fetched from node_modules).
  expect(out).toContain('back-pain-check');
  expect(out).not.toContain('node_modules');
});

test('esbuild bundles a React 19 app (React from npm) that renders the element', async () => {
  await bundle('react-host.jsx', 'react');
  const out = readFileSync(join(host, 'react', 'react-host.js'), 'utf8');
  expect(out).toContain('19.3.1'); // React's own version string
});
