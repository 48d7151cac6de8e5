// A React 19 app (React from npm, bundled by esbuild, no CDN) renders
// <back-pain-check> and hears its events through `onassessment-complete` and
// `onassessment-restart` props, under the same strict CSP.
import { test, expect } from '@playwright/test';
import { walk, emergency } from './walk.js';

test('React 19 renders the element and receives assessment-complete and assessment-restart', async ({ page }) => {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto('react.html');

  const widget = page.locator('#check');
  await expect(page.locator('main > h1')).toHaveText('A React clinic page');
  await expect(widget.locator('[data-step="about_you"]')).toBeVisible();
  await expect(page.locator('#react-triage')).toHaveText('React heard: nothing yet');
  // React set the attributes it was given.
  expect(await widget.getAttribute('emergency-number')).toBe('999');

  await walk(widget, emergency);
  await expect(widget.locator('.bpc-result')).toContainText('React Physiotherapy');
  // React state, rendered by React, from the event's detail.
  await expect(page.locator('#react-triage')).toHaveText('React heard: emergency');
  await page.screenshot({ path: 'test-results/react-result.png', fullPage: true });

  // React calls the element's method through a ref; the restart event reaches React.
  await page.locator('#react-reset').click();
  await expect(widget.locator('[data-step="about_you"]')).toBeVisible();
  await expect(page.locator('#react-triage')).toHaveText('React heard: nothing yet');
  await expect(page.locator('#react-restarts')).toHaveText('Restarts: 1');

  const seen = await page.evaluate(() => window.seen);
  expect(seen.violations).toEqual([]);
  expect(problems).toEqual([]);
  await page.screenshot({ path: 'test-results/react-restarted.png', fullPage: true });
});
