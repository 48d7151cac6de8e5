// The installed package in the pages a clinic would write: plain HTML loading
// it from node_modules, and a bundled script that imports it. Each must
// render in a shadow root under a strict CSP, fetch only its own files, and
// send its events out to the page.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installed } from './paths.js';
import { walk, emergency } from './walk.js';

// Read when a test runs, not when the file loads: Playwright loads every spec
// before the install project has filled scratch/ (on a fresh clone it is empty).
const element = () => JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')).modules[0].declarations[0];

for (const [name, path, filesUnder] of [
  ['plain HTML loading it from node_modules', 'index.html', '/scratch/node_modules/back-pain-check/'],
  ['a script bundled by esbuild that imports it', 'bundled.html', '/scratch/bundled/'],
]) {
  test(`${name}: shadow root, strict CSP, events reach the page`, async ({ page }) => {
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url())));
    await page.goto(path);

    const widget = page.locator('#check');
    await expect(widget.locator('[data-step="about_you"]')).toBeVisible();
    // Rendered inside the element's open shadow root, nothing in the light DOM.
    const dom = await widget.evaluate((e) => ({
      shadow: !!e.shadowRoot && e.shadowRoot.querySelector('[data-step]') !== null,
      light: e.children.length,
    }));
    expect(dom).toEqual({ shadow: true, light: 0 });
    // The class the package defines observes what its manifest documents.
    const observed = await page.evaluate(() => customElements.get('back-pain-check').observedAttributes);
    expect(observed).toEqual(element().attributes.map((a) => a.name));

    await walk(widget, emergency);
    await expect(widget.locator('.bpc-banner')).toContainText('999');
    await widget.evaluate((e) => e.reset());
    await expect(widget.locator('[data-step="about_you"]')).toBeVisible();

    const seen = await page.evaluate(() => window.seen);
    expect(seen.events.map((e) => [e.name, e.id])).toEqual([
      ['assessment-complete', 'check'],
      ['assessment-restart', 'check'],
    ]);
    expect(seen.events.map((e) => e.name).sort()).toEqual(element().events.map((e) => e.name).sort());
    const { detail } = seen.events[0];
    expect(detail.assessment.contract).toBe(1);
    expect(detail.assessment.triage).toBe('emergency');
    expect(detail.answers.bladder_bowel).toBe(true);

    expect(seen.violations).toEqual([]);
    expect(problems).toEqual([]);
    // Only loopback, and the widget's files only from beside its loader.
    expect(requests.every((u) => u.hostname === '127.0.0.1')).toBe(true);
    const widgetFiles = requests.map((u) => u.pathname).filter((p) => /back-pain-check|widget-|texts-|\.wasm$/.test(p));
    expect(widgetFiles.length).toBeGreaterThanOrEqual(3);
    for (const p of widgetFiles) expect(p.startsWith(filesUnder)).toBe(true);
  });
}
