// The downloaded Bundle, checked by FHIR software that nobody here wrote: the
// official FHIR R4 JSON schema, Lantana's FHIR.js and Medplum's validator
// (see fhir.js), with zero errors for each case, and each validator seen to
// fail on a broken copy. The Bundles come from the command-line tool
// (`assess --fhir`), which shares src/export/ with the widget; the widget's own
// download is compared with it in export.spec.js. The answers are made from the
// engine's question table, so a new question is in every Bundle checked here.
import { test, expect } from '@playwright/test';
import { allErrors, assess, bundleErrors, fhirErrors, fhirJsErrors, medplumErrors, fhirCases } from './fhir.js';

const AUTHORED = '2026-11-27T16:05:09+01:00';
const questions = assess(['--questions']);

const cases = fhirCases(questions);

const bundleOf = (answers, ...args) => assess(['--fhir', '--authored', AUTHORED, ...args, '-'], JSON.stringify(answers));

test.setTimeout(120_000);

for (const [name, { answers, triage }] of Object.entries(cases)) {
  test(`the Bundle of the ${name} case passes the schema, FHIR.js and Medplum`, async () => {
    const bundle = bundleOf(answers);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(['Questionnaire', 'QuestionnaireResponse', 'RiskAssessment']);
    expect(bundle.entry[2].resource.prediction[0].outcome.coding[0].code).toBe(triage);
    expect(await allErrors(bundle)).toEqual([]);
  });
}

test('the Spanish Bundle passes them too', async () => {
  const bundle = bundleOf(cases.sciatica.answers, '--lang', 'es');
  expect(bundle.entry[2].resource.language).toBe('es');
  expect(await allErrors(bundle)).toEqual([]);
});

test('every question of the table is an item, answered in the full walks', () => {
  const q = assess(['--fhir-questionnaire']);
  expect(q.item.map((i) => i.linkId)).toEqual(questions.map((x) => x.id));
  const answered = new Set(bundleOf(cases.sciatica.answers).entry[1].resource.item.map((i) => i.linkId));
  const asked = questions.filter((x) => answered.has(x.id));
  // Only questions whose condition is false are left out of a full walk.
  for (const x of questions.filter((x) => !answered.has(x.id))) {
    expect(q.item.find((i) => i.linkId === x.id).enableWhen, x.id).toBeDefined();
  }
  expect(asked.length).toBeGreaterThan(questions.length / 2);
});

test('each validator fails on a broken copy', async () => {
  const good = bundleOf(cases.sciatica.answers);
  const broken = (change) => {
    const copy = structuredClone(good);
    change(copy);
    return copy;
  };
  const [q, qr, ra] = [0, 1, 2];
  const smoking = (b) => b.entry[qr].resource.item.find((i) => i.linkId === 'smoking');

  // The schema: a boolean answer that is a string.
  expect(fhirErrors(broken((b) => (smoking(b).answer[0].valueBoolean = 'yes'))).join('\n')).toMatch(/boolean/);
  // FHIR.js: a status outside its required value set; a property R4 does not have.
  expect(fhirJsErrors(broken((b) => (b.entry[ra].resource.status = 'done'))).join('\n')).toMatch(/status/);
  expect(fhirJsErrors(broken((b) => (b.entry[ra].resource.triage = 'emergency'))).join('\n')).toMatch(/Unexpected property/);
  // Medplum: a date in the wrong format; the ras-2 invariant (probability <= 100).
  expect((await medplumErrors(broken((b) => (b.entry[qr].resource.authored = '27/11/2026')))).join('\n')).toMatch(/dateTime/);
  const overHundred = broken((b) => (b.entry[ra].resource.prediction[0].probabilityDecimal = 150));
  expect((await medplumErrors(overHundred)).join('\n')).toMatch(/ras-2/);
  // Medplum and FHIR.js: an item without its linkId.
  const noLinkId = broken((b) => delete b.entry[q].resource.item[0].linkId);
  expect((await medplumErrors(noLinkId)).join('\n')).toMatch(/linkId/);
  expect(fhirJsErrors(noLinkId).join('\n')).toMatch(/linkId/);
  // The Bundle's own rules: a missing fullUrl, a basis that points elsewhere.
  expect(bundleErrors(broken((b) => delete b.entry[qr].fullUrl))).not.toEqual([]);
  expect(bundleErrors(broken((b) => (b.entry[ra].resource.basis = [{ reference: 'urn:uuid:0' }])))).not.toEqual([]);
});
