// Where the first question's time goes: traces the widget's start-up in
// headless Chromium (390x844, 4x CPU throttling, as ./run bench) and prints
// the main thread's time by trace event, averaged over the runs. Not a
// budget: a tool for deciding what to make smaller or later.
//
//   node tests/bench/startup-trace.mjs [dist-dir] [runs]
//
// Needs a release build in dist/ and the end-to-end test packages
// (./run setup). Uses port 4291.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
import { chromiumLaunch } from '../e2e/chromium.js';

const here = new URL('.', import.meta.url).pathname;
const dist = resolve(process.argv[2] ?? join(here, '../../dist'));
const RUNS = Number(process.argv[3] ?? 5);
const PORT = 4291;

const site = mkdtempSync(join(tmpdir(), 'bpc-trace-'));
for (const f of readdirSync(dist)) copyFileSync(join(dist, f), join(site, f));
writeFileSync(
  join(site, 'trace.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<script type="module" src="back-pain-check.js"></script></head><body><main><back-pain-check></back-pain-check></main></body></html>\n',
);
const server = spawn(process.execPath, [join(here, '../e2e/serve.mjs'), String(PORT), site], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch(chromiumLaunch);

const sums = new Map();
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm', transferMode: 'ReportEvents' });
  await page.goto(`http://127.0.0.1:${PORT}/trace.html`);
  await page.waitForFunction(() => document.querySelector('back-pain-check')?.shadowRoot?.querySelector('input.bpc-number'));
  await cdp.send('Tracing.end');
  await complete;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000 / RUNS);
  }
  await context.close();
}
await browser.close();
server.kill();
rmSync(site, { recursive: true, force: true });

// Events nest (RunTask holds the rest), so the rows do not add up.
console.log(`main-thread time by trace event, ms per start-up (mean of ${RUNS}; events nest):`);
for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
