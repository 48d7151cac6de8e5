// NLM's LHC-Forms (npm `lforms`), the form viewer a clinician might open the
// downloaded file in, served from node_modules through Playwright's routing
// (nothing leaves the machine): it renders the Questionnaire, merges each
// QuestionnaireResponse and shows every answer, and gives the same answers
// back when it saves the form. Above the form, the page shows the
// RiskAssessment entry's narrative, as a FHIR viewer would; the test reads it
// and finds the triage words.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createRequire } from 'node:module';
import { assess, fhirCases } from './fhir.js';

const require = createRequire(import.meta.url);
const lforms = require.resolve('lforms/package.json').replace(/package\.json$/, 'dist/lforms/');
const shots = new URL('../../../screenshots/', import.meta.url).pathname;
const ORIGIN = 'http://lhc-forms.test';
const AUTHORED = '2026-11-27T16:05:09+01:00';

const questions = assess(['--questions']);
const cases = fhirCases(questions);

// The scripts go at the end of the body, in LHC-Forms' documented order:
// main.js attaches to the body, and the FHIR library needs main.js loaded.
const page_ = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LHC-Forms</title>
<link rel="stylesheet" href="/webcomponent/styles.css"></head>
<body><section id="narrative"></section><div id="form"></div>
<script src="/webcomponent/assets/lib/zone.min.js"></script>
<script src="/webcomponent/runtime.js"></script>
<script src="/webcomponent/polyfills.js"></script>
<script src="/webcomponent/main.js"></script>
<script src="/fhir/R4/lformsFHIR.min.js"></script>
</body></html>`;

const types = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.ico': 'image/x-icon' };

test.beforeEach(async ({ page }) => {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: page_ });
    try {
      const body = await readFile(lforms + path.slice(1));
      return route.fulfill({ contentType: types[extname(path)] ?? 'application/octet-stream', body });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
});

test.setTimeout(90_000);

/** Opens LHC-Forms with `questionnaire` and `response` merged, our narrative above it; returns what it saves back. */
async function open(page, questionnaire, response, narrative) {
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.LForms?.Util?.addFormToPage && window.LForms.FHIR);
  return page.evaluate(
    async ({ questionnaire, response, narrative }) => {
      // Our own narrative (escaped XHTML from src/export), shown as a viewer would.
      document.getElementById('narrative').innerHTML = narrative;
      await LForms.Util.addFormToPage(questionnaire, 'form', { fhirVersion: 'R4', questionnaireResponse: response });
      return LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form'));
    },
    { questionnaire, response, narrative },
  );
}

/**
 * The answers of `response` that the form on the page does not show, as
 * lines ([] when it shows them all): a number in its box, the ticked Yes or
 * No, the chosen option's words in its box, each chosen option of a list.
 */
async function unshownAnswers(page, questionnaire, response) {
  const repeats = new Set(questionnaire.item.filter((i) => i.repeats).map((i) => i.linkId));
  const expected = response.item.map(({ linkId, answer }) => {
    const [a] = answer;
    if ('valueInteger' in a) return { linkId, kind: 'input', want: String(a.valueInteger) };
    if ('valueBoolean' in a) return { linkId, kind: 'boolean', want: String(a.valueBoolean) };
    if (repeats.has(linkId)) return { linkId, kind: 'list', want: answer.map((x) => x.valueCoding.display).sort().join(' | ') };
    return { linkId, kind: 'input', want: a.valueCoding.display };
  });
  const shown = await page.evaluate((expected) => {
    const byId = (id) => document.getElementById(id);
    return expected.map(({ linkId, kind }) => {
      if (kind === 'input') return byId(`${linkId}/1`)?.value ?? null;
      if (kind === 'boolean') {
        const ticked = ['true', 'false'].filter((v) => byId(`${linkId}/1|${v}`)?.classList.contains('ant-radio-wrapper-checked'));
        return ticked.join(',');
      }
      const chosen = byId(`item-${linkId}/1`)?.querySelectorAll('.autocomp_selected li') ?? [];
      return [...chosen].map((li) => li.textContent.replace('×', '').trim()).sort().join(' | ');
    });
  }, expected);
  return expected
    .map((e, i) => (shown[i] === e.want ? null : `${e.linkId}: shows ${JSON.stringify(shown[i])}, not ${JSON.stringify(e.want)}`))
    .filter(Boolean);
}

for (const name of ['calm', 'sciatica', 'emergency']) {
  test(`LHC-Forms renders the Questionnaire and shows every answer of the ${name} case`, async ({ page }) => {
    const bundle = assess(['--fhir', '--authored', AUTHORED, '-'], JSON.stringify(cases[name].answers));
    const [questionnaire, response, risk] = bundle.entry.map((e) => e.resource);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const saved = await open(page, questionnaire, response, risk.text.div);

    // The RiskAssessment's narrative states the triage, and its reasons, in words.
    const triage = risk.prediction[0].outcome.text;
    await expect(page.locator('#narrative b').first()).toHaveText(triage);
    // So does each warning sign and pattern (the predictions with coded outcomes).
    for (const p of risk.prediction.slice(1).filter((p) => p.outcome.coding)) {
      await expect(page.locator('#narrative')).toContainText(p.outcome.text);
    }

    // Every question is an item of the form, and every answer shows
    const form = page.locator('#form');
    // (an item whose enableWhen is false, as the walk skipped it, is hidden).
    const answered = new Set(response.item.map((i) => i.linkId));
    for (const item of questionnaire.item) {
      const shown = form.locator(`[id="item-${item.linkId}/1"]`);
      if (answered.has(item.linkId) || !item.enableWhen) await expect(shown, item.linkId).toHaveCount(1);
      else if (item.enableWhen.every((c) => answered.has(c.question))) await expect(shown, item.linkId).toHaveCount(0);
    }
    expect(response.item.length).toBeGreaterThan(0);
    expect(await unshownAnswers(page, questionnaire, response)).toEqual([]);
    await page.screenshot({ path: `${shots}lhc-forms-${name}.png`, fullPage: true });

    // Saved back, the form gives the same answers (the RiskAssessment, the
    // language and a "stopped" status live in the Bundle, not in the form).
    const answers = (qr) =>
      Object.fromEntries(qr.item.map((i) => [i.linkId, i.answer.map((a) => a.valueCoding?.code ?? a.valueBoolean ?? a.valueInteger)]));
    expect(answers(saved)).toEqual(answers(response));
    expect(saved.questionnaire).toBe(response.questionnaire);
    expect(errors).toEqual([]);
  });
}

test('the check of shown answers fails when the form shows other answers', async ({ page }) => {
  const calm = assess(['--fhir', '--authored', AUTHORED, '-'], JSON.stringify(cases.calm.answers));
  const sciatica = assess(['--fhir', '--authored', AUTHORED, '-'], JSON.stringify(cases.sciatica.answers));
  const [questionnaire, response, risk] = calm.entry.map((e) => e.resource);
  await open(page, questionnaire, response, risk.text.div);
  const problems = await unshownAnswers(page, questionnaire, sciatica.entry[1].resource);
  expect(problems.join('\n')).toMatch(/^age: shows "34", not "41"$/m);
  expect(problems.join('\n')).toMatch(/^leg_numbness: shows "false", not "true"$/m);
  expect(problems.join('\n')).toMatch(/^pain_reach: /m);
});
