//! The assessment engine: answers in, assessment out.
//!
//! Pure Rust with no dependencies: no Yew, no web-sys, no I/O. It implements
//! `shared/assessment-contract.md` (question ids, option ids, output fields).
//! It runs on every answer in the browser, so it allocates little and never
//! panics on any set of checked answers.
//!
//! ```
//! use back_pain_check_engine::{assess, Answers, RawValue, Triage};
//! let answers = Answers::from_raw([("bladder_bowel", RawValue::Bool(true))]).unwrap();
//! assert_eq!(assess(&answers).triage, Triage::Emergency);
//! ```
//!
//! Every id is typed ([`Q`], [`Opt`], [`ids::RedFlag`], [`ids::Pattern`],
//! [`ids::Risk`], [`ids::ReasonId`], [`Advice`]): a misspelt id does not
//! compile. The contract's names appear only where JSON crosses in or out
//! (serde, `json.rs`).
//!
//! This crate depends on nothing of the widget (content, flow, UI, browser):
//! Cargo enforces that layering.

#![forbid(unsafe_code)]

mod advice;
mod answers;
mod assessment;
mod facts;
mod id_map;
pub mod ids;
mod json;
pub mod misspelt;
mod patterns;
mod prognosis;
pub mod questions;
mod risk;
mod triage;

pub use advice::{sort_small_by_key, Advice};
pub use answers::{AnswerError, Answers, RawValue, Value};
pub use assessment::{
    Assessment, Band, ContractVersion, DurationClass, Finding, Prognosis, Reason, RiskFactor,
    Triage,
};
pub use id_map::IdMap;
pub use ids::{Pattern, ReasonId, RedFlag, Risk};
pub use json::{read_answers, InputError, RawAnswers, MAX_ERROR_LINES};
pub use questions::{
    question, question_named, AskIf, Kind, Opt, Question, Section, CAUDA_EQUINA_QUESTIONS,
    NOT_SURE, Q, QUESTIONS,
};

/// People under this age are outside the widget's scope (adults only).
pub const MIN_AGE: i64 = 16;

/// Assesses one set of answers.
pub fn assess(a: &Answers) -> Assessment {
    let mut t = triage::Triaged::default();
    triage::red_flags(a, &mut t);
    triage::other_reasons(a, &mut t);

    let signs_open = !t.red_flags.is_empty() || !t.unanswered_red_flags.is_empty();
    let patterns = patterns::patterns(a, signs_open);
    // A pattern that needs a clinician's look is a reason in its own right.
    for p in &patterns {
        if let Some(reason) = p.id.reason() {
            t.reason(reason, p.because.clone());
        }
    }
    let prognosis = prognosis::prognosis(a);
    // A high risk of a slow recovery needs more support than self-care alone
    // (NICE NG59 stratified care).
    if let Some(p) = prognosis.as_ref().filter(|p| p.band == Band::High) {
        t.reason(ReasonId::SlowRecoveryRisk, p.because.clone());
    }
    let triage = t.level();
    sort_small_by_key(&mut t.reasons, |r| std::cmp::Reverse(r.level));

    let mut assessment = Assessment {
        contract: ContractVersion,
        in_scope: a.int(Q::Age).is_none_or(|age| age >= MIN_AGE),
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
    Some(match a.choice(Q::Duration)? {
        Opt::Under1Week | Opt::Weeks1To4 => DurationClass::Acute,
        Opt::Weeks4To12 => DurationClass::Subacute,
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
