// Tests of the npm package that `./run package` makes (target/npm/*.tgz):
// installed offline into a scratch folder (scratch/, git-ignored), then served
// on loopback and used by a plain HTML page, a bundled script and a React 19
// app in Debian's Chromium; its manifest and types checked. Never run
// `playwright install`.
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from '../e2e/chromium.js';

// The end-to-end suite uses E2E_PORT and the next one; these tests the one after.
const port = Number(process.env.PACKAGE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 2);
process.env.PACKAGE_PORT = String(port);

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/scratch/`,
    trace: 'off',
    launchOptions: chromiumLaunch,
  },
  projects: [
    // Installs the tarball and builds the bundled hosts; every other test needs it.
    { name: 'install', testMatch: /install\.setup\.js/ },
    {
      name: 'package',
      dependencies: ['install'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: false },
    },
  ],
  // Serves this folder; the install test fills scratch/ (pages at /scratch/).
  webServer: {
    command: `node ../e2e/serve.mjs ${port} . /`,
    url: `http://127.0.0.1:${port}/package.json`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
