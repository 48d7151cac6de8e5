// The installed package's custom-elements.json: valid against the Custom
// Elements Manifest schema (from npm), and naming the same attributes, events
// and members as the types. (tests/element_api.rs holds the manifest to the
// Rust code; hosts.spec.js holds it to the running element.)
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { installed } from './paths.js';

const require = createRequire(import.meta.url);
const schema = require('custom-elements-manifest/schema.json');
const manifest = () => JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
const types = () => readFileSync(join(installed, 'back-pain-check.d.ts'), 'utf8');

/** Validators for the whole manifest and, more strictly, for the element's declaration. */
function validators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema, 'cem');
  // The schema accepts any of several declaration kinds; the element must be this one.
  return [ajv.getSchema('cem'), ajv.getSchema('cem#/definitions/CustomElementDeclaration')];
}

test('custom-elements.json validates against the Custom Elements Manifest schema', async () => {
  const [validate, validateElement] = validators();
  const m = manifest();
  expect(validate(m), JSON.stringify(validate.errors, null, 2)).toBe(true);
  const el = m.modules[0].declarations[0];
  expect(validateElement(el), JSON.stringify(validateElement.errors, null, 2)).toBe(true);
  expect(m.schemaVersion).toBe(require('custom-elements-manifest/package.json').version);

  // Both validators reject a broken manifest (so the checks above can fail).
  const broken = manifest();
  delete broken.modules[0].kind;
  expect(validate(broken)).toBe(false);
  const brokenElement = manifest().modules[0].declarations[0];
  delete brokenElement.attributes[0].name;
  brokenElement.events[0].type = 'CustomEvent';
  expect(validateElement(brokenElement)).toBe(false);
  expect(validateElement.errors.map((e) => e.message)).toEqual(
    expect.arrayContaining(["must have required property 'name'", 'must be object']),
  );
});

test('the manifest describes the element: tag, module, attributes, members, events, CSS', async () => {
  const m = manifest();
  const [module] = m.modules;
  expect(module.path).toBe('back-pain-check.js');
  expect(module.exports).toEqual([
    {
      kind: 'custom-element-definition',
      name: 'back-pain-check',
      declaration: { name: 'BackPainCheck', module: 'back-pain-check.js' },
    },
  ]);
  const el = module.declarations[0];
  expect(el.customElement).toBe(true);
  expect(el.tagName).toBe('back-pain-check');
  expect(el.attributes.map((a) => a.name)).toEqual([
    'lang',
    'theme',
    'emergency-number',
    'clinic-name',
    'clinic-contact',
    'save',
  ]);
  expect(el.attributes.find((a) => a.name === 'theme')).toMatchObject({
    type: { text: "'light' | 'dark' | 'auto'" },
    default: 'auto',
  });
  expect(el.members.map((x) => [x.kind, x.name])).toEqual([
    ['field', 'assessment'],
    ['method', 'reset'],
  ]);
  expect(el.members[0].readonly).toBe(true);
  expect(el.events.map((e) => e.name)).toEqual(['assessment-complete', 'assessment-restart']);
  expect(el.cssProperties.find((p) => p.name === '--bpc-accent')).toMatchObject({ syntax: '<color>', default: '#005ea5' });
  expect(el.cssProperties.some((p) => p.name === '--bpc-dark-accent')).toBe(true);
  expect(el.cssParts.map((p) => p.name)).toEqual(expect.arrayContaining(['widget', 'question', 'button', 'result']));
});

/** The keys of one `export interface NAME { ... }` in the .d.ts, quoted or not. */
function interfaceKeys(dts, name) {
  const body = dts.match(new RegExp(`export interface ${name}[^{]*\\{([\\s\\S]*?)\\n\\}`))?.[1];
  if (!body) throw new Error(`no interface ${name} in back-pain-check.d.ts`);
  return [...body.matchAll(/^ {2}'?([a-z][\w-]*)'?\??:/gm)].map((x) => x[1]);
}

test('the types name the same attributes, values and events as the manifest', async () => {
  const el = manifest().modules[0].declarations[0];
  const dts = types();
  expect(interfaceKeys(dts, 'BackPainCheckAttributes')).toEqual(el.attributes.map((a) => a.name));
  expect(interfaceKeys(dts, 'BackPainCheckEventMap')).toEqual(el.events.map((e) => e.name));
  for (const a of el.attributes.filter((a) => a.type.text.includes("'"))) {
    expect(dts, `the ${a.name} attribute's values`).toContain(`${a.name}?: ${a.type.text};`);
  }
  for (const e of el.events) {
    expect(dts).toContain(`'${e.name}': ${e.type.text};`);
  }
  for (const member of el.members) {
    const declared = member.kind === 'method' ? `${member.name}(): ${member.return.type.text};` : `readonly ${member.name}: ${member.type.text};`;
    expect(dts).toContain(declared);
  }
});
