// Where the package tests find the tarball and put the scratch install.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const here = new URL('..', import.meta.url).pathname;
export const root = join(here, '..', '..');
/** The scratch folder the tarball is installed into, served by the web server. */
export const host = join(here, 'scratch');
/** The package as npm installed it. */
export const installed = join(host, 'node_modules', 'back-pain-check');
export const bin = (name) => join(here, 'node_modules', '.bin', name);

/** The crate's version, which the package must carry. */
export function crateVersion() {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  return cargo.split(/^\[/m).find((t) => t.startsWith('package]')).match(/^version\s*=\s*"([^"]+)"/m)[1];
}

/** The tarball `./run package` wrote (PACKAGE_TARBALL overrides). */
export function tarball() {
  if (process.env.PACKAGE_TARBALL) return process.env.PACKAGE_TARBALL;
  const dir = join(root, 'target', 'npm');
  const name = `back-pain-check-${crateVersion()}.tgz`;
  if (!readdirSync(dir).includes(name)) throw new Error(`no ${name} in ${dir}: run ./run package`);
  return join(dir, name);
}
