//! Which questions share a screen, in the order the questionnaire shows them.
//!
//! Warning signs come early so that an emergency can end the flow at once;
//! the cauda equina questions share one step (`warning_nerves`), which every
//! path to a result below emergency passes.

use crate::engine::{is_asked, question, Answers, Question, CAUDA_EQUINA_QUESTIONS};

#[derive(Debug)]
pub struct Step {
    /// Names the screen (for tests, anchors and screenshots).
    pub id: &'static str,
    pub questions: &'static [&'static str],
}

pub static STEPS: &[Step] = &[
    Step {
        id: "about_you",
        questions: &["age", "sex"],
    },
    Step {
        id: "duration",
        questions: &["duration"],
    },
    Step {
        id: "pain_now",
        questions: &["pain_now"],
    },
    Step {
        id: "course",
        questions: &["improving", "rest_eases"],
    },
    Step {
        id: "where",
        questions: &["pain_reach", "leg_pain_side"],
    },
    Step {
        id: "leg_feeling",
        questions: &["leg_numbness"],
    },
    Step {
        id: "onset",
        questions: &["onset_activity", "injury", "injury_when"],
    },
    Step {
        id: "warning_nerves",
        questions: &[
            "bladder_bowel",
            "saddle_numbness",
            "sexual_dysfunction",
            "leg_weakness",
        ],
    },
    Step {
        id: "warning_health",
        questions: &["fever", "infection_risk", "weight_loss", "cancer_history"],
    },
    Step {
        id: "warning_bones",
        questions: &["bone_risk", "night_pain"],
    },
    Step {
        id: "pattern_time",
        questions: &[
            "onset_age",
            "morning_stiffness",
            "better_with_exercise",
            "wakes_second_half_night",
        ],
    },
    Step {
        id: "walking",
        questions: &["walking_leg_pain"],
    },
    Step {
        id: "arching",
        questions: &["extension_pain"],
    },
    Step {
        id: "running",
        questions: &["runs"],
    },
    Step {
        id: "running_pain",
        questions: &["pain_when_running"],
    },
    Step {
        id: "body",
        questions: &["height_cm", "weight_kg"],
    },
    Step {
        id: "habits",
        questions: &["activity", "smoking", "alcohol_units_week"],
    },
    Step {
        id: "work",
        questions: &["work_demands"],
    },
    Step {
        id: "background",
        questions: &["family_history", "spine_structure"],
    },
    Step {
        id: "daily_life",
        questions: &["other_pain", "slow_dressing", "short_walks"],
    },
    Step {
        id: "feelings",
        questions: &["fear_of_movement", "worry", "catastrophising", "low_mood"],
    },
    Step {
        id: "bother",
        questions: &["bothersomeness"],
    },
];

impl Step {
    /// The questions of this step that are asked, given the answers so far.
    pub fn asked<'a>(
        &'static self,
        answers: &'a Answers,
    ) -> impl Iterator<Item = &'static Question> + 'a {
        self.questions
            .iter()
            .filter_map(|id| question(id))
            .filter(move |q| is_asked(q, answers))
    }

    /// A step is shown when at least one of its questions is asked.
    pub fn is_shown(&'static self, answers: &Answers) -> bool {
        self.asked(answers).next().is_some()
    }

    pub fn has_red_flag(&self) -> bool {
        self.questions
            .iter()
            .filter_map(|id| question(id))
            .any(|q| q.red_flag)
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
pub fn step_of(id: &str) -> Option<usize> {
    STEPS.iter().position(|s| s.questions.contains(&id))
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
        if question(id).is_some_and(|q| !is_asked(q, answers)) {
            out.remove(id);
        }
    }
    out
}
