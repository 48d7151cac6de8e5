// End-to-end tests of the release build (dist/, made by `trunk build --release`),
// served on loopback, in Debian's Chromium. Never run `playwright install`.
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from './chromium.js';

// E2E_PORT lets two runs share a machine; the sub-path server uses the next port.
const port = Number(process.env.E2E_PORT ?? 4173);
process.env.E2E_PORT = String(port);

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'off',
    launchOptions: chromiumLaunch,
  },
  projects: [
    { name: 'phone', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: false } },
  ],
  webServer: [
    {
      command: `node serve.mjs ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // dist/ copied under a sub-path, as a clinic might host it.
      command: `node serve.mjs ${port + 1} ../../dist /clinic/tools/bpc/`,
      url: `http://127.0.0.1:${port + 1}/clinic/tools/bpc/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
