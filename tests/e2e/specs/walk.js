// Walks the questionnaire the way a person does: on each screen, answer the
// questions shown (by tapping options or typing numbers), then tap Next.
import { expect } from '@playwright/test';

/** Opens the demo page and collects its uncaught errors and console errors. */
export async function start(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  return errors;
}

/** Answers one question shown on the current screen. */
export async function answer(widget, id, value) {
  const field = widget.locator(`fieldset[data-question="${id}"]`);
  if (typeof value === 'number' && (await field.locator('input.bpc-number').count())) {
    await field.locator('input.bpc-number').fill(String(value));
  } else if (Array.isArray(value)) {
    for (const option of value) await field.locator(`input[value="${option}"]`).check();
  } else {
    await field.locator(`input[value="${String(value)}"]`).check();
  }
}

/**
 * Answers every screen from `answers` until the result. Questions on a screen
 * that `answers` leaves out are left for `skip` (e.g. the body diagram).
 * Returns the ids of the screens seen. `widget` picks one element when the
 * page has several.
 */
export async function walk(page, answers, { onScreen, widget = page.locator('back-pain-check') } = {}) {
  const seen = [];
  for (let guard = 0; guard < 40; guard++) {
    if (await widget.locator('.bpc-result').count()) break;
    if (await widget.locator('.bpc-review').count()) {
      seen.push('review');
      if (onScreen) await onScreen('review');
      await widget.locator('.bpc-review button.bpc-primary').click();
      continue;
    }
    const step = await widget.locator('[data-step]').getAttribute('data-step');
    seen.push(step);
    // An answer can reveal a question on the same screen (when the injury
    // happened): answer what is shown until nothing new appears.
    const done = new Set();
    for (let pass = 0; pass < 4; pass++) {
      const ids = await widget
        .locator('fieldset[data-question]')
        .evaluateAll((els) => els.map((e) => e.dataset.question));
      const todo = ids.filter((id) => id in answers && !done.has(id));
      if (!todo.length) break;
      for (const id of todo) {
        done.add(id);
        await answer(widget, id, answers[id]);
      }
    }
    if (onScreen) await onScreen(step);
    await widget.locator('button[type=submit]').click();
    await expect(widget.locator(`[data-step="${step}"]`)).toHaveCount(0, { timeout: 2000 }).catch(async () => {
      const problems = await widget.locator('.bpc-problem').allTextContents();
      throw new Error(`stuck on step ${step}: ${problems.join(' | ')}`);
    });
  }
  await expect(widget.locator('.bpc-result')).toBeVisible();
  seen.push('result');
  if (onScreen) await onScreen('result');
  return seen;
}

/** Every question "no" or the calmest option: a base the cases change. */
export const calm = {
  sex: 'male',
  pain_now: 3,
  improving: 'better',
  rest_eases: true,
  pain_reach: 'back_only',
  leg_pain_side: 'none',
  leg_numbness: false,
  onset_activity: ['none_known'],
  injury: 'none',
  injury_when: 'last_7_days',
  bladder_bowel: false,
  saddle_numbness: false,
  sexual_dysfunction: false,
  leg_weakness: 'none',
  fever: false,
  infection_risk: false,
  weight_loss: false,
  cancer_history: false,
  bone_risk: false,
  night_pain: false,
  morning_stiffness: false,
  better_with_exercise: false,
  wakes_second_half_night: false,
  walking_leg_pain: false,
  extension_pain: false,
  runs: false,
  pain_when_running: false,
  activity: 'regular',
  smoking: false,
  work_demands: ['none'],
  family_history: false,
  spine_structure: false,
  other_pain: false,
  slow_dressing: false,
  short_walks: false,
  fear_of_movement: false,
  worry: false,
  catastrophising: false,
  low_mood: false,
  bothersomeness: 'slightly',
};

/** A case that shows every screen: leg symptoms and running reveal them all. */
export const fullWalk = {
  ...calm,
  age: 45,
  duration: '1_to_4_weeks',
  pain_now: 6,
  improving: 'same',
  pain_reach: 'below_knee',
  leg_pain_side: 'one_leg',
  leg_numbness: true,
  runs: true,
  pain_when_running: true,
  height_cm: 178,
  weight_kg: 92,
  smoking: true,
  work_demands: ['long_sitting'],
  worry: true,
  bothersomeness: 'very_much',
};
