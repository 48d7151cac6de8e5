//! The edges of the rules: each condition of an "or" on its own, each
//! boundary on both sides, and the question table's marks. Written for the
//! mutants cargo-mutants showed no other test would catch.

mod common;

use back_pain_check_engine::{question, Answers, Assessment, Opt, Q, QUESTIONS};
use common::*;
use serde_json::{json, Value};

fn with(overrides: Value) -> Assessment {
    run(&merge(&self_care_case(), &overrides))
}

fn advice_because(a: &Assessment, id: &str) -> Option<Vec<&'static str>> {
    a.advice
        .iter()
        .find(|f| f.id.id() == id)
        .map(|f| names(&f.because))
}

/// A runner with leg symptoms gets the advice for leg pain, whichever
/// answer shows them: each of the three on its own.
#[test]
fn any_one_sign_of_leg_symptoms_makes_runner_advice_about_the_legs() {
    for (legs, because) in [
        (
            json!({"pain_reach": "buttock_or_thigh", "leg_pain_side": "none"}),
            vec!["runs", "pain_reach"],
        ),
        (
            json!({"pain_reach": "below_knee", "leg_pain_side": "none"}),
            vec!["runs", "pain_reach"],
        ),
        (
            json!({"pain_reach": "back_only", "leg_pain_side": "one_leg"}),
            vec!["runs", "leg_pain_side"],
        ),
    ] {
        let a = with(merge(
            &json!({"runs": true, "pain_when_running": false}),
            &legs,
        ));
        assert_eq!(
            advice_because(&a, "runner_leg_pain"),
            Some(because),
            "{legs}: {}",
            a.to_json()
        );
        assert_eq!(advice_because(&a, "running_return"), None, "{legs}");
    }
    // No leg symptoms: the return-to-running advice instead.
    let a = with(json!({"runs": true, "pain_when_running": true}));
    assert_eq!(
        advice_because(&a, "running_return"),
        Some(vec!["runs", "pain_when_running"])
    );
    assert_eq!(advice_because(&a, "runner_leg_pain"), None);
}

/// Lifting and posture advice come from any one of the work demands (or
/// the way the pain began) that strain the back that way.
#[test]
fn each_work_demand_on_its_own_chooses_its_advice() {
    let base = json!({"onset_activity": ["none_known"], "injury": "none"});
    for (work, item) in [
        ("heavy_lifting", "lifting_safely"),
        ("twisting_bending", "lifting_safely"),
        ("long_sitting", "desk_and_standing"),
        ("long_standing", "desk_and_standing"),
        ("vibration", "vibration_at_work"),
    ] {
        let a = with(merge(&base, &json!({"work_demands": [work]})));
        assert_eq!(
            advice_because(&a, item),
            Some(vec!["work_demands"]),
            "{work}: {}",
            a.to_json()
        );
    }
    for (onset, item) in [
        ("lifting", "lifting_safely"),
        ("twisting", "lifting_safely"),
        ("long_sitting", "desk_and_standing"),
        ("long_standing", "desk_and_standing"),
    ] {
        let a = with(json!({"work_demands": ["none"], "onset_activity": [onset]}));
        assert_eq!(
            advice_because(&a, item),
            Some(vec!["onset_activity"]),
            "{onset}"
        );
    }
    let a = with(merge(&base, &json!({"work_demands": ["none"]})));
    for item in ["lifting_safely", "desk_and_standing", "vibration_at_work"] {
        assert_eq!(advice_because(&a, item), None, "{item}");
    }
}

/// "Onset before 40": 39 counts, 40 does not, read from the age at onset
/// when given, else from the age now.
#[test]
fn inflammatory_onset_before_40_is_exact() {
    let three_more = json!({"duration": "over_12_weeks", "onset_activity": ["none_known"],
        "injury": "none", "better_with_exercise": true, "rest_eases": false,
        "wakes_second_half_night": false});
    let fits =
        |extra: Value| pattern_ids(&with(merge(&three_more, &extra))).contains(&"inflammatory");
    assert!(fits(json!({"age": 45, "onset_age": 39})));
    assert!(!fits(json!({"age": 45, "onset_age": 40})));
    assert!(fits(json!({"age": 39})));
    assert!(!fits(json!({"age": 40})));
}

/// Non-specific pain names numbness only when the person said they have
/// none, never when the question was left open.
#[test]
fn non_specific_names_numbness_only_when_answered_no() {
    let a = with(json!({}));
    assert!(pattern_because(&a, "non_specific").contains(&Q::LegNumbness));
    let a = with(json!({"leg_numbness": null}));
    assert!(
        !pattern_because(&a, "non_specific").contains(&Q::LegNumbness),
        "{}",
        a.to_json()
    );
}

#[test]
fn sections_have_their_contract_names() {
    let names: Vec<&str> = back_pain_check_engine::Section::ALL
        .iter()
        .map(|s| s.id())
        .collect();
    assert_eq!(
        names,
        [
            "about",
            "the_pain",
            "warning_signs",
            "pain_pattern",
            "running",
            "lifestyle",
            "recovery"
        ]
    );
}

/// The marks of the table: which questions may be skipped, which take "not
/// sure", which are asked only after another answer.
#[test]
fn the_question_table_marks_are_the_contracts() {
    let optional: Vec<&str> = QUESTIONS
        .iter()
        .filter(|q| q.optional)
        .map(|q| q.id.id())
        .collect();
    assert_eq!(
        optional,
        [
            "sex",
            "onset_age",
            "height_cm",
            "weight_kg",
            "alcohol_units_week"
        ]
    );
    for q in QUESTIONS {
        assert_eq!(q.accepts_not_sure(), q.red_flag, "{}", q.id);
        let mut a = Answers::new();
        assert_eq!(
            a.set(
                q.id.id(),
                back_pain_check_engine::RawValue::Str("not_sure".into())
            )
            .is_ok(),
            q.red_flag,
            "{}",
            q.id
        );
    }
    let conditional: Vec<&str> = QUESTIONS
        .iter()
        .filter(|q| q.ask_if != back_pain_check_engine::AskIf::Always)
        .map(|q| q.id.id())
        .collect();
    assert_eq!(
        conditional,
        [
            "injury_when",
            "onset_age",
            "walking_leg_pain",
            "pain_when_running"
        ]
    );
    assert_eq!(
        question(Q::InjuryWhen).ask_if,
        back_pain_check_engine::AskIf::ChoiceNot(Q::Injury, Opt::None)
    );
}

/// Weight loss with pain that has lasted a month *and* is not getting better
/// is a sign of cancer; either half alone is not (weight loss alone still
/// needs a doctor).
#[test]
fn weight_loss_needs_both_a_month_and_no_improvement() {
    let base = json!({"weight_loss": true, "age": 40, "night_pain": false});
    let flagged = |extra: Value| red_flag_ids(&with(merge(&base, &extra))).contains(&"malignancy");
    assert!(flagged(
        json!({"duration": "4_to_12_weeks", "improving": "same"})
    ));
    assert!(flagged(
        json!({"duration": "over_12_weeks", "improving": "worse"})
    ));
    assert!(!flagged(
        json!({"duration": "4_to_12_weeks", "improving": "better"})
    ));
    assert!(!flagged(
        json!({"duration": "1_to_4_weeks", "improving": "worse"})
    ));
    let a = with(merge(
        &base,
        &json!({"duration": "1_to_4_weeks", "improving": "worse"}),
    ));
    assert!(reason_ids(&a).contains(&"weight_loss"), "{}", a.to_json());
}

/// Pain that began at the age the person is now is no contradiction; an age
/// at onset above the age now is.
#[test]
fn an_onset_age_contradicts_only_when_above_the_age_now() {
    let long = json!({"duration": "over_12_weeks", "age": 45});
    let contradicts = |onset: i64| {
        let a = with(merge(&long, &json!({ "onset_age": onset })));
        reason_ids(&a).contains(&"contradictory_answers")
    };
    assert!(!contradicts(44));
    assert!(!contradicts(45));
    assert!(contradicts(46));
}
