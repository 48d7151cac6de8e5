// The cauda equina questions are asked of everyone before any result below
// emergency (shared/clinical-reference.md, rules of 2026-11-27), walked in
// Chromium as a person taps: every way to a result below emergency shows the
// cauda equina step first.
import { test, expect } from '@playwright/test';
import { walk, calm, answer, start } from './walk.js';

const CE = ['bladder_bowel', 'saddle_numbness', 'sexual_dysfunction', 'leg_weakness'];

function widget(page) {
  return page.locator('back-pain-check');
}


async function triage(page) {
  return widget(page).locator('.bpc-result .bpc-banner').getAttribute('data-triage');
}

/** A 75-year-old with a minor slip: the case the safety review found. */
const slipAt75 = {
  ...calm,
  age: 75,
  duration: 'under_1_week',
  pain_now: 6,
  improving: 'same',
  onset_activity: ['none_known'],
  injury: 'minor',
  injury_when: 'last_7_days',
};

test('a minor slip at 75 sees every cauda equina question before a result', async ({ page }) => {
  const errors = await start(page);
  const seen = await walk(page, slipAt75);
  const at = seen.indexOf('warning_nerves');
  expect(at).toBeGreaterThan(-1);
  expect(at).toBeLessThan(seen.indexOf('result'));
  expect(seen).toContain('warning_bones');
  expect(await triage(page)).toBe('urgent');
  expect(errors).toEqual([]);
});

test('a minor slip at 75 with new bladder trouble ends at emergency', async ({ page }) => {
  const errors = await start(page);
  const seen = await walk(page, { ...slipAt75, bladder_bowel: true });
  expect(seen.at(-2)).toBe('warning_nerves');
  expect(await triage(page)).toBe('emergency');
  await expect(widget(page).locator('[data-reason="cauda_equina"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the cauda equina step shows all four questions, each with "Not sure"', async ({ page }) => {
  await start(page);
  const w = widget(page);
  await walk(page, { ...calm, age: 40, duration: 'under_1_week', bladder_bowel: true }, {
    onScreen: async (step) => {
      if (step !== 'warning_nerves') return;
      for (const id of CE) {
        await expect(w.locator(`fieldset[data-question="${id}"]`)).toBeVisible();
        await expect(w.locator(`fieldset[data-question="${id}"] input[value="not_sure"]`)).toHaveCount(1);
      }
    },
  });
});

for (const [name, answers, expected] of [
  ['self care', { ...calm, age: 34, duration: 'under_1_week', onset_activity: ['lifting'] }, 'self_care'],
  ['see a doctor', { ...calm, age: 45, duration: '4_to_12_weeks', improving: 'same' }, 'see_gp'],
  ['urgent (fever)', { ...calm, age: 40, duration: 'under_1_week', fever: true }, 'urgent'],
  ['not sure on a warning sign', { ...calm, age: 40, duration: 'under_1_week', saddle_numbness: 'not_sure' }, 'see_gp'],
]) {
  test(`every path below emergency passes the cauda equina step: ${name}`, async ({ page }) => {
    const errors = await start(page);
    const seen = await walk(page, answers);
    expect(await triage(page)).toBe(expected);
    const at = seen.indexOf('warning_nerves');
    expect(at, seen.join(' > ')).toBeGreaterThan(-1);
    expect(at).toBeLessThan(seen.indexOf('result'));
    expect(errors).toEqual([]);
  });
}

test('after an early emergency end, changing the answer still goes through the cauda equina step', async ({ page }) => {
  const errors = await start(page);
  const w = widget(page);
  // A big fall last week ends the questions at the injury step.
  const seen = await walk(page, { ...calm, age: 40, duration: 'under_1_week', injury: 'major', injury_when: 'last_7_days' });
  expect(seen).not.toContain('warning_nerves');
  expect(await triage(page)).toBe('emergency');
  // Back to the injury question, "no injury" this time, and on.
  await w.getByRole('button', { name: 'Back' }).click();
  await expect(w.locator('[data-step="onset"]')).toBeVisible();
  await answer(w, 'injury', 'none');
  await w.locator('button[type=submit]').click();
  const after = await walk(page, { ...calm, age: 40, duration: 'under_1_week' });
  expect(after[0]).toBe('warning_nerves');
  expect(await triage(page)).not.toBe('emergency');
  expect(errors).toEqual([]);
});

test('a result with a warning sign left as "Not sure" lets the person answer it, and the answer counts', async ({ page }) => {
  const errors = await start(page);
  const w = widget(page);
  await walk(page, { ...calm, age: 40, duration: 'under_1_week', onset_activity: ['lifting'], bladder_bowel: 'not_sure' });
  expect(await triage(page)).toBe('see_gp');
  await expect(w.locator('.bpc-unanswered')).toBeVisible();
  await w.getByRole('button', { name: 'Answer them now' }).click();
  await expect(w.locator('[data-step="warning_nerves"]')).toBeVisible();
  await answer(w, 'bladder_bowel', true);
  await w.locator('button[type=submit]').click();
  // The new answer counts: an emergency now.
  await expect(w.locator('.bpc-result')).toBeVisible();
  expect(await triage(page)).toBe('emergency');
  expect(errors).toEqual([]);
});
