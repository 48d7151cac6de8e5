// What a person reads on the result without opening anything: words shown and
// the result's height at phone size, per case, with budgets. Shared by the
// Playwright budget test (result-budget.spec.js) and `./run bench`, which
// prints the same table.
import { calm } from './walk.js';

/** Words and height budgets by triage level (issue 14). */
export const BUDGETS = {
  emergency: { words: 220, height: 1700 },
  urgent: { words: 260, height: 1900 },
  see_gp: { words: 450, height: 2600 },
  self_care: { words: 450, height: 2600 },
};

/** The cases the issue names, then our own. */
export const RESULT_CASES = [
  {
    name: 'cauda equina (bladder trouble, sciatica in both legs)',
    triage: 'emergency',
    answers: { ...calm, age: 52, duration: 'under_1_week', pain_now: 7, improving: 'worse', rest_eases: false,
      pain_reach: 'below_knee', leg_pain_side: 'both_legs', bladder_bowel: true },
  },
  {
    name: 'cancer history, new pain',
    triage: 'urgent',
    answers: { ...calm, age: 68, sex: 'female', duration: '1_to_4_weeks', pain_now: 5, improving: 'same', cancer_history: true },
  },
  {
    name: 'sciatica, 1-4 weeks, smoker, desk job',
    triage: 'see_gp',
    answers: { ...calm, age: 45, duration: '1_to_4_weeks', pain_now: 6, improving: 'same', pain_reach: 'below_knee',
      leg_pain_side: 'one_leg', leg_numbness: true, smoking: true, work_demands: ['long_sitting'] },
  },
  {
    name: 'runner, first week, improving',
    triage: 'self_care',
    answers: { ...calm, age: 29, duration: 'under_1_week', pain_now: 4, improving: 'better', onset_activity: ['running'],
      runs: true, pain_when_running: true },
  },
  {
    name: 'runner with pain into the thigh',
    triage: 'self_care',
    answers: { ...calm, age: 35, duration: 'under_1_week', pain_now: 4, improving: 'better', onset_activity: ['running'],
      pain_reach: 'buttock_or_thigh', leg_pain_side: 'one_leg', runs: true, pain_when_running: true },
  },
  {
    name: 'young runner, pain on arching',
    triage: 'see_gp',
    answers: { ...calm, age: 17, duration: '1_to_4_weeks', pain_now: 4, improving: 'same', onset_activity: ['running'],
      extension_pain: true, runs: true, pain_when_running: true },
  },
  {
    name: 'worried, slow to recover, everything else calm',
    triage: 'see_gp',
    answers: { ...calm, age: 40, duration: 'under_1_week', pain_now: 6, improving: 'same', onset_activity: ['lifting'],
      fear_of_movement: true, worry: true, catastrophising: true, low_mood: true, bothersomeness: 'very_much',
      work_demands: ['heavy_lifting'], activity: 'inactive', smoking: true },
  },
  {
    name: 'a warning sign left as "Not sure", leg pain',
    triage: 'urgent',
    answers: { ...calm, age: 50, duration: '1_to_4_weeks', pain_now: 5, improving: 'same', pain_reach: 'buttock_or_thigh',
      leg_pain_side: 'one_leg', saddle_numbness: 'not_sure' },
  },
];

/**
 * In the page: the words a person sees in the result (text that is rendered,
 * not inside a closed disclosure other than its summary, not print-only) and
 * the result's height in CSS pixels. Pass to `page.evaluate`.
 */
export function measureResult() {
  const root = document.querySelector('back-pain-check').shadowRoot;
  const result = root.querySelector('.bpc-result');
  const walker = document.createTreeWalker(result, NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !el.checkVisibility({ visibilityProperty: true })) continue;
    const closed = el.closest('details:not([open])');
    if (closed && !el.closest('summary')) continue;
    if (el.closest('svg')) continue;
    words += node.textContent.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return { words, height: Math.round(result.getBoundingClientRect().height) };
}
