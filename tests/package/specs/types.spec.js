// The package's TypeScript types, as a host developer's compiler sees them:
// tsc --noEmit on a host script that imports the installed package.
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, host } from './paths.js';

const dir = () => join(host, 'types');

function tsc(files) {
  const config = join(dir(), `tsconfig.${files.join('-')}.json`);
  writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', files }));
  const r = spawnSync(bin('tsc'), ['--noEmit', '--pretty', 'false', '-p', config], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

test('tsc --noEmit type-checks a host script against the installed types', async () => {
  // host.ts also marks mistakes with @ts-expect-error: types too loose fail here.
  const r = tsc(['host.ts']);
  expect(r.output).toBe('');
  expect(r.status).toBe(0);
});

test('tsc rejects a host script that misuses the event detail', async () => {
  const r = tsc(['broken.ts']);
  expect(r.status).not.toBe(0);
  expect(r.output).toContain('broken.ts');
  expect(r.output).toMatch(/broken\.ts\(7,\d+\): error TS2322: Type '\w+' is not assignable to type 'number'/);
});
