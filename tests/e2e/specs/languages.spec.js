// One language per reader: each language's words are a file of their own
// (crates/content/src/asset.rs). A reader downloads only the language in
// use; switching fetches the other one once; a language that cannot be
// fetched leaves the widget in its language with a notice; a damaged file
// at start shows the plain fallback, never an empty box.
import { test, expect } from '@playwright/test';
import { walk, fullWalk } from './walk.js';

/** The language files requested so far, by language code. */
function wordsRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/\/texts-(\w+)-[0-9a-f]+\.txt$/);
    if (m) seen.push(m[1]);
  });
  return seen;
}

test('an English reader downloads only the English words; switching fetches Spanish once', async ({ page }) => {
  const words = wordsRequests(page);
  await page.goto('/');
  const widget = page.locator('back-pain-check');
  await expect(widget.getByRole('heading', { name: 'About you' })).toBeVisible();
  await walk(page, fullWalk);
  await expect(widget.locator('.bpc-result')).toBeVisible();
  expect(words).toEqual(['en']);

  await widget.getByRole('button', { name: 'Español' }).click();
  await expect(widget.getByRole('heading', { name: 'Su resultado' })).toBeVisible();
  await expect(widget.locator('[part="root"]')).toHaveAttribute('lang', 'es');
  await widget.getByRole('button', { name: 'English' }).click();
  await expect(widget.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await widget.getByRole('button', { name: 'Español' }).click();
  await expect(widget.getByRole('heading', { name: 'Su resultado' })).toBeVisible();
  expect(words).toEqual(['en', 'es']);
});

test('an element with lang="es" downloads only the Spanish words', async ({ page }) => {
  const words = wordsRequests(page);
  await page.goto('/test-pages/blank.html');
  await page.evaluate(async () => {
    document.querySelector('back-pain-check').setAttribute('lang', 'es-MX');
    await import('/back-pain-check.js');
  });
  const widget = page.locator('back-pain-check');
  await expect(widget.getByText('¿Qué edad tiene?')).toBeVisible();
  expect(words).toEqual(['es']);
});

test('a language that cannot be fetched keeps the current one, says so, and can be tried again', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const widget = page.locator('back-pain-check');
  await widget.locator('input.bpc-number').fill('41');
  // Offline for the Spanish file only.
  await page.route('**/texts-es-*.txt', (route) => route.abort('internetdisconnected'));
  await widget.getByRole('button', { name: 'Español' }).click();
  const notice = widget.locator('.bpc-language-failed');
  await expect(notice).toHaveText('Español could not be loaded. Check your connection and try again.');
  await expect(notice).toHaveAttribute('role', 'status');
  // The name is marked with its own language, for screen readers.
  await expect(notice.locator('span[lang="es"]')).toHaveText('Español');
  await expect(widget.getByRole('heading', { name: 'About you' })).toBeVisible();
  await expect(widget.locator('input.bpc-number')).toHaveValue('41');

  // Back online: the same button tries again, and the answer is kept.
  await page.unroute('**/texts-es-*.txt');
  await widget.getByRole('button', { name: 'Español' }).click();
  await expect(widget.getByText('¿Qué edad tiene?')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(widget.locator('input.bpc-number')).toHaveValue('41');
  expect(errors).toEqual([]);
});

for (const [name, fulfil] of [
  ['missing (HTTP 404)', { status: 404, body: 'not found' }],
  ['damaged', { status: 200, contentType: 'text/plain', body: 'back-pain-check texts 1 en\nonly a line\n' }],
  ['another file', { status: 200, contentType: 'text/html', body: '<!doctype html><p>a login page</p>' }],
]) {
  test(`a language file that is ${name} at start shows the plain fallback`, async ({ page }) => {
    await page.route('**/texts-en-*.txt', (route) => route.fulfill(fulfil));
    await page.goto('/');
    const box = page.locator('back-pain-check [part="fallback"]');
    await expect(box).toBeVisible();
    await expect(box).toContainText('could not start');
    await expect(box).toContainText('call 112');
  });
}

test('the fallback speaks the language the widget would have spoken', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/test-pages/blank.html');
  await page.evaluate(async () => {
    document.querySelector('back-pain-check').setAttribute('lang', 'es-MX');
    await import('/back-pain-check.js');
  });
  const box = page.locator('back-pain-check [part="fallback"]');
  await expect(box).toContainText('No se ha podido iniciar');
  await expect(box).toContainText('llame al 112');
});
