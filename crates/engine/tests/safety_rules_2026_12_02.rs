//! One test per rule of "Rules added after the 2026-12-02 safety review"
//! (`shared/clinical-reference.md`), each checking the level and the
//! `because` ids. The monotonicity the first rule asks for is proven over
//! generated answers in `properties.rs`; the input rules (a key given twice,
//! a byte-order mark, long values, many problems) are tested here through the
//! library and in `tests/cli.rs` through the `assess` tool.

mod common;

use back_pain_check_engine::{
    assess, read_answers, Advice, Answers, Assessment, InputError, Triage, MAX_ERROR_LINES, Q,
};
use common::*;
use serde_json::{json, Value};

use Triage::{Emergency, SeeGp, SelfCare, Urgent};

/// The complete self-care case (public case 1) changed by `overrides`.
fn with(overrides: Value) -> Assessment {
    run(&merge(&self_care_case(), &overrides))
}

/// The same person with no injury and a desk-bound start (a `null` in
/// `overrides` still removes the answer).
fn no_strain(overrides: Value) -> Assessment {
    let mut changes =
        json!({"injury": "none", "injury_when": null, "onset_activity": ["long_sitting"]});
    for (k, v) in overrides.as_object().unwrap() {
        changes[k] = v.clone();
    }
    with(changes)
}

// ---- a rule only ever raises the level ----

/// The reviewer's case: 55, five days of new pain and numbness below both
/// knees, getting worse, worse walking and eased by sitting.
fn both_legs_five_days(walking: bool) -> Assessment {
    with(
        json!({"age": 55, "duration": "under_1_week", "improving": "worse",
                "pain_reach": "below_knee", "leg_pain_side": "both_legs",
                "leg_numbness": true, "walking_leg_pain": walking}),
    )
}

#[test]
fn eased_by_sitting_does_not_cancel_new_symptoms_in_both_legs() {
    let without = both_legs_five_days(false);
    let with_walking = both_legs_five_days(true);
    assert_eq!(without.triage, Urgent, "{}", without.to_json());
    assert_eq!(with_walking.triage, Urgent, "{}", with_walking.to_json());
    assert_eq!(
        reason_because(&with_walking, "both_legs_nerve"),
        [Q::LegPainSide, Q::PainReach, Q::LegNumbness, Q::Duration]
    );
    // Five days is not the months stenosis takes: no stenosis pattern.
    assert!(!pattern_ids(&with_walking).contains(&"stenosis"));
    // Walking-limited leg pain still counts, as its own reason.
    assert_eq!(
        reason_because(&with_walking, "walking_leg_pain"),
        [Q::WalkingLegPain]
    );
}

#[test]
fn the_stenosis_pattern_needs_12_weeks() {
    let walking = json!({"age": 66, "pain_reach": "buttock_or_thigh",
                         "leg_pain_side": "both_legs", "walking_leg_pain": true});
    for duration in ["under_1_week", "1_to_4_weeks", "4_to_12_weeks"] {
        let a = with(merge(
            &walking,
            &json!({"duration": duration, "improving": "same"}),
        ));
        assert!(!pattern_ids(&a).contains(&"stenosis"), "{duration}");
        assert_eq!(a.triage, SeeGp, "{duration}: {}", a.to_json());
    }
    let a = with(merge(
        &walking,
        &json!({"duration": "over_12_weeks", "improving": "same"}),
    ));
    assert_eq!(
        pattern_because(&a, "stenosis"),
        [Q::WalkingLegPain, Q::Age, Q::LegPainSide, Q::Duration]
    );
    assert_eq!(a.triage, SeeGp);
    // Both legs below the knee within 12 weeks: urgent whatever else is said.
    let a = with(merge(
        &walking,
        &json!({"pain_reach": "below_knee", "duration": "4_to_12_weeks", "improving": "same"}),
    ));
    assert_eq!(a.triage, Urgent, "{}", a.to_json());
    assert!(reason_ids(&a).contains(&"both_legs_nerve"));
}

// ---- prognosis from partial answers ----

#[test]
fn four_psychosocial_yes_answers_are_high_risk_with_items_missing() {
    let four = json!({"fear_of_movement": true, "worry": true, "catastrophising": true,
                      "low_mood": true, "bothersomeness": null});
    let a = with(four.clone());
    let p = a
        .prognosis
        .as_ref()
        .expect("a high band from partial answers");
    assert_eq!((p.band.id(), p.total, p.psychosocial), ("high", 4, 4));
    assert_eq!(
        p.because,
        [Q::FearOfMovement, Q::Worry, Q::Catastrophising, Q::LowMood]
    );
    assert_eq!(a.triage, SeeGp, "{}", a.to_json());
    assert_eq!(
        reason_because(&a, "slow_recovery_risk"),
        [Q::FearOfMovement, Q::Worry, Q::Catastrophising, Q::LowMood]
    );
    // The physical items missing too.
    let a = with(merge(
        &four,
        &json!({"other_pain": null, "slow_dressing": null, "short_walks": null}),
    ));
    assert_eq!(a.prognosis.as_ref().unwrap().band.id(), "high");
    assert_eq!(a.triage, SeeGp);
    // Three answered "yes" with one missing could be anything: no band.
    let a = with(
        json!({"fear_of_movement": true, "worry": true, "catastrophising": true,
                        "bothersomeness": null}),
    );
    assert_eq!(a.prognosis, None, "{}", a.to_json());
    assert_eq!(a.triage, SelfCare);
}

// ---- trauma and strain are about the onset of this episode ----

#[test]
fn an_old_strain_behind_long_standing_pain_is_no_fracture_flag() {
    // 80, twenty years of the same pain since an old lifting strain.
    let old = json!({"age": 80, "duration": "over_12_weeks", "improving": "same",
                     "onset_activity": ["lifting"], "injury": "minor",
                     "injury_when": "longer_ago"});
    let a = with(old.clone());
    assert!(a.red_flags.is_empty(), "{}", a.to_json());
    assert_eq!(a.triage, SeeGp);
    // The same strain starting an episode under 12 weeks is a fracture flag.
    let a = with(merge(&old, &json!({"duration": "4_to_12_weeks"})));
    assert_eq!(
        flag_because(&a, "fracture"),
        [Q::Injury, Q::OnsetActivity, Q::Age]
    );
    // An injury in the last 4 weeks counts, however long the pain.
    let a = with(merge(&old, &json!({"injury_when": "1_to_4_weeks"})));
    assert_eq!(flag_because(&a, "fracture"), [Q::Injury, Q::Age]);
    // Fragile bones at 70 or over need no injury at all.
    let a = with(merge(&old, &json!({"bone_risk": true})));
    assert_eq!(a.triage, Urgent);
    assert_eq!(flag_because(&a, "fracture"), [Q::BoneRisk, Q::Age]);
}

#[test]
fn a_flare_years_after_a_major_injury_is_see_a_doctor() {
    let flare = json!({"injury": "major", "injury_when": "longer_ago",
                       "duration": "over_12_weeks", "improving": "worse"});
    let a = with(flare.clone());
    assert!(a.red_flags.is_empty(), "{}", a.to_json());
    assert_eq!(a.triage, SeeGp);
    assert_eq!(reason_because(&a, "old_injury"), [Q::Injury, Q::InjuryWhen]);
    assert_eq!(reason_because(&a, "getting_worse"), [Q::Improving]);
    // Urgent with another flag.
    let a = with(merge(&flare, &json!({"fever": true})));
    assert_eq!(a.triage, Urgent);
    // 1 to 4 weeks ago and getting worse: an emergency.
    let a = with(json!({"injury": "major", "injury_when": "1_to_4_weeks",
                        "duration": "1_to_4_weeks", "improving": "worse"}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(
        flag_because(&a, "major_trauma"),
        [Q::Injury, Q::InjuryWhen, Q::Improving]
    );
}

// ---- unknown sex at 70 or over leans safe ----

#[test]
fn at_70_an_unanswered_or_other_sex_is_never_the_reassuring_answer() {
    let female = no_strain(json!({"age": 78, "sex": "female", "duration": "1_to_4_weeks"}));
    assert_eq!(female.triage, SeeGp);
    let skipped = no_strain(json!({"age": 78, "sex": null, "duration": "1_to_4_weeks"}));
    assert_eq!(skipped.triage, SeeGp, "{}", skipped.to_json());
    assert_eq!(reason_because(&skipped, "over_70_new_pain"), [Q::Age]);
    let other = no_strain(json!({"age": 78, "sex": "other", "duration": "1_to_4_weeks"}));
    assert_eq!(other.triage, SeeGp);
    assert_eq!(reason_because(&other, "over_70_new_pain"), [Q::Age, Q::Sex]);
    // A man of 78 is not under this rule; nor is long-standing pain.
    let male = no_strain(json!({"age": 78, "sex": "male", "duration": "1_to_4_weeks"}));
    assert!(!reason_ids(&male).contains(&"over_70_new_pain"));
    let old = no_strain(json!({"age": 78, "sex": null, "duration": "over_12_weeks",
                               "improving": "better"}));
    assert!(!reason_ids(&old).contains(&"over_70_new_pain"));
}

// ---- unanswered warning signs hedge the patterns ----

#[test]
fn open_warning_signs_never_fit_non_specific_pain() {
    let flags: Vec<&str> = back_pain_check_engine::QUESTIONS
        .iter()
        .filter(|q| q.red_flag)
        .map(|q| q.id.id())
        .collect();
    let mut all = json!({});
    for id in &flags {
        let a = with(json!({ *id: "not_sure" }));
        assert!(!pattern_ids(&a).contains(&"non_specific"), "{id}");
        let a = with(json!({ *id: null }));
        assert!(!pattern_ids(&a).contains(&"non_specific"), "{id}");
        all[*id] = json!("not_sure");
    }
    // All eleven "not sure": no pattern, and the open signs are listed.
    let a = with(all);
    assert!(a.patterns.is_empty(), "{}", a.to_json());
    assert_eq!(names(&a.unanswered_red_flags), flags);
    // Every sign answered: non-specific again.
    assert_eq!(pattern_ids(&with(json!({}))), ["non_specific"]);
}

// ---- no reassurance anywhere a cauda equina question is open ----

#[test]
fn an_open_cauda_equina_question_leaves_only_the_action_items() {
    let now = [
        Advice::EmergencyNow,
        Advice::UrgentToday,
        Advice::BookAppointment,
        Advice::SelfCarePlan,
        Advice::Under16,
        Advice::UnansweredWarningSigns,
    ];
    for id in back_pain_check_engine::CAUDA_EQUINA_QUESTIONS {
        for open in [json!("not_sure"), Value::Null] {
            let a = with(json!({ id.id(): open }));
            assert!(a.action_only(), "{id}");
            assert_eq!(a.triage, SeeGp, "{id}: {}", a.to_json());
            assert_eq!(
                advice_ids(&a),
                ["book_appointment", "unanswered_warning_signs"],
                "{id}"
            );
            assert!(a.advice.iter().all(|f| now.contains(&f.id)));
        }
    }
    // Another sign open: the plan stays (the result still says to get checked).
    let a = with(json!({"fever": "not_sure"}));
    assert!(!a.action_only());
    assert!(advice_ids(&a).contains(&"stay_active"), "{}", a.to_json());
}

// ---- NSAID cautions name long-term steroid tablets ----

#[test]
fn pain_medicines_name_steroid_tablets() {
    let a = no_strain(json!({"bone_risk": true}));
    assert_eq!(a.triage, SeeGp);
    let item = a
        .advice
        .iter()
        .find(|f| f.id == Advice::PainMedicines)
        .expect("pain medicines");
    assert_eq!(item.because, [Q::PainNow, Q::BoneRisk]);
    // With age 65 and over too.
    let a = no_strain(json!({"bone_risk": true, "age": 66}));
    let item = a
        .advice
        .iter()
        .find(|f| f.id == Advice::PainMedicines)
        .unwrap();
    assert_eq!(item.because, [Q::PainNow, Q::Age, Q::BoneRisk]);
    // The words: `crates/content` (steroid tablets in both languages).
}

// ---- an answer given twice is refused ----

#[test]
fn a_key_given_twice_is_refused_in_either_order_and_at_any_depth() {
    for text in [
        r#"{"age": 40, "saddle_numbness": true, "saddle_numbness": false}"#,
        r#"{"saddle_numbness": false, "age": 40, "saddle_numbness": true}"#,
        r#"{"saddle_numbness": true, "saddle_numbness": true}"#,
    ] {
        let e = read_answers(text).unwrap_err();
        assert!(matches!(e, InputError::Shape(_)), "{e:?}");
        let lines = e.lines("answers.json");
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(
            lines[0].starts_with("answers.json: \"saddle_numbness\" is given twice"),
            "{lines:?}"
        );
        // Through serde as a library user reads answers: refused too.
        let e = serde_json::from_str::<Answers>(text).unwrap_err();
        assert!(e.to_string().contains("given twice"), "{e}");
    }
    // Inside a value (an object is no answer, but its keys are still checked).
    let e = read_answers(r#"{"age": 40, "fever": [{"a": 1, "b": {"c": 1, "c": 2}}]}"#).unwrap_err();
    assert!(e.to_string().contains("\"c\" is given twice"), "{e}");
    // The same key in two different objects is no duplicate.
    let e = read_answers(r#"{"age": 40, "fever": {"a": 1}, "injury": {"a": 1}}"#).unwrap_err();
    assert!(matches!(e, InputError::Answers(_)), "{e:?}");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = format!("\u{feff}{}", self_care_case());
    let a = read_answers(&text).expect("a BOM is read, not refused");
    assert_eq!(assess(&a).triage, SelfCare);
    assert_eq!(a, answers(&self_care_case()));
    // Only at the start: elsewhere it is not JSON.
    let e = read_answers(&format!("{}\u{feff}", self_care_case())).unwrap_err();
    assert!(matches!(e, InputError::NotJson(_)), "{e:?}");
}

#[test]
fn echoed_values_are_cut_and_at_most_20_problems_are_listed() {
    let long = "x".repeat(1_000_000);
    let e = read_answers(&format!(r#"{{"sex": "{long}", "{long}": 1}}"#)).unwrap_err();
    let lines = e.lines("f");
    assert_eq!(lines.len(), 2, "{e:?}");
    for line in &lines {
        assert!(line.len() < 200, "{line}");
        assert!(line.contains("xxxxxxxxxx...\""), "{line}");
    }
    // A key with a line break stays on one line.
    let e = read_answers("{\"a\\nb\": 1}").unwrap_err();
    assert_eq!(e.lines("f"), ["\"a\\nb\": unknown question id"]);
    // Many problems: 20 lines, then how many more.
    let many: String = (0..500).map(|i| format!("\"k{i}\": 1,")).collect();
    let e = read_answers(&format!("{{{many} \"age\": 40}}")).unwrap_err();
    let lines = e.lines("f");
    assert_eq!(lines.len(), MAX_ERROR_LINES + 1);
    assert_eq!(lines[MAX_ERROR_LINES], "and 480 more problems");
    // A string where the object should be is named, not echoed.
    let e = read_answers(&format!("\"{long}\"")).unwrap_err();
    assert!(e.to_string().len() < 200, "{e}");
    assert!(e.to_string().contains("JSON object"), "{e}");
}

// ---- contradictions are named ----

#[test]
fn an_old_injury_that_started_pain_of_under_a_week_is_a_contradiction() {
    let a = with(json!({"injury": "minor", "injury_when": "longer_ago",
                        "duration": "under_1_week"}));
    assert_eq!(a.triage, SeeGp, "{}", a.to_json());
    assert_eq!(
        reason_because(&a, "contradictory_answers"),
        [Q::InjuryWhen, Q::Duration]
    );
    // Read the safer way: a major injury is taken as recent, an emergency.
    let a = with(json!({"injury": "major", "injury_when": "longer_ago",
                        "duration": "under_1_week"}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(
        flag_because(&a, "major_trauma"),
        [Q::Injury, Q::InjuryWhen, Q::Duration]
    );
    // 1 to 4 weeks of pain after an injury long ago is no contradiction.
    let a = with(json!({"injury": "minor", "injury_when": "longer_ago",
                        "duration": "1_to_4_weeks", "improving": "better"}));
    assert!(!reason_ids(&a).contains(&"contradictory_answers"));
}

// ---- history of cancer stays urgent ----

#[test]
fn cancer_history_stays_urgent_with_long_standing_unchanged_pain() {
    let a = with(json!({"cancer_history": true, "duration": "over_12_weeks",
                        "improving": "same", "injury": "none", "injury_when": null}));
    assert_eq!(a.triage, Urgent, "{}", a.to_json());
    assert_eq!(flag_because(&a, "malignancy"), [Q::CancerHistory]);
}
