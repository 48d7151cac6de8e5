// Taking the result to a clinician: copy summary, FHIR download and the
// printed page (Chromium's page.pdf after print media emulation), all made on
// the device: once the result shows, the page makes no network request. The
// downloaded Bundle passes the FHIR validators (fhir.js) and is the same file,
// byte for byte once parsed, as `assess --fhir` makes for the same answers and
// time; its time is the device's own, with its zone.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { walk, calm } from './walk.js';
import { allErrors, assess } from './fhir.js';

const shots = new URL('../../../screenshots/', import.meta.url).pathname;

// A zone that is not UTC in November, so the download's time shows its offset.
test.use({ permissions: ['clipboard-read', 'clipboard-write'], timezoneId: 'Europe/Madrid' });

// Case 7: walking leg pain in both legs at 63: see a doctor, with reasons,
// a pattern, risk factors and advice.
const case7 = {
  ...calm,
  age: 63,
  duration: 'over_12_weeks',
  pain_now: 5,
  improving: 'same',
  pain_reach: 'buttock_or_thigh',
  leg_pain_side: 'both_legs',
  walking_leg_pain: true,
};

/** The text of every page of a PDF, whitespace collapsed, and the page count. */
async function pdfText(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  return { pages: doc.numPages, text: squash(pages.join(' ')) };
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();
// PDF text splits words at ligatures ("o ff er"): compare without any spaces.
const bare = (s) => s.replace(/\s+/g, '');

test('copy summary, FHIR download and the printed page, with no network request', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  // The answers the widget holds, as it tells its host.
  await page.evaluate(() =>
    document.addEventListener('assessment-complete', (e) => (window.lastAnswers = e.detail.answers)),
  );
  await walk(page, case7);
  const widget = page.locator('back-pain-check');
  const r = widget.locator('.bpc-result');
  await expect(r.locator('.bpc-banner')).toHaveAttribute('data-triage', 'see_gp');

  // From here on, every request the page makes is recorded (blob: and data:
  // URLs never leave the device).
  const requests = [];
  page.on('request', (req) => {
    if (!/^(blob|data):/.test(req.url())) requests.push(`${req.method()} ${req.url()}`);
  });
  page.on('websocket', (ws) => requests.push(`websocket ${ws.url()}`));

  const title = squash(await r.locator('.bpc-banner-title').textContent());
  const reason = squash(await r.locator('[data-reason="stenosis"] .bpc-reason-title').textContent());
  const advice = squash(await r.locator('[data-advice="stenosis_walking"] .bpc-plan-title').textContent());

  // Copy summary.
  await widget.getByRole('button', { name: 'Copy summary' }).click();
  await expect(r.locator('.bpc-export-status')).toContainText('Summary copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`*** ${title} ***`);
  expect(copied).toContain(reason);
  expect(copied).toContain('Do you have pain or other odd feelings in your legs? Both legs');
  expect(copied).toContain(advice);
  expect(copied).not.toMatch(/[<>]/);

  // Download for your clinician (FHIR).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: 'Download for your doctor or physiotherapist (FHIR)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^back-pain-check-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  const [questionnaire, response, risk] = bundle.entry.map((e) => e.resource);
  expect(questionnaire.resourceType).toBe('Questionnaire');
  expect(response.resourceType).toBe('QuestionnaireResponse');
  expect(risk.resourceType).toBe('RiskAssessment');
  expect(response.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
  expect(response.status).toBe('completed');
  // When the answers were given, on this device's clock and in its zone.
  expect(response.authored).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$/);
  expect(Math.abs(Date.parse(response.authored) - Date.now())).toBeLessThan(5 * 60_000);
  const items = Object.fromEntries(response.item.map((i) => [i.linkId, i.answer]));
  expect(items.age).toEqual([{ valueInteger: 63 }]);
  expect(items.walking_leg_pain).toEqual([{ valueBoolean: true }]);
  expect(items.leg_pain_side[0].valueCoding).toMatchObject({ code: 'both_legs', display: 'Both legs' });
  expect(items.pain_when_running).toBeUndefined(); // skipped: does not run
  const linkIds = new Set(questionnaire.item.map((i) => i.linkId));
  for (const id of Object.keys(items)) expect(linkIds).toContain(id);
  expect(risk.prediction[0].outcome.coding[0].code).toBe('see_gp');
  expect(risk.prediction[0].outcome.text).toBe(title);
  expect(risk.basis[0].reference).toBe(bundle.entry[1].fullUrl);
  expect(await allErrors(bundle)).toEqual([]);
  // The same Bundle as the command-line tool's for the same answers, dates
  // masked (the tool is given the download's time, from which the ids come).
  const answers = await page.evaluate(() => window.lastAnswers);
  const tool = assess(['--fhir', '--authored', response.authored, '-'], JSON.stringify(answers));
  const masked = (b) =>
    JSON.parse(JSON.stringify(b).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})/g, 'DATE'));
  expect(masked(bundle)).toEqual(masked(tool));
  expect(JSON.stringify(masked(bundle))).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  await expect(r.locator('.bpc-export-status')).toContainText('Saved back-pain-check-');

  // The printed page.
  await page.emulateMedia({ media: 'print' });
  await expect(r.locator('.bpc-print-answers')).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Copy summary' })).toBeHidden();
  // The host page's own @page margins (10 mm on the demo page), as a browser prints.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, path: `${shots}print-case-7.pdf` });
  await page.emulateMedia({ media: 'screen' });
  const { text, pages } = await pdfText(pdf);
  expect(pages, 'the printed result fits one page').toBe(1);
  expect(text).toMatch(/Date: \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
  expect(bare(text)).toContain(bare(title));
  expect(bare(text)).toContain(bare(reason));
  expect(bare(text)).toContain(bare('Do you have pain or other odd feelings in your legs? Both legs'));
  expect(bare(text)).toContain(bare('Your answers How old are you? 63'));
  expect(bare(text)).toContain(bare(advice));
  for (const button of ['Copy summary', 'Download for your doctor or physiotherapist', 'Start again', 'Print or save']) {
    expect(bare(text)).not.toContain(bare(button));
  }

  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});
