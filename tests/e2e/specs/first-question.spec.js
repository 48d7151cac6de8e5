// The vertical slice: the demo page renders the widget, which asks for an
// age, explains an invalid one, and moves on after a valid one.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const shots = new URL('../../../screenshots/', import.meta.url).pathname;

test('asks the age first, explains a bad age and moves on after a good one', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  await page.goto('/');
  const widget = page.locator('back-pain-check');
  const age = widget.getByRole('textbox', { name: /how old are you/i });
  await expect(age).toBeVisible();

  await age.fill('abc');
  await widget.getByRole('button', { name: 'Next' }).click();
  await expect(widget.getByRole('alert')).toContainText('Please type a number');
  await expect(age).toHaveValue('abc');
  await expect(age).toHaveAttribute('aria-invalid', 'true');

  await age.fill('130');
  await expect(widget.getByRole('alert')).toContainText('too high');

  await age.fill('34');
  await expect(widget.getByRole('alert')).toHaveCount(0);
  await widget.getByRole('button', { name: 'Next' }).click();

  await expect(widget.locator('[data-step="duration"]')).toBeVisible();
  await expect(widget.locator('.bpc-progress-text')).toHaveText(/^Step 2 of/);
  // And the polite live region says where the person is.
  await expect(widget.locator('[aria-live=polite]')).toContainText('Step 2 of');
  await expect(widget.getByRole('button', { name: 'Back' })).toBeVisible();

  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}slice-second-step-390x844.png`, fullPage: true });

  await widget.getByRole('button', { name: 'Back' }).click();
  await expect(age).toHaveValue('34');
  expect(errors).toEqual([]);
});
