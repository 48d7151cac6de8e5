// Public patient cases walked through the UI at phone size by tapping like a
// person, checking the result screen's triage and reasons.
import { test, expect } from '@playwright/test';
import { walk, calm, start } from './walk.js';


function result(page) {
  return page.locator('back-pain-check .bpc-result');
}

async function reasons(page) {
  return result(page).locator('[data-reason]').evaluateAll((els) => els.map((e) => e.dataset.reason));
}

test('case 1: acute back pain after lifting, getting better: self care', async ({ page }) => {
  const errors = await start(page);
  const seen = await walk(page, {
    ...calm,
    age: 34,
    duration: 'under_1_week',
    pain_now: 6,
    onset_activity: ['lifting'],
    work_demands: ['long_sitting'],
  });
  expect(seen).toContain('review');
  const r = result(page);
  await expect(r.locator('.bpc-banner')).toHaveAttribute('data-triage', 'self_care');
  await expect(r.locator('.bpc-banner')).toContainText('look after this at home');
  expect(await reasons(page)).toEqual([]);
  // The plan leads, each item with the answers that chose it.
  await expect(r.locator('.bpc-plan [data-advice="lifting_safely"]')).toBeVisible();
  await expect(r.locator('.bpc-plan [data-advice="lifting_safely"] .bpc-because')).toContainText('Lifting something');
  await expect(r.locator('.bpc-safety-net')).toBeVisible();
  await expect(r.locator('.bpc-safety-net')).toContainText('Call 112 at once');
  // What the answers may fit and how long it has lasted are there, folded.
  await expect(r.locator('[data-pattern="non_specific"]')).toBeHidden();
  await r.locator('.bpc-patterns > summary').click();
  await expect(r.locator('[data-pattern="non_specific"]')).toBeVisible();
  await r.locator('.bpc-recovery > summary').click();
  await expect(r.locator('[data-duration="acute"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('case 3: bladder trouble and saddle numbness: emergency, ends early', async ({ page }) => {
  const errors = await start(page);
  const seen = await walk(page, {
    ...calm,
    age: 52,
    duration: 'under_1_week',
    pain_now: 7,
    improving: 'worse',
    rest_eases: false,
    pain_reach: 'below_knee',
    leg_pain_side: 'both_legs',
    bladder_bowel: true,
    saddle_numbness: true,
  });
  expect(seen).not.toContain('review');
  expect(seen.at(-2)).toBe('warning_nerves');
  const r = result(page);
  await expect(r.locator('.bpc-banner')).toHaveAttribute('data-triage', 'emergency');
  await expect(r.locator('.bpc-banner')).toContainText('Call 112');
  await expect(r.locator('.bpc-notice').first()).toContainText('stopped the questions');
  const ids = await reasons(page);
  expect(ids[0]).toBe('cauda_equina');
  const because = r.locator('[data-reason="cauda_equina"] .bpc-because');
  await expect(because).toContainText('Peeing or pooing has changed');
  await expect(because).toContainText('Both legs');
  // The person can still go back and see their answers.
  await page.locator('back-pain-check').getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('back-pain-check fieldset[data-question="bladder_bowel"] input[value="true"]')).toBeChecked();
  expect(errors).toEqual([]);
});

test('case 7: walking leg pain in both legs at 63: see a doctor, stenosis (body diagram only)', async ({ page }) => {
  const errors = await start(page);
  const widget = page.locator('back-pain-check');
  const { pain_reach, leg_pain_side, ...rest } = calm;
  await walk(
    page,
    { ...rest, age: 63, duration: 'over_12_weeks', pain_now: 5, improving: 'same', walking_leg_pain: true },
    {
      // Where the pain reaches is answered only by tapping the diagram.
      onScreen: async (step) => {
        if (step !== 'where') return;
        await widget.locator('[data-region="left_upper_leg"]').first().click();
        await widget.locator('[data-region="right_upper_leg"]').first().click();
        await expect(widget.locator('fieldset[data-question="pain_reach"] input[value="buttock_or_thigh"]')).toBeChecked();
        await expect(widget.locator('fieldset[data-question="leg_pain_side"] input[value="both_legs"]')).toBeChecked();
      },
    },
  );
  const r = result(page);
  await expect(r.locator('.bpc-banner')).toHaveAttribute('data-triage', 'see_gp');
  const ids = await reasons(page);
  expect(ids).toContain('stenosis');
  // Lasting weeks is folded into 'not improving', which names the duration too.
  expect(ids).toContain('not_improving');
  expect(ids).not.toContain('lasting_weeks');
  await expect(r.locator('.bpc-plan [data-advice="stenosis_walking"]')).toBeVisible();
  await r.locator('.bpc-patterns > summary').click();
  await expect(r.locator('[data-pattern="stenosis"]')).toBeVisible();
  await expect(r.locator('.bpc-spine')).toBeVisible();
  await r.locator('.bpc-recovery > summary').click();
  await expect(r.locator('[data-duration="chronic"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('case 11: runner with a foot getting weaker: emergency', async ({ page }) => {
  const errors = await start(page);
  const seen = await walk(page, {
    ...calm,
    age: 38,
    duration: '1_to_4_weeks',
    pain_now: 6,
    improving: 'worse',
    rest_eases: false,
    pain_reach: 'below_knee',
    leg_pain_side: 'one_leg',
    leg_numbness: true,
    onset_activity: ['running'],
    leg_weakness: 'worsening',
    runs: true,
  });
  expect(seen).not.toContain('review');
  const r = result(page);
  await expect(r.locator('.bpc-banner')).toHaveAttribute('data-triage', 'emergency');
  const ids = await reasons(page);
  expect(ids).toContain('progressive_deficit');
  await expect(r.locator('[data-reason="progressive_deficit"] .bpc-because')).toContainText('getting worse');
  expect(errors).toEqual([]);
});
