//! Which questions share a screen, in the order the questionnaire shows them.
//!
//! Warning signs come early so that an emergency can end the flow at once;
//! the cauda equina questions share one step (`warning_nerves`), which every
//! path to a result below emergency passes.

use crate::engine::{is_asked, question, Answers, Question, CAUDA_EQUINA_QUESTIONS, Q, QUESTIONS};

#[derive(Debug, Clone, Copy)]
pub struct Step {
    /// Names the screen (for tests, anchors and screenshots).
    pub id: &'static str,
    /// The step's questions: a run of the question table.
    pub questions: &'static [Question],
}

/// Where each step begins: its name and its first question. A step holds
/// every question of the table from its first up to the next step's first,
/// so a new question joins the screen of the question before it in
/// `engine::QUESTIONS`; a line here gives it a screen of its own.
const STARTS: [(&str, Q); 22] = [
    ("about_you", Q::Age),
    ("duration", Q::Duration),
    ("pain_now", Q::PainNow),
    ("course", Q::Improving),
    ("where", Q::PainReach),
    ("leg_feeling", Q::LegNumbness),
    ("onset", Q::OnsetActivity),
    ("warning_nerves", Q::BladderBowel),
    ("warning_health", Q::Fever),
    ("warning_bones", Q::BoneRisk),
    ("pattern_time", Q::OnsetAge),
    ("walking", Q::WalkingLegPain),
    ("arching", Q::ExtensionPain),
    ("running", Q::Runs),
    ("running_pain", Q::PainWhenRunning),
    ("body", Q::HeightCm),
    ("habits", Q::Activity),
    ("work", Q::WorkDemands),
    ("background", Q::FamilyHistory),
    ("daily_life", Q::OtherPain),
    ("feelings", Q::FearOfMovement),
    ("bother", Q::Bothersomeness),
];

/// Every step, in order (made from [`STARTS`] when the crate compiles).
pub static STEPS: [Step; STARTS.len()] = split(STARTS);

/// Cuts the question table at each step's first question.
const fn split<const N: usize>(starts: [(&'static str, Q); N]) -> [Step; N] {
    assert!(starts[0].1 as usize == 0, "the first step starts the table");
    let mut out = [Step {
        id: "",
        questions: &[],
    }; N];
    let mut i = 0;
    while i < N {
        let from = starts[i].1 as usize;
        let to = if i + 1 < N {
            starts[i + 1].1 as usize
        } else {
            QUESTIONS.len()
        };
        assert!(from < to, "steps must start in the question table's order");
        let (_, rest) = QUESTIONS.split_at(from);
        let (questions, _) = rest.split_at(to - from);
        out[i] = Step {
            id: starts[i].0,
            questions,
        };
        i += 1;
    }
    out
}

impl Step {
    /// The questions of this step that are asked, given the answers so far.
    pub fn asked<'a>(
        &'static self,
        answers: &'a Answers,
    ) -> impl Iterator<Item = &'static Question> + 'a {
        self.questions.iter().filter(move |q| is_asked(q, answers))
    }

    /// A step is shown when at least one of its questions is asked.
    pub fn is_shown(&'static self, answers: &Answers) -> bool {
        self.asked(answers).next().is_some()
    }

    pub fn has_red_flag(&self) -> bool {
        self.questions.iter().any(|q| q.red_flag)
    }
}

/// The index of the last step that asks a warning-sign question: an urgent
/// early end may come only after it.
pub fn last_warning_step() -> usize {
    STEPS
        .iter()
        .rposition(Step::has_red_flag)
        .unwrap_or(STEPS.len() - 1)
}

/// The index of the step that asks every cauda equina question.
pub fn cauda_equina_step() -> usize {
    step_of(CAUDA_EQUINA_QUESTIONS[0]).unwrap_or(0)
}

/// The index of the step that holds question `id`.
pub fn step_of(id: Q) -> Option<usize> {
    STEPS
        .iter()
        .position(|s| s.questions.iter().any(|q| q.id == id))
}

/// Indices of the steps shown for these answers: the honest length of the path.
pub fn shown_steps(answers: &Answers) -> Vec<usize> {
    (0..STEPS.len())
        .filter(|&i| STEPS[i].is_shown(answers))
        .collect()
}

/// The answers that count: those of questions still asked. An answer to a
/// question that skip logic has since hidden is kept (nothing is lost if the
/// person changes their mind back) but not assessed.
pub fn effective_answers(answers: &Answers) -> Answers {
    let mut out = answers.clone();
    // Conditions only look at questions that are always asked, so one pass is enough.
    for (id, _) in answers.iter() {
        if !is_asked(question(id), answers) {
            out.remove(id);
        }
    }
    out
}
