//! One test per rule of "Rules added after the 2026-11-27 safety review"
//! (`shared/clinical-reference.md`, last section), each checking the level and
//! the `because` ids. The flow's side of the first rule (the cauda equina
//! questions are always asked) is tested over the reducer in `flow_safety.rs`.

mod common;

use back_pain_check_engine::{Assessment, Triage, Q};
use common::*;
use serde_json::{json, Value};

use Triage::{Emergency, SeeGp, SelfCare, Urgent};

/// The complete self-care case (public case 1) changed by `overrides`.
fn with(overrides: Value) -> Assessment {
    run(&merge(&self_care_case(), &overrides))
}

fn reason_ids(a: &Assessment) -> Vec<&'static str> {
    a.reasons.iter().map(|r| r.id.id()).collect()
}

/// The same person with no injury and a desk-bound start, so the fracture
/// rules see no strain.
fn no_strain(overrides: Value) -> Assessment {
    with(merge(
        &json!({"injury": "none", "injury_when": null, "onset_activity": ["long_sitting"]}),
        &overrides,
    ))
}

#[test]
fn sexual_dysfunction_is_a_cauda_equina_emergency() {
    let a = with(json!({"sexual_dysfunction": true}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(flag_because(&a, "cauda_equina"), [Q::SexualDysfunction]);
    assert_eq!(advice_ids(&a)[0], "emergency_now");
}

#[test]
fn a_changed_saddle_feeling_is_an_emergency() {
    let a = with(json!({"saddle_numbness": true}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(flag_because(&a, "cauda_equina"), [Q::SaddleNumbness]);
    // The question asks about more than numbness: `content/tests/safety_words.rs`.
}

#[test]
fn weakness_in_both_legs_is_cauda_equina_even_when_stable() {
    for weakness in ["stable", "worsening", "severe_or_sudden"] {
        let a = with(
            json!({"leg_weakness": weakness, "leg_pain_side": "both_legs",
                            "pain_reach": "buttock_or_thigh"}),
        );
        assert_eq!(a.triage, Emergency, "{weakness}");
        assert_eq!(
            flag_because(&a, "cauda_equina"),
            [Q::LegPainSide, Q::LegWeakness],
            "{weakness}"
        );
    }
}

#[test]
fn new_nerve_symptoms_in_both_legs_are_at_least_urgent() {
    let both = json!({"leg_pain_side": "both_legs", "pain_reach": "below_knee"});
    let a = with(both.clone());
    assert_eq!(a.triage, Urgent, "{}", a.to_json());
    assert_eq!(
        reason_because(&a, "both_legs_nerve"),
        [Q::LegPainSide, Q::PainReach, Q::Duration]
    );
    let a = with(
        json!({"leg_pain_side": "both_legs", "pain_reach": "buttock_or_thigh",
                        "leg_numbness": true}),
    );
    assert_eq!(a.triage, Urgent);
    assert_eq!(
        reason_because(&a, "both_legs_nerve"),
        [Q::LegPainSide, Q::LegNumbness, Q::Duration]
    );
    // The same when the cauda equina questions are unanswered or "not sure".
    let open = with(merge(
        &both,
        &json!({"bladder_bowel": null, "saddle_numbness": "not_sure"}),
    ));
    assert!(open.triage >= Urgent);
    assert!(reason_ids(&open).contains(&"both_legs_nerve"));
    // Not new (over 12 weeks): a doctor soon, not today.
    let old = with(merge(&both, &json!({"duration": "over_12_weeks"})));
    assert_eq!(old.triage, SeeGp, "{}", old.to_json());
    // Walking-limited pain eased by sitting does not cancel it: within 12
    // weeks it is still urgent (2026-12-02 rules: a rule only raises).
    let walking = with(merge(
        &both,
        &json!({"age": 63, "walking_leg_pain": true, "duration": "4_to_12_weeks"}),
    ));
    assert_eq!(walking.triage, Urgent, "{}", walking.to_json());
}

#[test]
fn severe_or_sudden_weakness_is_an_emergency_and_mild_stable_weakness_urgent() {
    let a = with(
        json!({"leg_weakness": "severe_or_sudden", "leg_pain_side": "one_leg",
                        "pain_reach": "below_knee"}),
    );
    assert_eq!(a.triage, Emergency);
    assert_eq!(flag_because(&a, "progressive_deficit"), [Q::LegWeakness]);
    // Weakness of any degree counts for the sciatica pattern.
    assert!(pattern_because(&a, "radicular").contains(&Q::LegWeakness));
    let a = with(json!({"leg_weakness": "stable", "leg_pain_side": "one_leg",
                        "pain_reach": "below_knee"}));
    assert_eq!(a.triage, Urgent);
    assert!(a.red_flags.is_empty(), "{}", a.to_json());
    assert_eq!(reason_because(&a, "leg_weakness"), [Q::LegWeakness]);
}

#[test]
fn cancer_history_with_any_nerve_symptom_is_an_emergency() {
    let cases = [
        (
            json!({"leg_weakness": "stable", "leg_pain_side": "one_leg"}),
            "leg_weakness",
        ),
        (
            json!({"leg_numbness": true, "leg_pain_side": "one_leg", "pain_reach": "buttock_or_thigh"}),
            "leg_numbness",
        ),
        (
            json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg"}),
            "pain_reach",
        ),
        (
            json!({"leg_pain_side": "both_legs", "pain_reach": "buttock_or_thigh"}),
            "leg_pain_side",
        ),
        (json!({"bladder_bowel": true}), "bladder_bowel"),
    ];
    for (symptom, id) in cases {
        let a = with(merge(&json!({"cancer_history": true}), &symptom));
        assert_eq!(a.triage, Emergency, "{id}: {}", a.to_json());
        let because = flag_because(&a, "malignancy");
        assert_eq!(because[0], Q::CancerHistory);
        assert!(names(&because).contains(&id), "{id}: {because:?}");
        let reason = a
            .reasons
            .iter()
            .find(|r| r.id.id() == "malignancy")
            .unwrap();
        assert_eq!(reason.level, Emergency, "{id}");
    }
    // Cancer history with back pain alone stays urgent.
    let a = with(json!({"cancer_history": true}));
    assert_eq!(a.triage, Urgent);
    assert_eq!(flag_because(&a, "malignancy"), [Q::CancerHistory]);
}

#[test]
fn any_strain_at_70_or_with_bone_risk_is_a_possible_fracture() {
    // No injury reported, but the pain began lifting, twisting or in sport.
    for onset in ["lifting", "twisting", "running", "other_sport"] {
        let a = no_strain(json!({"age": 75, "onset_activity": [onset]}));
        assert_eq!(a.triage, Urgent, "{onset} at 75: {}", a.to_json());
        assert_eq!(flag_because(&a, "fracture"), [Q::OnsetActivity, Q::Age]);
        let a = no_strain(json!({"bone_risk": true, "onset_activity": [onset]}));
        assert_eq!(a.triage, Urgent, "{onset} with bone risk");
        assert_eq!(
            flag_because(&a, "fracture"),
            [Q::OnsetActivity, Q::BoneRisk]
        );
    }
    // A fall from standing (a minor injury) at 70.
    let a = no_strain(json!({"age": 70, "injury": "minor", "injury_when": "last_7_days"}));
    assert_eq!(flag_because(&a, "fracture"), [Q::Injury, Q::Age]);
    // Long sitting is no strain: a man of 75 without bone risk is not flagged.
    let a = no_strain(json!({"age": 75}));
    assert!(a.red_flags.is_empty(), "{}", a.to_json());
}

#[test]
fn a_woman_of_70_or_over_with_new_back_pain_sees_a_doctor() {
    let a = no_strain(json!({"age": 72, "sex": "female"}));
    assert_eq!(a.triage, SeeGp, "{}", a.to_json());
    assert_eq!(reason_because(&a, "woman_over_70"), [Q::Age, Q::Sex]);
    // With a strain it is a possible fracture instead.
    let a = no_strain(json!({"age": 72, "sex": "female", "onset_activity": ["lifting"]}));
    assert_eq!(a.triage, Urgent);
    assert!(!reason_ids(&a).contains(&"woman_over_70"));
    // Pain of more than 12 weeks is not new back pain.
    let a = no_strain(
        json!({"age": 72, "sex": "female", "duration": "over_12_weeks",
                             "improving": "better"}),
    );
    assert!(
        !reason_ids(&a).contains(&"woman_over_70"),
        "{}",
        a.to_json()
    );
    // At 69 the rule does not apply.
    let a = no_strain(json!({"age": 69, "sex": "female"}));
    assert_eq!(a.triage, SelfCare, "{}", a.to_json());
}

#[test]
fn major_trauma_is_an_emergency_only_when_recent_or_getting_worse() {
    let a = with(json!({"injury": "major", "injury_when": "last_7_days"}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(flag_because(&a, "major_trauma"), [Q::Injury, Q::InjuryWhen]);
    // 1 to 4 weeks ago and settling: a doctor today.
    let a = with(json!({"injury": "major", "injury_when": "1_to_4_weeks",
                        "duration": "1_to_4_weeks"}));
    assert_eq!(a.triage, Urgent, "{}", a.to_json());
    // A road accident two years ago with long-standing pain: see a doctor.
    let a = with(json!({"injury": "major", "injury_when": "longer_ago",
                        "duration": "over_12_weeks", "improving": "same"}));
    assert_eq!(a.triage, SeeGp, "{}", a.to_json());
    assert!(a.red_flags.is_empty());
    assert_eq!(reason_because(&a, "old_injury"), [Q::Injury, Q::InjuryWhen]);
    // Getting worse makes it an emergency only when the injury was in the
    // last 4 weeks; a flare years later is see a doctor (2026-12-02 rules,
    // `safety_rules_2026_12_02.rs`).
    let a = with(json!({"injury": "major", "injury_when": "longer_ago",
                        "duration": "over_12_weeks", "improving": "worse"}));
    assert_eq!(a.triage, SeeGp);
    // A major injury that began this episode, with fragile bones, is a
    // possible fracture; one behind long-standing pain is not.
    let a = with(json!({"injury": "major", "injury_when": "longer_ago",
                        "duration": "4_to_12_weeks", "improving": "same", "bone_risk": true}));
    assert_eq!(a.triage, Urgent);
    assert!(red_flag_ids(&a).contains(&"fracture"));
    let a = with(json!({"injury": "major", "injury_when": "longer_ago",
                        "duration": "over_12_weeks", "improving": "same", "bone_risk": true}));
    assert_eq!(a.triage, SeeGp, "{}", a.to_json());
}

#[test]
fn a_high_risk_of_slow_recovery_lifts_self_care_to_see_a_doctor() {
    let high = json!({"fear_of_movement": true, "worry": true, "catastrophising": true,
                      "low_mood": true});
    let a = with(high);
    assert_eq!(a.prognosis.as_ref().unwrap().band.id(), "high");
    assert_eq!(a.triage, SeeGp, "{}", a.to_json());
    assert_eq!(
        reason_because(&a, "slow_recovery_risk"),
        [Q::FearOfMovement, Q::Worry, Q::Catastrophising, Q::LowMood]
    );
    // Medium risk alone does not.
    let a = with(
        json!({"other_pain": true, "slow_dressing": true, "short_walks": true,
                        "worry": true}),
    );
    assert_eq!(a.prognosis.as_ref().unwrap().band.id(), "medium");
    assert_eq!(a.triage, SelfCare, "{}", a.to_json());
}

#[test]
fn the_inflammatory_pattern_reads_the_age_at_onset() {
    let features = json!({"duration": "over_12_weeks", "onset_activity": ["none_known"],
                          "injury": "none", "injury_when": null, "better_with_exercise": true,
                          "rest_eases": false});
    // 50 now, but it began at 30: onset before 40.
    let a = with(merge(&features, &json!({"age": 50, "onset_age": 30})));
    assert!(pattern_ids(&a).contains(&"inflammatory"), "{}", a.to_json());
    assert_eq!(pattern_because(&a, "inflammatory")[0], Q::OnsetAge);
    // 42 now, began at 41: not before 40, so three features are not enough.
    let a = with(merge(&features, &json!({"age": 42, "onset_age": 41})));
    assert!(
        !pattern_ids(&a).contains(&"inflammatory"),
        "{}",
        a.to_json()
    );
    // No onset age given: the age now stands in when it is under 40.
    let a = with(merge(&features, &json!({"age": 35})));
    assert_eq!(pattern_because(&a, "inflammatory")[0], Q::Age);
    // An onset age above the age now is a contradiction, read the safer way.
    let a = with(merge(&features, &json!({"age": 35, "onset_age": 50})));
    assert_eq!(
        reason_because(&a, "contradictory_answers"),
        [Q::OnsetAge, Q::Age]
    );
}

#[test]
fn walking_limited_leg_pain_needs_a_clinician_at_any_age() {
    let a = with(
        json!({"age": 30, "walking_leg_pain": true, "leg_pain_side": "one_leg",
                        "pain_reach": "buttock_or_thigh"}),
    );
    assert_eq!(a.triage, SeeGp, "{}", a.to_json());
    assert_eq!(reason_because(&a, "walking_leg_pain"), [Q::WalkingLegPain]);
    // From 50, with pain of 12 weeks or more (2026-12-02 rules), it is the
    // stenosis pattern's own reason instead.
    let a = with(
        json!({"age": 55, "walking_leg_pain": true, "leg_pain_side": "one_leg",
                        "pain_reach": "buttock_or_thigh", "duration": "over_12_weeks"}),
    );
    assert!(pattern_ids(&a).contains(&"stenosis"));
    assert!(!reason_ids(&a).contains(&"walking_leg_pain"));
}

#[test]
fn not_sure_is_unanswered_and_needs_at_least_a_doctor() {
    let flags: Vec<&str> = back_pain_check_engine::QUESTIONS
        .iter()
        .filter(|q| q.red_flag)
        .map(|q| q.id.id())
        .collect();
    assert_eq!(flags.len(), 11, "every red-flag question");
    for id in flags {
        let a = with(json!({ id: "not_sure" }));
        assert!(a.triage >= SeeGp, "{id}: {}", a.to_json());
        assert_eq!(names(&a.unanswered_red_flags), [id], "{id}");
        assert_eq!(names(&reason_because(&a, "unanswered_red_flags")), [id]);
        assert!(advice_ids(&a).contains(&"unanswered_warning_signs"));
    }
}

#[test]
fn not_sure_on_a_cauda_equina_question_with_leg_symptoms_is_urgent() {
    for id in back_pain_check_engine::CAUDA_EQUINA_QUESTIONS.map(|q| q.id()) {
        let a = with(json!({ id: "not_sure", "leg_pain_side": "one_leg",
                             "pain_reach": "buttock_or_thigh" }));
        assert_eq!(a.triage, Urgent, "{id}: {}", a.to_json());
        assert_eq!(
            names(&reason_because(&a, "unanswered_cauda_equina")),
            [id, "leg_pain_side"]
        );
        // Without leg symptoms, a doctor soon.
        let a = with(json!({ id: "not_sure" }));
        assert_eq!(a.triage, SeeGp, "{id}");
    }
}
