//! The assessment engine: answers in, assessment out.
//!
//! Pure Rust with no dependencies: no Yew, no web-sys, no I/O. It implements
//! `shared/assessment-contract.md` (question ids, option ids, output fields).
//! It runs on every answer in the browser, so it allocates little and never
//! panics on any set of checked answers.
//!
//! ```
//! use back_pain_check::engine::{assess, Answers, RawValue, Triage};
//! let answers = Answers::from_raw([("bladder_bowel", RawValue::Bool(true))]).unwrap();
//! assert_eq!(assess(&answers).triage, Triage::Emergency);
//! ```

mod advice;
mod answers;
mod assessment;
mod id_map;
pub mod ids;
pub(crate) mod json;
mod patterns;
mod prognosis;
pub mod questions;
mod risk;
mod triage;

pub(crate) use advice::sort_small_by_key;
pub use answers::{AnswerError, Answers, RawValue, Value};
pub use assessment::{
    Assessment, Band, DurationClass, Finding, Prognosis, Reason, RiskFactor, Triage,
};
pub use id_map::IdMap;
pub use questions::{
    question, AskIf, Kind, Question, Section, CAUDA_EQUINA_QUESTIONS, NOT_SURE, QUESTIONS,
};

/// People under this age are outside the widget's scope (adults only).
pub const MIN_AGE: i64 = 16;

/// Assesses one set of answers.
pub fn assess(a: &Answers) -> Assessment {
    let mut t = triage::Triaged::default();
    triage::red_flags(a, &mut t);
    triage::other_reasons(a, &mut t);

    let patterns = patterns::patterns(a, !t.red_flags.is_empty());
    // A pattern that needs a clinician's look is a reason in its own right.
    for p in &patterns {
        if p.id != "non_specific" {
            t.reasons.push(Reason {
                id: p.id,
                level: Triage::SeeGp,
                because: p.because.clone(),
            });
        }
    }
    let prognosis = prognosis::prognosis(a);
    // A high risk of a slow recovery needs more support than self-care alone
    // (NICE NG59 stratified care).
    if let Some(p) = prognosis.as_ref().filter(|p| p.band == Band::High) {
        t.reasons.push(Reason {
            id: "slow_recovery_risk",
            level: Triage::SeeGp,
            because: p.because.clone(),
        });
    }
    let triage = t.level();
    sort_small_by_key(&mut t.reasons, |r| std::cmp::Reverse(r.level));

    let mut assessment = Assessment {
        in_scope: a.int("age").is_none_or(|age| age >= MIN_AGE),
        triage,
        red_flags: t.red_flags,
        unanswered_red_flags: t.unanswered_red_flags,
        duration: duration_class(a),
        patterns,
        risk_factors: risk::risk_factors(a),
        prognosis,
        advice: Vec::new(),
        reasons: t.reasons,
    };
    assessment.advice = advice::advice(a, &assessment);
    assessment
}

/// Acute up to 4 weeks, subacute 4 to 12, chronic 12 or more (NICE NG59).
fn duration_class(a: &Answers) -> Option<DurationClass> {
    Some(match a.choice("duration")? {
        "under_1_week" | "1_to_4_weeks" => DurationClass::Acute,
        "4_to_12_weeks" => DurationClass::Subacute,
        _ => DurationClass::Chronic,
    })
}

/// Whether the questionnaire asks question `q`, given the answers so far.
pub fn is_asked(q: &Question, a: &Answers) -> bool {
    match q.ask_if {
        AskIf::Always => true,
        AskIf::IsTrue(id) => a.yes(id),
        AskIf::ChoiceIn(id, options) => a.choice(id).is_some_and(|c| options.contains(&c)),
        AskIf::ChoiceNot(id, option) => a.choice(id).is_some_and(|c| c != option),
    }
}
