// The widget as a person meets it, over WebDriver: what a screen shows, and a
// walk that answers whatever each screen asks (so questions added to the
// questionnaire never break it). Elements inside the shadow root are found by
// a script and then tapped or typed into with real WebDriver input.

/** Reads the current screen of the widget `host` (a CSS selector). */
const SCREEN = `
  const root = document.querySelector(arguments[0])?.shadowRoot;
  if (!root) return { kind: 'none' };
  const result = root.querySelector('.bpc-result');
  if (result) return { kind: 'result', triage: result.dataset.triage };
  if (root.querySelector('.bpc-review')) return { kind: 'review' };
  const step = root.querySelector('[data-step]');
  if (!step) return { kind: 'none' };
  const questions = [...step.querySelectorAll('fieldset[data-question]')].map((f) => {
    const inputs = [...f.querySelectorAll('input')];
    return {
      id: f.dataset.question,
      type: f.querySelector('input.bpc-number') ? 'number' : inputs[0]?.type,
      values: inputs.map((i) => i.value),
      optional: !!f.querySelector('.bpc-optional'),
      problem: f.querySelector('.bpc-problem')?.textContent ?? null,
    };
  });
  return { kind: 'step', step: step.dataset.step, questions };
`;

/** The screen as { kind: 'step' | 'review' | 'result' | 'none', ... }. */
export function screen(browser, host = 'back-pain-check') {
  return browser.driver.executeScript(SCREEN, host);
}

/** One element inside the widget's shadow root, or an error naming the selector. */
export async function find(browser, selector, host = 'back-pain-check') {
  const element = await browser.driver.executeScript(
    'return document.querySelector(arguments[0])?.shadowRoot?.querySelector(arguments[1]) ?? null',
    host,
    selector,
  );
  if (!element) throw new Error(`${browser.name}: nothing matches ${selector} in ${host}`);
  return element;
}

/** Runs `fn` inside the page with the widget's shadow root as its argument. */
export function inWidget(browser, fn, host = 'back-pain-check') {
  return browser.driver.executeScript(`return (${fn})(document.querySelector(arguments[0]).shadowRoot)`, host);
}

/** Polls `check` until it returns something truthy; fails with `what` after `ms`. */
export async function until(check, what, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Answers a "calm" case needs beyond "No" or the first option (see `pick`). */
export const calm = {
  age: 34,
  sex: 'male',
  duration: 'under_1_week',
  pain_now: 3,
  improving: 'better',
  rest_eases: true,
  pain_reach: 'back_only',
  leg_pain_side: 'none',
  onset_activity: ['none_known'],
  injury: 'none',
  leg_weakness: 'none',
  activity: 'regular',
  work_demands: ['none'],
  bothersomeness: 'slightly',
};

/**
 * The answer to give `question`: the case's own, else the safe default a
 * calm person gives: "No" (never a "Not sure"), else "none", else the first
 * option. An optional number is left empty; an age (such as an age the pain
 * began at) is the person's age, the pain being new; any other number is 30.
 */
export function pick(question, answers) {
  if (question.id in answers) return answers[question.id];
  const { id, type, values, optional } = question;
  if (type === 'number') return optional ? undefined : (/_age$/.test(id) && answers.age) || 30;
  const calmest = values.find((v) => v === 'false') ?? values.find((v) => v === 'none' || v === 'none_known');
  const value = calmest ?? values[0];
  return type === 'checkbox' ? [value] : value;
}

/** Gives one answer by typing into the number box or tapping the options' labels. */
async function answer(browser, host, question, value) {
  const field = `fieldset[data-question="${question.id}"]`;
  if (question.type === 'number') {
    const input = await find(browser, `${field} input.bpc-number`, host);
    await browser.tap(input);
    await input.clear();
    await input.sendKeys(String(value));
    return;
  }
  for (const v of [value].flat()) {
    const input = await find(browser, `${field} input[value="${String(v)}"]`, host);
    if (await input.isSelected()) continue;
    // The label is the large tap target a person aims for.
    await browser.tap(await browser.driver.executeScript('return arguments[0].closest("label")', input));
    await until(() => input.isSelected(), `${question.id} = ${v} to be checked`, 2000);
  }
}

/**
 * Answers every screen until the result: `answers` first, `pick` for the rest.
 * Returns the screens seen and the result's triage level.
 */
export async function walk(browser, answers, { host = 'back-pain-check', onScreen } = {}) {
  const seen = [];
  for (let guard = 0; guard < 60; guard++) {
    const now = await screen(browser, host);
    if (now.kind === 'result') {
      seen.push('result');
      return { seen, triage: now.triage };
    }
    if (now.kind === 'review') {
      seen.push('review');
      await browser.tap(await find(browser, '.bpc-review button.bpc-primary', host));
      await until(async () => (await screen(browser, host)).kind !== 'review', 'the review to close');
      continue;
    }
    if (now.kind !== 'step') throw new Error(`${browser.name}: no step shown after ${seen.join(' > ')}`);
    seen.push(now.step);
    for (const question of now.questions) {
      const value = pick(question, answers);
      if (value !== undefined) await answer(browser, host, question, value);
    }
    if (onScreen) await onScreen(now.step);
    await browser.tap(await find(browser, 'button[type=submit]', host));
    await until(async () => (await screen(browser, host)).step !== now.step, `leaving step ${now.step}`).catch(
      async (e) => {
        const stuck = await screen(browser, host);
        const problems = (stuck.questions ?? []).filter((q) => q.problem).map((q) => `${q.id}: ${q.problem}`);
        throw new Error(`${browser.name}: stuck on step ${now.step} (${problems.join(' | ') || e.message})`);
      },
    );
  }
  throw new Error(`${browser.name}: no result after ${seen.length} screens: ${seen.join(' > ')}`);
}
