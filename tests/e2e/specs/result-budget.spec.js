// The result a worried person reads in one minute (issue 14): for each case,
// the words shown without opening anything and the result's height at
// 390x844 stay within the budget of its level, in English and Spanish.
// Screenshots of each result go to screenshots/results/ (git-ignored).
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { walk } from './walk.js';
import { BUDGETS, RESULT_CASES, measureResult } from './result-words.js';

const dir = new URL('../../../screenshots/results/', import.meta.url).pathname;
test.beforeAll(() => mkdirSync(dir, { recursive: true }));

const table = [];
test.afterAll(() => {
  console.log(['| case | lang | result | words | height |', '| --- | --- | --- | ---: | ---: |', ...table].join('\n'));
});

for (const lang of ['en', 'es']) {
  RESULT_CASES.forEach((c, i) => {
    test(`${lang}: ${c.name}: ${c.triage} within ${BUDGETS[c.triage].words} words and ${BUDGETS[c.triage].height} px`, async ({ page }) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/');
      const widget = page.locator('back-pain-check');
      if (lang === 'es') await widget.evaluate((e) => e.setAttribute('lang', 'es'));
      await walk(page, c.answers);
      await expect(widget.locator('.bpc-result .bpc-banner')).toHaveAttribute('data-triage', c.triage);
      // Every result carries the safety net, and the emergency number.
      await expect(widget.locator('.bpc-safety-net')).toBeVisible();
      const m = await page.evaluate(measureResult);
      table.push(`| ${c.name} | ${lang} | ${c.triage} | ${m.words} | ${m.height} |`);
      const name = `${String(i + 1).padStart(2, '0')}-${c.triage}-${lang}`;
      await page.screenshot({ path: `${dir}${name}-390x844.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: `${dir}${name}-1280x800.png`, fullPage: true });
      const budget = BUDGETS[c.triage];
      expect(m.words, `${c.name} (${lang}): words`).toBeLessThanOrEqual(budget.words);
      expect(m.height, `${c.name} (${lang}): height at 390x844`).toBeLessThanOrEqual(budget.height);
      expect(errors).toEqual([]);
    });
  });
}

test('the count sees words in open disclosures and not in closed ones', async ({ page }) => {
  await page.goto('/');
  const widget = page.locator('back-pain-check');
  await walk(page, RESULT_CASES[2].answers);
  const closed = await page.evaluate(measureResult);
  await widget.locator('.bpc-fold summary').first().click();
  const opened = await page.evaluate(measureResult);
  expect(opened.words).toBeGreaterThan(closed.words + 20);
});

test('on emergency and urgent results nothing dilutes the action', async ({ page }) => {
  test.setTimeout(120_000);
  for (const c of RESULT_CASES.filter((x) => x.triage === 'emergency' || x.triage === 'urgent')) {
    await page.goto('/');
    const widget = page.locator('back-pain-check');
    await walk(page, c.answers);
    const r = widget.locator('.bpc-result');
    for (const gone of ['.bpc-plan', '.bpc-fold', '[data-duration]', '[data-risk]', '[data-band]', '[data-pattern]']) {
      await expect(r.locator(gone), `${c.name}: ${gone}`).toHaveCount(0);
    }
    const text = (await r.innerText()).toLowerCase();
    for (const words of ['most people', 'not serious', 'eases within a few weeks', 'settles']) {
      expect(text, `${c.name}: ${words}`).not.toContain(words);
    }
  }
});

test('see-a-doctor and self-care results lead with a plan whose every item says why', async ({ page }) => {
  test.setTimeout(180_000);
  for (const c of RESULT_CASES.filter((x) => x.triage === 'see_gp' || x.triage === 'self_care')) {
    await page.goto('/');
    const widget = page.locator('back-pain-check');
    await walk(page, c.answers);
    const items = widget.locator('.bpc-plan .bpc-plan-item');
    const n = await items.count();
    expect(n, c.name).toBeGreaterThanOrEqual(3);
    expect(n, c.name).toBeLessThanOrEqual(5);
    for (let i = 0; i < n; i++) {
      await expect(items.nth(i).locator('.bpc-because')).toBeVisible();
      await expect(items.nth(i).locator('.bpc-because')).toContainText('Because you said:');
    }
    // Everything else starts closed.
    for (const fold of await widget.locator('.bpc-fold').all()) {
      expect(await fold.evaluate((d) => d.open)).toBe(false);
    }
  }
});
