// A host script written against the package's types. `tsc --noEmit` must
// accept it; each @ts-expect-error marks a mistake the types must reject
// (tsc fails if one of them is accepted, so loose types fail this check).
import 'back-pain-check';
import type {
  Answers,
  Assessment,
  AssessmentCompleteDetail,
  BackPainCheck,
  BackPainCheckAttributes,
  BackPainCheckConstructor,
} from 'back-pain-check';

const el = document.createElement('back-pain-check');
const same: BackPainCheck = el;
const found: BackPainCheck | null = document.querySelector('back-pain-check');

el.setAttribute('emergency-number', '999');
const latest: Assessment | null = el.assessment;
el.reset();

el.addEventListener('assessment-complete', (e) => {
  const detail: AssessmentCompleteDetail = e.detail;
  const triage: 'emergency' | 'urgent' | 'see_gp' | 'self_care' = detail.assessment.triage;
  const flags: string[] = detail.assessment.red_flags.map((f) => f.id);
  const age: number | undefined = detail.answers.age;
  const notSure = detail.answers.bladder_bowel === 'not_sure';
  const newQuestion = detail.answers['a_question_added_later'];
  const band = detail.assessment.prognosis?.band;
  console.log(triage, flags, age, notSure, newQuestion, band);
  // @ts-expect-error: triage levels are a closed set
  const wrong: 'red' = detail.assessment.triage;
  // @ts-expect-error: age is a number
  const ageText: string = detail.answers.age;
  console.log(wrong, ageText);
});
el.addEventListener('assessment-restart', (e) => {
  const nothing: null = e.detail;
  console.log(nothing);
});
// The events bubble to the document, typed there too.
document.addEventListener('assessment-complete', (e) => console.log(e.detail.assessment.contract));

// Answers in the contract's shape, with the 2026-11-27 additions and room for more.
const answers: Answers = {
  age: 52,
  duration: 'under_1_week',
  bladder_bowel: true,
  sexual_dysfunction: 'not_sure',
  leg_weakness: 'severe_or_sudden',
  injury: 'major',
  injury_when: 'last_7_days',
  onset_activity: ['lifting'],
  onset_age: 40,
  a_question_added_later: ['some', 'options'],
};
// @ts-expect-error: age is a number, not text
const badAnswers: Answers = { age: 'fifty' };

const attributes: BackPainCheckAttributes = { theme: 'dark', save: 'local', lang: 'es-MX' };
// @ts-expect-error: no such theme
const badTheme: BackPainCheckAttributes = { theme: 'purple' };

// @ts-expect-error: assessment is read-only
el.assessment = null;

const Ctor = customElements.get('back-pain-check') as BackPainCheckConstructor | undefined;
const made: BackPainCheck | undefined = Ctor && new Ctor();

console.log(same, found, latest, answers, badAnswers, attributes, badTheme, made);
