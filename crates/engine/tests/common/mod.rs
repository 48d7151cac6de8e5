//! Helpers shared by the engine's integration tests (and, through
//! `tests/common/mod.rs`, the widget's). Each test crate uses a subset.
#![allow(dead_code, unused_imports)]

use back_pain_check_engine::{assess, AnswerError, Answers, Assessment, RawAnswers, Triage, Q};
use serde_json::{json, Value};

/// Question ids by their contract names, to compare with JSON.
pub fn names(ids: &[Q]) -> Vec<&'static str> {
    ids.iter().map(|q| q.id()).collect()
}

/// Checks a JSON object of answers; panics on a non-object.
pub fn try_answers(v: &Value) -> Result<Answers, Vec<AnswerError>> {
    let raw: RawAnswers = serde_json::from_value(v.clone()).expect("answers must be a JSON object");
    raw.check()
}

/// Checks a JSON object of answers that the test knows to be valid.
pub fn answers(v: &Value) -> Answers {
    try_answers(v).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("invalid answers {v}: {}", lines.join("; "))
    })
}

/// Assesses a JSON object of valid answers.
pub fn run(v: &Value) -> Assessment {
    assess(&answers(v))
}

/// `base` with the keys of `overrides` replaced; a `null` override removes the key.
pub fn merge(base: &Value, overrides: &Value) -> Value {
    let mut out = base.as_object().expect("base must be an object").clone();
    for (k, v) in overrides.as_object().expect("overrides must be an object") {
        if v.is_null() {
            out.remove(k);
        } else {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

/// Every red-flag question answered "no".
pub fn no_red_flags() -> Value {
    json!({
        "bladder_bowel": false,
        "saddle_numbness": false,
        "sexual_dysfunction": false,
        "leg_weakness": "none",
        "fever": false,
        "infection_risk": false,
        "weight_loss": false,
        "cancer_history": false,
        "injury": "none",
        "bone_risk": false,
        "night_pain": false,
    })
}

/// A person without any of the signs the questionnaire asks about: no red
/// flags, no leg symptoms, no pattern features, nothing worrying for recovery.
/// Cases override what they mention. Age, duration, pain and course are left
/// to each case.
pub fn no_signs() -> Value {
    calm_rest(merge(
        &no_red_flags(),
        &json!({
            "pain_reach": "back_only",
            "leg_pain_side": "none",
            "leg_numbness": false,
            "morning_stiffness": false,
            "better_with_exercise": false,
            "wakes_second_half_night": false,
            "extension_pain": false,
            "runs": false,
            "activity": "regular",
            "smoking": false,
            "work_demands": ["none"],
            "family_history": false,
            "spine_structure": false,
            "other_pain": false,
            "slow_dressing": false,
            "short_walks": false,
            "fear_of_movement": false,
            "worry": false,
            "catastrophising": false,
            "low_mood": false,
            "bothersomeness": "slightly",
        }),
    ))
}

/// `v` with every other required question of the table answered the calm
/// way ("no", the first option, "none"), so the complete cases stay complete
/// when a question is added.
pub fn calm_rest(v: Value) -> Value {
    use back_pain_check_engine::{Kind, QUESTIONS};
    let mut v = v;
    let obj = v.as_object_mut().expect("an object");
    for q in QUESTIONS.iter().filter(|q| !q.optional) {
        if obj.contains_key(q.id.id()) || !matches!(q.ask_if, back_pain_check_engine::AskIf::Always)
        {
            continue;
        }
        let calm = match q.kind {
            Kind::Bool => json!(false),
            Kind::Int { min, max } => json!((min + max) / 2),
            Kind::Choice(o) => json!(o[0].id()),
            Kind::Multi(o) => json!([o[o.len() - 1].id()]),
        };
        obj.insert(q.id.id().to_owned(), calm);
    }
    v
}

/// Public case 1: acute non-specific pain after lifting, getting better; the
/// textbook `self_care` answer set, every question answered.
pub fn self_care_case() -> Value {
    merge(
        &no_signs(),
        &json!({
            "age": 34,
            "sex": "male",
            "duration": "under_1_week",
            "pain_now": 6,
            "improving": "better",
            "rest_eases": true,
            "onset_activity": ["lifting"],
            "injury": "minor",
            "injury_when": "last_7_days",
            "height_cm": 178,
            "weight_kg": 72,
            "alcohol_units_week": 4,
            "work_demands": ["long_sitting"],
        }),
    )
}

/// Public case 2 with every question answered (also used by the bench).
pub fn radicular_case() -> Value {
    merge(
        &no_signs(),
        &json!({
            "age": 45,
            "sex": "female",
            "duration": "1_to_4_weeks",
            "pain_now": 7,
            "improving": "same",
            "rest_eases": true,
            "pain_reach": "below_knee",
            "leg_pain_side": "one_leg",
            "leg_numbness": true,
            "walking_leg_pain": false,
            "onset_activity": ["none_known"],
            "height_cm": 165,
            "weight_kg": 70,
            "alcohol_units_week": 6,
            "work_demands": ["long_sitting"],
            "bothersomeness": "moderately",
        }),
    )
}

pub fn red_flag_ids(a: &Assessment) -> Vec<&'static str> {
    a.red_flags.iter().map(|f| f.id.id()).collect()
}

pub fn pattern_ids(a: &Assessment) -> Vec<&'static str> {
    a.patterns.iter().map(|f| f.id.id()).collect()
}

pub fn advice_ids(a: &Assessment) -> Vec<&'static str> {
    a.advice.iter().map(|f| f.id.id()).collect()
}

pub fn reason_ids(a: &Assessment) -> Vec<&'static str> {
    a.reasons.iter().map(|r| r.id.id()).collect()
}

pub fn risk_ids(a: &Assessment) -> Vec<&'static str> {
    a.risk_factors.iter().map(|r| r.id.id()).collect()
}

/// The `because` of the red flag `id`, panicking when it is absent.
pub fn flag_because(a: &Assessment, id: &str) -> Vec<Q> {
    a.red_flags
        .iter()
        .find(|f| f.id.id() == id)
        .unwrap_or_else(|| panic!("no red flag {id} in {}", a.to_json()))
        .because
        .clone()
}

pub fn pattern_because(a: &Assessment, id: &str) -> Vec<Q> {
    a.patterns
        .iter()
        .find(|f| f.id.id() == id)
        .unwrap_or_else(|| panic!("no pattern {id} in {}", a.to_json()))
        .because
        .clone()
}

pub fn reason_because(a: &Assessment, id: &str) -> Vec<Q> {
    a.reasons
        .iter()
        .find(|r| r.id.id() == id)
        .unwrap_or_else(|| panic!("no reason {id} in {}", a.to_json()))
        .because
        .clone()
}

pub fn assert_triage_between(a: &Assessment, lowest: Triage, highest: Triage) {
    assert!(
        lowest <= a.triage && a.triage <= highest,
        "triage {} not within {}..={}: {}",
        a.triage.id(),
        lowest.id(),
        highest.id(),
        a.to_json()
    );
}
