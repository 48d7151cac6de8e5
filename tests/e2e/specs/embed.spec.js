// Embedding: one script tag and one element on a hostile host page (global
// resets, a 10 px root font size, a strict CSP), two independent instances,
// live attributes, events for the host, and dist/ served from a sub-path.
import { test, expect } from '@playwright/test';
import { walk, calm } from './walk.js';

const emergency = { ...calm, age: 52, duration: 'under_1_week', bladder_bowel: true };

async function openHostile(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto('/test-pages/hostile.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await expect(first.locator('[data-step="about_you"]')).toBeVisible();
  await expect(second.locator('[data-step="about_you"]')).toBeVisible();
  return { first, second, problems };
}

test('two widgets render on a hostile page with a strict CSP, without errors or violations', async ({ page }) => {
  const { first, second, problems } = await openHostile(page);

  // The layout survives the host's CSS: readable text, real tap targets.
  const box = await first.getByRole('button', { name: 'Next' }).boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  const style = await first.locator('.bpc-legend').first().evaluate((e) => {
    const s = getComputedStyle(e);
    return { size: parseFloat(s.fontSize), transform: s.textTransform, color: s.color, spacing: s.letterSpacing };
  });
  expect(style.size).toBeGreaterThanOrEqual(16);
  expect(style.transform).toBe('none');
  expect(style.color).not.toBe('rgb(204, 0, 0)');
  expect(style.spacing).toBe('normal');

  // The widget's CSS does not leak out onto the host's elements.
  const host = await page.locator('body > button.bpc-button').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(host).toBe('rgb(255, 105, 180)');

  // Only the shadow root holds the widget; no <style> elements or style attributes anywhere.
  const styles = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('back-pain-check')].map((e) => e.shadowRoot)];
    return roots.map((r) => r.querySelectorAll('style, [style]').length);
  });
  expect(styles).toEqual([0, 0, 0]);

  await page.waitForTimeout(200);
  const seen = await page.evaluate(() => window.seen);
  expect(seen.violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('answering in one widget leaves the other untouched', async ({ page }) => {
  const { first, second } = await openHostile(page);
  await first.locator('input.bpc-number').fill('40');
  await first.getByRole('button', { name: 'Next' }).click();
  await expect(first.locator('[data-step="duration"]')).toBeVisible();
  await expect(second.locator('[data-step="about_you"]')).toBeVisible();
  await expect(second.locator('input.bpc-number')).toHaveValue('');
  await second.locator('fieldset[data-question="sex"] input[value="female"]').check();
  await expect(first.locator('input[value="female"]')).toHaveCount(0);
});

test('attribute changes apply live; an invalid one warns once and falls back', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const { first, second } = await openHostile(page);
  const root = first.locator('.bpc');
  await expect(root).toHaveClass(/bpc-theme-auto/);
  await page.locator('#first').evaluate((e) => e.setAttribute('theme', 'dark'));
  await expect(root).toHaveClass(/bpc-theme-dark/);
  const dark = await root.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(dark).toBe('rgb(22, 27, 31)');

  await page.locator('#first').evaluate((e) => e.setAttribute('theme', 'purple'));
  await expect(root).toHaveClass(/bpc-theme-auto/);
  expect(warnings.filter((w) => w.includes('"theme"'))).toHaveLength(1);

  await page.locator('#first').evaluate((e) => e.setAttribute('clinic-name', 'Hillside Clinic'));
  await expect(first.locator('.bpc-clinic')).toHaveText('Hillside Clinic');

  // The second widget was given 999; change it live to 911 before the result.
  await page.locator('#second').evaluate((e) => e.setAttribute('emergency-number', '911'));
  await walk(page, emergency, { widget: second });
  await expect(second.locator('.bpc-banner')).toContainText('Call 911');
});

test('words from the host stay words on the result, which is written as HTML', async ({ page }) => {
  const { first, problems } = await openHostile(page);
  const name = '<img src=x onerror="window.pwned=1">Hill & Dale';
  const contact = '<b>Call</b> "01632" <script>window.pwned=2</script>';
  await page.locator('#first').evaluate((e, [n, c]) => {
    e.setAttribute('clinic-name', n);
    e.setAttribute('clinic-contact', c);
  }, [name, contact]);
  await walk(page, emergency, { widget: first });
  const shown = first.locator('.bpc-clinic-contact');
  await expect(shown.locator('strong')).toHaveText(name);
  await expect(shown.locator('span')).toHaveText(contact);
  expect(await first.locator('.bpc-result img, .bpc-result b, .bpc-result script').count()).toBe(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('assessment-complete and assessment-restart reach the document; assessment and reset()', async ({ page }) => {
  const { first, second } = await openHostile(page);
  const el = page.locator('#first');
  expect(await el.evaluate((e) => e.assessment)).toBeNull();
  await walk(page, emergency, { widget: first });

  const events = await page.evaluate(() => window.seen.events);
  expect(events.map((e) => [e.name, e.id])).toEqual([['assessment-complete', 'first']]);
  const { detail } = events[0];
  expect(detail.assessment.contract).toBe(1);
  expect(detail.assessment.triage).toBe('emergency');
  expect(detail.assessment.red_flags.map((f) => f.id)).toContain('cauda_equina');
  expect(detail.answers.age).toBe(52);
  expect(detail.answers.bladder_bowel).toBe(true);

  expect(await el.evaluate((e) => e.assessment.triage)).toBe('emergency');
  const readOnly = await el.evaluate((e) => {
    const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(e), 'assessment');
    return typeof d.get === 'function' && d.set === undefined;
  });
  expect(readOnly).toBe(true);

  await el.evaluate((e) => e.reset());
  await expect(first.locator('[data-step="about_you"]')).toBeVisible();
  await expect(first.locator('input.bpc-number')).toHaveValue('');
  expect(await el.evaluate((e) => e.assessment)).toBeNull();
  const names = await page.evaluate(() => window.seen.events.map((e) => e.name));
  expect(names).toEqual(['assessment-complete', 'assessment-restart']);
  await expect(second.locator('[data-step="about_you"]')).toBeVisible();
});

test('removing an element cleans up; a new one starts fresh', async ({ page }) => {
  const { second } = await openHostile(page);
  await page.locator('#first').evaluate((e) => {
    window.removed = e;
    e.remove();
  });
  await expect.poll(() => page.evaluate(() => window.removed.shadowRoot.childNodes.length)).toBe(0);
  await page.evaluate(() => {
    const el = document.createElement('back-pain-check');
    el.id = 'third';
    document.body.append(el);
  });
  await expect(page.locator('#third [data-step="about_you"]')).toBeVisible();
  await expect(second.locator('[data-step="about_you"]')).toBeVisible();
});

test('dist/ works when served from a sub-path', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`http://127.0.0.1:${Number(process.env.E2E_PORT) + 1}/test-pages/subpath.html`);
  await expect(page.locator('back-pain-check [data-step="about_you"]')).toBeVisible();
  const widgetFiles = requests.filter((p) => !p.startsWith('/test-pages/'));
  expect(widgetFiles.length).toBeGreaterThanOrEqual(4);
  for (const p of widgetFiles) expect(p.startsWith('/clinic/tools/bpc/')).toBe(true);
  expect(problems).toEqual([]);
});
