// Screenshots of every screen at phone and desktop size, light and dark, for a
// person to look at. Written to screenshots/ (git-ignored).
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { walk, calm, fullWalk } from './walk.js';

const dir = new URL('../../../screenshots/screens/', import.meta.url).pathname;
const sizes = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const schemes = ['light', 'dark'];

async function shoot(page, name) {
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const colorScheme of schemes) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${dir}${name}-${size.width}x${size.height}-${colorScheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize(sizes[0]);
  await page.emulateMedia({ colorScheme: 'light' });
}

test.beforeAll(() => mkdirSync(dir, { recursive: true }));

test('every screen of a full walk', async ({ page }) => {
  // Four screenshots of each of some 25 screens.
  test.setTimeout(120_000);
  await page.goto('/');
  let n = 0;
  const seen = await walk(
    page,
    fullWalk,
    { onScreen: (step) => shoot(page, `${String(++n).padStart(2, '0')}-${step}`) },
  );
  // Every step of the questionnaire was shown (legs and running reveal all).
  expect(seen.length).toBeGreaterThanOrEqual(24);
});

test('an emergency result and a problem message', async ({ page }) => {
  await page.goto('/');
  const widget = page.locator('back-pain-check');
  await widget.locator('input.bpc-number').fill('-4');
  await widget.getByRole('button', { name: 'Next' }).click();
  await shoot(page, 'problem-age');
  await walk(page, { ...calm, age: 52, duration: 'under_1_week', bladder_bowel: true, saddle_numbness: true });
  await shoot(page, 'result-emergency');
});
