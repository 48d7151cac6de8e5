// A host script with a type error: tsc must reject it (proves the check runs
// on these files at all).
import 'back-pain-check';

const el = document.createElement('back-pain-check');
el.addEventListener('assessment-complete', (e) => {
  const triage: number = e.detail.assessment.triage;
  console.log(triage);
});
