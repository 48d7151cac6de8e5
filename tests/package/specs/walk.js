// Walks the questionnaire to a result, whatever questions it asks: each
// question on a screen gets the answer `answers` gives it, else a safe
// default ("No", "None", the first option; numbers only when asked for).
import { expect } from '@playwright/test';

const SAFE = ['false', 'none', 'none_known'];

async function answerDefault(field) {
  const inputs = field.locator('input[type=radio], input[type=checkbox]');
  const values = await inputs.evaluateAll((els) => els.map((e) => e.value));
  if (values.length === 0) return;
  if ((await field.locator('input:checked').count()) > 0) return;
  const value = SAFE.find((v) => values.includes(v)) ?? values.find((v) => v !== 'not_sure') ?? values[0];
  await field.locator(`input[value="${value}"]`).check();
}

async function answer(field, value) {
  const number = field.locator('input.bpc-number');
  if (typeof value === 'number' && (await number.count())) {
    await number.fill(String(value));
  } else {
    for (const v of [value].flat()) await field.locator(`input[value="${String(v)}"]`).check();
  }
}

/** Answers every screen until the result; returns the ids of the screens seen. */
export async function walk(widget, answers) {
  const seen = [];
  for (let guard = 0; guard < 40; guard++) {
    if (await widget.locator('.bpc-result').count()) break;
    if (await widget.locator('.bpc-review').count()) {
      seen.push('review');
      await widget.locator('.bpc-review button.bpc-primary').click();
      continue;
    }
    const step = await widget.locator('[data-step]').getAttribute('data-step');
    seen.push(step);
    for (const field of await widget.locator('fieldset[data-question]').all()) {
      const id = await field.getAttribute('data-question');
      if (id in answers) await answer(field, answers[id]);
      else await answerDefault(field);
    }
    await widget.locator('button[type=submit]').click();
    await expect(widget.locator(`[data-step="${step}"]`))
      .toHaveCount(0, { timeout: 3000 })
      .catch(async () => {
        // A number it needs that `answers` left out: the field's minimum.
        for (const input of await widget.locator('input.bpc-number').all()) {
          if (!(await input.inputValue())) await input.fill((await input.getAttribute('min')) ?? '1');
        }
        await widget.locator('button[type=submit]').click();
        await expect(widget.locator(`[data-step="${step}"]`)).toHaveCount(0, { timeout: 3000 });
      });
  }
  await expect(widget.locator('.bpc-result')).toBeVisible();
  return seen;
}

/** A person with a cauda equina warning sign: the shortest walk to a result. */
export const emergency = { age: 52, duration: 'under_1_week', bladder_bowel: true };
