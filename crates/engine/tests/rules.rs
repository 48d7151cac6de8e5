//! One test per rule of the engine: each red-flag group, each pattern, and the
//! edge rules (age, unanswered and contradictory answers, prognosis bands,
//! duration, risk factors, answer validation, JSON shape). Each checks the
//! `because` ids as well as the level.

mod common;

use back_pain_check_engine::{
    assess, Advice, AnswerError, Answers, Band, DurationClass, Opt, RawValue, ReasonId, Triage, Q,
};
use common::*;
use serde_json::{json, Value};

use Triage::{Emergency, SeeGp, SelfCare, Urgent};

/// The complete self-care case (public case 1) changed by `overrides`.
fn with(overrides: Value) -> back_pain_check_engine::Assessment {
    run(&merge(&self_care_case(), &overrides))
}

#[test]
fn baseline_is_self_care_without_reasons() {
    let a = with(json!({}));
    assert_eq!(a.triage, SelfCare);
    assert!(a.reasons.is_empty(), "{}", a.to_json());
    assert!(a.red_flags.is_empty());
}

// ---- red flags ----

#[test]
fn cauda_equina_bladder_or_saddle_alone_is_emergency() {
    let a = with(json!({"bladder_bowel": true}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(flag_because(&a, "cauda_equina"), [Q::BladderBowel]);
    let a = with(json!({"saddle_numbness": true}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(flag_because(&a, "cauda_equina"), [Q::SaddleNumbness]);
    let a = with(json!({"bladder_bowel": true, "saddle_numbness": true,
                        "pain_reach": "below_knee", "leg_pain_side": "both_legs"}));
    assert_eq!(
        flag_because(&a, "cauda_equina"),
        [Q::BladderBowel, Q::SaddleNumbness, Q::LegPainSide]
    );
    // The red flag is also a reason at its level, and sorted first.
    assert_eq!(a.reasons[0].id, ReasonId::CaudaEquina);
    assert_eq!(a.reasons[0].level, Emergency);
}

#[test]
fn cauda_equina_both_legs_with_worsening_weakness() {
    let a = with(
        json!({"pain_reach": "below_knee", "leg_pain_side": "both_legs",
                        "leg_weakness": "worsening"}),
    );
    assert_eq!(a.triage, Emergency);
    assert_eq!(
        flag_because(&a, "cauda_equina"),
        [Q::LegPainSide, Q::LegWeakness]
    );
    // Both legs alone is not cauda equina, but needs a doctor.
    let a = with(json!({"pain_reach": "buttock_or_thigh", "leg_pain_side": "both_legs"}));
    assert!(red_flag_ids(&a).is_empty(), "{}", a.to_json());
    assert_eq!(a.triage, SeeGp);
    assert_eq!(reason_because(&a, "both_legs"), [Q::LegPainSide]);
}

#[test]
fn progressive_deficit_worsening_weakness_is_emergency() {
    let a = with(
        json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg",
                        "leg_weakness": "worsening"}),
    );
    assert_eq!(a.triage, Emergency);
    assert_eq!(red_flag_ids(&a), ["progressive_deficit"]);
    assert_eq!(flag_because(&a, "progressive_deficit"), [Q::LegWeakness]);
    // Stable weakness is no red flag but still needs a prompt examination.
    let a = with(
        json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg",
                        "leg_weakness": "stable"}),
    );
    assert!(a.red_flags.is_empty());
    assert_eq!(a.triage, Urgent);
    assert_eq!(reason_because(&a, "leg_weakness"), [Q::LegWeakness]);
}

#[test]
fn malignancy_cancer_history_is_urgent_and_lists_supporting_signs() {
    let a = with(json!({"cancer_history": true}));
    assert_eq!(a.triage, Urgent);
    assert_eq!(flag_because(&a, "malignancy"), [Q::CancerHistory]);
    let a = with(
        json!({"cancer_history": true, "weight_loss": true, "night_pain": true,
                        "rest_eases": false, "age": 60}),
    );
    assert_eq!(a.triage, Urgent);
    assert_eq!(
        flag_because(&a, "malignancy"),
        [Q::CancerHistory, Q::WeightLoss, Q::NightPain, Q::Age]
    );
    // Weight loss and night pain are part of the flag, not separate reasons.
    assert!(!reason_ids(&a).contains(&"weight_loss"));
    assert!(!reason_ids(&a).contains(&"night_pain"));
}

#[test]
fn malignancy_weight_loss_needs_another_sign() {
    let a = with(json!({"weight_loss": true, "age": 55}));
    assert_eq!(flag_because(&a, "malignancy"), [Q::WeightLoss, Q::Age]);
    let a = with(json!({"weight_loss": true, "night_pain": true, "rest_eases": false}));
    assert_eq!(
        flag_because(&a, "malignancy"),
        [Q::WeightLoss, Q::NightPain]
    );
    let a = with(json!({"weight_loss": true, "duration": "4_to_12_weeks", "improving": "same"}));
    assert_eq!(
        flag_because(&a, "malignancy"),
        [Q::WeightLoss, Q::Duration, Q::Improving]
    );
    assert_eq!(a.triage, Urgent);
    // Alone, at 34 and improving: a doctor, not a red flag.
    let a = with(json!({"weight_loss": true}));
    assert!(a.red_flags.is_empty());
    assert_eq!(a.triage, SeeGp);
    assert_eq!(reason_because(&a, "weight_loss"), [Q::WeightLoss]);
}

#[test]
fn malignancy_night_pain_over_50() {
    let a = with(json!({"night_pain": true, "rest_eases": false, "age": 50}));
    assert_eq!(a.triage, Urgent);
    assert_eq!(flag_because(&a, "malignancy"), [Q::NightPain, Q::Age]);
    let a = with(json!({"night_pain": true, "rest_eases": false, "age": 49}));
    assert!(a.red_flags.is_empty());
    assert_eq!(a.triage, SeeGp);
    assert_eq!(reason_because(&a, "night_pain"), [Q::NightPain]);
}

#[test]
fn infection_fever_and_risk() {
    let a = with(json!({"fever": true, "infection_risk": true}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(flag_because(&a, "infection"), [Q::Fever, Q::InfectionRisk]);
    let a = with(json!({"fever": true}));
    assert_eq!(a.triage, Urgent);
    assert_eq!(flag_because(&a, "infection"), [Q::Fever]);
    let a = with(json!({"infection_risk": true}));
    assert_eq!(a.triage, Urgent);
    assert_eq!(flag_because(&a, "infection"), [Q::InfectionRisk]);
}

#[test]
fn fracture_minor_injury_with_bone_risk_or_age_over_70() {
    let a = with(json!({"bone_risk": true}));
    assert_eq!(a.triage, Urgent);
    assert_eq!(
        flag_because(&a, "fracture"),
        [Q::Injury, Q::OnsetActivity, Q::BoneRisk]
    );
    let a = with(json!({"age": 70, "sex": "female"}));
    assert_eq!(a.triage, Urgent);
    assert_eq!(
        flag_because(&a, "fracture"),
        [Q::Injury, Q::OnsetActivity, Q::Age, Q::Sex]
    );
    let a = with(
        json!({"injury": "none", "bone_risk": true, "age": 75, "onset_activity": ["none_known"]}),
    );
    assert_eq!(flag_because(&a, "fracture"), [Q::BoneRisk, Q::Age]);
    // With fragile bones, a lifting or twisting strain is enough.
    let a = with(json!({"injury": "none", "bone_risk": true, "onset_activity": ["twisting"]}));
    assert_eq!(a.triage, Urgent);
    assert_eq!(
        flag_because(&a, "fracture"),
        [Q::OnsetActivity, Q::BoneRisk]
    );
    // Bone risk alone: a doctor, and bone-health advice.
    let a = with(json!({"injury": "none", "bone_risk": true, "onset_activity": ["long_sitting"]}));
    assert!(a.red_flags.is_empty());
    assert_eq!(a.triage, SeeGp);
    assert_eq!(reason_because(&a, "bone_risk"), [Q::BoneRisk]);
    assert!(advice_ids(&a).contains(&"bone_health"));
    // A minor strain at 69 with no bone risk is not a fracture risk.
    let a = with(json!({"age": 69}));
    assert_eq!(a.triage, SelfCare, "{}", a.to_json());
}

#[test]
fn major_trauma_is_emergency() {
    let a = with(json!({"injury": "major"}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(red_flag_ids(&a), ["major_trauma"]);
    assert_eq!(flag_because(&a, "major_trauma"), [Q::Injury, Q::InjuryWhen]);
    assert_eq!(advice_ids(&a)[0], "emergency_now");
    // An injury with no date counts as recent.
    let a = with(json!({"injury": "major", "injury_when": null}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(flag_because(&a, "major_trauma"), [Q::Injury]);
}

#[test]
fn red_flag_is_never_outweighed() {
    // Everything else as reassuring as it gets.
    for flag in [
        json!({"bladder_bowel": true}),
        json!({"fever": true}),
        json!({"cancer_history": true}),
        json!({"injury": "major"}),
    ] {
        let a = with(flag.clone());
        assert!(a.triage >= Urgent, "{flag}: {}", a.to_json());
        assert!(!pattern_ids(&a).contains(&"non_specific"), "{flag}");
        assert!(!advice_ids(&a).contains(&"self_care_plan"), "{flag}");
    }
}

// ---- patterns ----

#[test]
fn non_specific_pattern_and_its_because() {
    let a = with(json!({}));
    assert_eq!(pattern_ids(&a), ["non_specific"]);
    assert_eq!(
        pattern_because(&a, "non_specific"),
        [Q::PainReach, Q::LegNumbness, Q::RestEases, Q::OnsetActivity]
    );
    let a = with(
        json!({"pain_reach": "buttock_or_thigh", "leg_pain_side": "one_leg",
                        "walking_leg_pain": false, "rest_eases": false,
                        "onset_activity": ["none_known"]}),
    );
    assert_eq!(
        pattern_because(&a, "non_specific"),
        [Q::PainReach, Q::LegNumbness]
    );
    // Not with a red flag, nor when another pattern fits.
    assert!(pattern_ids(&with(json!({"fever": true}))).is_empty());
    let a = with(json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg"}));
    assert_eq!(pattern_ids(&a), ["radicular"]);
}

#[test]
fn radicular_pattern() {
    let a = with(json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg"}));
    assert_eq!(a.triage, SeeGp);
    assert_eq!(
        pattern_because(&a, "radicular"),
        [Q::PainReach, Q::LegPainSide]
    );
    assert_eq!(
        reason_because(&a, "radicular"),
        [Q::PainReach, Q::LegPainSide]
    );
    assert_eq!(reason_because(&a, "pain_below_knee"), [Q::PainReach]);
    let a = with(
        json!({"pain_reach": "buttock_or_thigh", "leg_pain_side": "one_leg",
                        "leg_numbness": true}),
    );
    assert_eq!(
        pattern_because(&a, "radicular"),
        [Q::LegPainSide, Q::LegNumbness]
    );
    assert_eq!(reason_because(&a, "leg_numbness"), [Q::LegNumbness]);
    let a = with(
        json!({"pain_reach": "buttock_or_thigh", "leg_pain_side": "one_leg",
                        "leg_weakness": "stable"}),
    );
    assert_eq!(
        pattern_because(&a, "radicular"),
        [Q::LegPainSide, Q::LegWeakness]
    );
    // Thigh pain alone is not radicular.
    let a = with(json!({"pain_reach": "buttock_or_thigh", "leg_pain_side": "one_leg"}));
    assert!(!pattern_ids(&a).contains(&"radicular"));
}

#[test]
fn stenosis_pattern() {
    let a = with(
        json!({"age": 63, "pain_reach": "buttock_or_thigh", "duration": "over_12_weeks",
                        "leg_pain_side": "both_legs", "walking_leg_pain": true}),
    );
    assert_eq!(a.triage, SeeGp);
    assert_eq!(
        pattern_because(&a, "stenosis"),
        [Q::WalkingLegPain, Q::Age, Q::LegPainSide, Q::Duration]
    );
    assert!(advice_ids(&a).contains(&"stenosis_walking"));
    // Under 50 it is not the stenosis pattern.
    let a = with(json!({"age": 49, "pain_reach": "buttock_or_thigh",
                        "leg_pain_side": "one_leg", "walking_leg_pain": true}));
    assert!(!pattern_ids(&a).contains(&"stenosis"));
}

#[test]
fn inflammatory_pattern_needs_four_features_and_three_months() {
    let five = json!({"age": 24, "onset_activity": ["none_known"], "injury": "none",
                      "better_with_exercise": true, "rest_eases": false,
                      "wakes_second_half_night": true, "duration": "over_12_weeks",
                      "morning_stiffness": true, "improving": "same"});
    let a = with(five.clone());
    assert_eq!(
        pattern_because(&a, "inflammatory"),
        [
            Q::Age,
            Q::OnsetActivity,
            Q::BetterWithExercise,
            Q::RestEases,
            Q::WakesSecondHalfNight,
            Q::Duration,
            Q::MorningStiffness
        ]
    );
    assert_eq!(a.triage, SeeGp);
    // Four features are enough; three are not.
    let a = with(merge(&five, &json!({"age": 45})));
    assert!(pattern_ids(&a).contains(&"inflammatory"));
    let a = with(merge(
        &five,
        &json!({"age": 45, "better_with_exercise": false}),
    ));
    assert!(!pattern_ids(&a).contains(&"inflammatory"));
    // An injury at onset is not an insidious onset.
    let a = with(merge(&five, &json!({"age": 45, "injury": "minor"})));
    assert!(!pattern_ids(&a).contains(&"inflammatory"));
    // Under 3 months it does not fit, even with long morning stiffness (ASAS).
    for duration in ["4_to_12_weeks", "1_to_4_weeks"] {
        let a = with(merge(&five, &json!({"duration": duration})));
        assert!(!pattern_ids(&a).contains(&"inflammatory"), "{duration}");
    }
}

#[test]
fn spondylolysis_pattern_in_young_athletes() {
    let a = with(json!({"age": 17, "extension_pain": true, "runs": true,
                        "pain_when_running": true, "onset_activity": ["running"]}));
    assert_eq!(a.triage, SeeGp);
    assert_eq!(
        pattern_because(&a, "spondylolysis"),
        [
            Q::Age,
            Q::ExtensionPain,
            Q::Runs,
            Q::PainWhenRunning,
            Q::OnsetActivity
        ]
    );
    // A possible stress fracture says one thing: rest from what hurts.
    assert!(advice_ids(&a).contains(&"stress_fracture_rest"));
    for id in ["running_return", "runner_leg_pain", "stay_active"] {
        assert!(
            !advice_ids(&a).contains(&id),
            "{id} beside a stress fracture"
        );
    }
    let a = with(json!({"age": 20, "extension_pain": true, "onset_activity": ["other_sport"]}));
    assert_eq!(
        pattern_because(&a, "spondylolysis"),
        [Q::Age, Q::ExtensionPain, Q::OnsetActivity]
    );
    // Not an athlete, or not young: no pattern.
    let a = with(json!({"age": 20, "extension_pain": true}));
    assert!(!pattern_ids(&a).contains(&"spondylolysis"));
    let a = with(json!({"age": 26, "extension_pain": true, "runs": true}));
    assert!(!pattern_ids(&a).contains(&"spondylolysis"));
}

// ---- edge rules ----

#[test]
fn under_16_is_out_of_scope_and_see_gp() {
    let a = with(json!({"age": 15}));
    assert!(!a.in_scope);
    assert_eq!(a.triage, SeeGp);
    assert_eq!(reason_because(&a, "under_16"), [Q::Age]);
    assert!(advice_ids(&a).contains(&"under_16"));
    assert!(!advice_ids(&a).contains(&"pain_medicines"));
    let a = with(json!({"age": 16}));
    assert!(a.in_scope);
    assert_eq!(a.triage, SelfCare);
}

#[test]
fn red_flag_under_16_keeps_its_level() {
    let a = with(json!({"age": 12, "bladder_bowel": true}));
    assert!(!a.in_scope);
    assert_eq!(a.triage, Emergency);
    let a = with(json!({"age": 12, "fever": true}));
    assert!(!a.in_scope);
    assert_eq!(a.triage, Urgent);
}

#[test]
fn unanswered_red_flags_are_listed_and_never_self_care() {
    let a = assess(&Answers::new());
    let all: Vec<Q> = back_pain_check_engine::QUESTIONS
        .iter()
        .filter(|q| q.red_flag)
        .map(|q| q.id)
        .collect();
    assert_eq!(all.len(), 11);
    assert_eq!(a.unanswered_red_flags, all);
    assert_eq!(a.triage, SeeGp);
    assert_eq!(reason_because(&a, "unanswered_red_flags"), all);
    assert_eq!(
        reason_because(&a, "missing_answers"),
        [
            Q::Age,
            Q::Duration,
            Q::Improving,
            Q::PainReach,
            Q::LegPainSide,
            Q::LegNumbness
        ]
    );
    for id in &all {
        let a = with(json!({ id.id(): null }));
        assert_eq!(a.unanswered_red_flags, [*id]);
        assert_eq!(a.triage, SeeGp, "{id}");
        let advice = a
            .advice
            .iter()
            .find(|f| f.id.id() == "unanswered_warning_signs");
        assert_eq!(advice.map(|f| f.because.clone()), Some(vec![*id]));
    }
}

#[test]
fn missing_core_answer_blocks_self_care() {
    for id in [
        Q::Age,
        Q::Duration,
        Q::Improving,
        Q::PainReach,
        Q::LegPainSide,
        Q::LegNumbness,
    ] {
        let a = with(json!({ id.id(): null }));
        assert_eq!(a.triage, SeeGp, "{id}");
        assert_eq!(reason_because(&a, "missing_answers"), [id]);
    }
}

#[test]
fn contradictory_answers_need_a_clinician() {
    let cases = [
        (
            json!({"pain_reach": "back_only", "leg_pain_side": "both_legs"}),
            vec![Q::PainReach, Q::LegPainSide],
        ),
        (
            json!({"pain_reach": "below_knee", "leg_pain_side": "none"}),
            vec![Q::PainReach, Q::LegPainSide],
        ),
        (
            json!({"leg_numbness": true, "leg_pain_side": "none"}),
            vec![Q::LegNumbness, Q::LegPainSide],
        ),
        (
            json!({"rest_eases": true, "night_pain": true}),
            vec![Q::RestEases, Q::NightPain],
        ),
        (
            json!({"runs": false, "pain_when_running": true}),
            vec![Q::Runs, Q::PainWhenRunning],
        ),
    ];
    for (overrides, because) in cases {
        let a = with(overrides.clone());
        assert!(a.triage >= SeeGp, "{overrides}");
        assert_eq!(
            reason_because(&a, "contradictory_answers"),
            because,
            "{overrides}"
        );
    }
    let a = with(json!({"leg_weakness": "worsening", "leg_pain_side": "none"}));
    assert_eq!(a.triage, Emergency);
    assert_eq!(
        reason_because(&a, "contradictory_answers"),
        [Q::LegWeakness, Q::LegPainSide]
    );
}

#[test]
fn course_and_severity_reasons() {
    let a = with(json!({"improving": "worse"}));
    assert_eq!(a.triage, SeeGp);
    assert_eq!(reason_because(&a, "getting_worse"), [Q::Improving]);
    let a = with(json!({"improving": "same", "duration": "1_to_4_weeks"}));
    assert_eq!(
        reason_because(&a, "not_improving"),
        [Q::Improving, Q::Duration]
    );
    // The same in the first week is expected.
    assert_eq!(with(json!({"improving": "same"})).triage, SelfCare);
    let a = with(json!({"pain_now": 7, "rest_eases": false}));
    assert_eq!(
        reason_because(&a, "severe_not_eased"),
        [Q::PainNow, Q::RestEases]
    );
    assert_eq!(
        with(json!({"pain_now": 10, "rest_eases": true})).triage,
        SelfCare
    );
    assert_eq!(
        with(json!({"pain_now": 6, "rest_eases": false})).triage,
        SelfCare
    );
    let a = with(json!({"duration": "over_12_weeks", "improving": "better"}));
    assert_eq!(reason_because(&a, "lasting_weeks"), [Q::Duration]);
}

#[test]
fn prognosis_bands() {
    let a = with(json!({}));
    let p = a.prognosis.expect("all items answered");
    assert_eq!((p.band, p.total, p.psychosocial), (Band::Low, 0, 0));
    assert!(p.because.is_empty());

    // Three items: still low.
    let a = with(json!({"other_pain": true, "slow_dressing": true, "worry": true}));
    let p = a.prognosis.unwrap();
    assert_eq!((p.band, p.total, p.psychosocial), (Band::Low, 3, 1));
    assert_eq!(p.because, [Q::OtherPain, Q::SlowDressing, Q::Worry]);

    // Four, all physical (leg pain below the knee counts): medium.
    let a = with(
        json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg",
                        "other_pain": true, "slow_dressing": true, "short_walks": true}),
    );
    let p = a.prognosis.unwrap();
    assert_eq!((p.band, p.total, p.psychosocial), (Band::Medium, 4, 0));
    assert_eq!(
        p.because,
        [Q::PainReach, Q::OtherPain, Q::SlowDressing, Q::ShortWalks]
    );

    // Psychosocial 3 with total 6: medium.
    let a = with(
        json!({"other_pain": true, "slow_dressing": true, "short_walks": true,
                        "fear_of_movement": true, "worry": true, "bothersomeness": "very_much"}),
    );
    let p = a.prognosis.unwrap();
    assert_eq!((p.band, p.total, p.psychosocial), (Band::Medium, 6, 3));

    // Psychosocial 4: high, whatever the total.
    let a = with(
        json!({"fear_of_movement": true, "worry": true, "catastrophising": true,
                        "low_mood": true}),
    );
    let p = a.prognosis.unwrap();
    assert_eq!((p.band, p.total, p.psychosocial), (Band::High, 4, 4));
    assert_eq!(
        p.because,
        [Q::FearOfMovement, Q::Worry, Q::Catastrophising, Q::LowMood]
    );

    // "Moderately" bothersome does not score; "extremely" does.
    let a = with(json!({"bothersomeness": "moderately"}));
    assert_eq!(a.prognosis.unwrap().total, 0);
    let a = with(json!({"bothersomeness": "extremely"}));
    assert_eq!(a.prognosis.unwrap().because, [Q::Bothersomeness]);

    // Any item missing: null, never a partial (lower) score.
    for id in [
        "pain_reach",
        "other_pain",
        "slow_dressing",
        "short_walks",
        "fear_of_movement",
        "worry",
        "catastrophising",
        "low_mood",
        "bothersomeness",
    ] {
        let a = with(json!({ id: null }));
        assert_eq!(a.prognosis, None, "{id}");
        assert!(a.to_json().contains("\"prognosis\":null"), "{id}");
    }
}

#[test]
fn duration_classes() {
    for (answer, class) in [
        ("under_1_week", DurationClass::Acute),
        ("1_to_4_weeks", DurationClass::Acute),
        ("4_to_12_weeks", DurationClass::Subacute),
        ("over_12_weeks", DurationClass::Chronic),
    ] {
        let a = with(json!({ "duration": answer }));
        assert_eq!(a.duration, Some(class), "{answer}");
        assert!(a
            .to_json()
            .contains(&format!("\"duration\":\"{}\"", class.id())));
    }
    let a = with(json!({"duration": null}));
    assert_eq!(a.duration, None);
    assert!(a.to_json().contains("\"duration\":null"));
}

#[test]
fn risk_factors_split_modifiable_and_not() {
    let a = with(json!({
        "age": 45, "height_cm": 170, "weight_kg": 90, "activity": "inactive",
        "smoking": true, "alcohol_units_week": 20,
        "work_demands": ["heavy_lifting", "long_sitting", "vibration"],
        "low_mood": true, "worry": true, "family_history": true, "spine_structure": true,
    }));
    let got: Vec<(&str, bool, Vec<&str>)> = a
        .risk_factors
        .iter()
        .map(|r| (r.id.id(), r.modifiable, names(&r.because)))
        .collect();
    assert_eq!(
        got,
        [
            ("excess_weight", true, vec!["height_cm", "weight_kg"]),
            ("inactivity", true, vec!["activity"]),
            ("smoking", true, vec!["smoking"]),
            ("alcohol", true, vec!["alcohol_units_week"]),
            ("work_lifting", true, vec!["work_demands"]),
            ("work_posture", true, vec!["work_demands"]),
            ("work_vibration", true, vec!["work_demands"]),
            ("mood_and_stress", true, vec!["low_mood", "worry"]),
            ("age_over_30", false, vec!["age"]),
            ("family_history", false, vec!["family_history"]),
            ("spine_structure", false, vec!["spine_structure"]),
        ]
    );
    // Modifiable ones come first, so advice can target them.
    let first_fixed = a.risk_factors.iter().position(|r| !r.modifiable).unwrap();
    assert!(a.risk_factors[first_fixed..].iter().all(|r| !r.modifiable));

    let a = with(
        json!({"activity": "weekend_only", "age": 30, "height_cm": 180,
                        "weight_kg": 80, "alcohol_units_week": 14}),
    );
    assert_eq!(risk_ids(&a), ["weekend_warrior", "work_posture"]);
    // BMI exactly 25 counts.
    let a = with(json!({"height_cm": 200, "weight_kg": 100}));
    assert!(risk_ids(&a).contains(&"excess_weight"));
}

#[test]
fn advice_follows_triage_and_answers() {
    let a = with(json!({}));
    let advice = advice_ids(&a);
    assert_eq!(advice[0], "self_care_plan");
    assert_eq!(
        &advice[1..],
        [
            "stay_active",
            "pain_medicines",
            "lifting_safely",
            "desk_and_standing",
            "heat_and_ice"
        ],
        "most useful first"
    );
    // Topics everyone can open are never chosen.
    for id in Advice::TOPICS {
        assert!(!advice.contains(&id.id()), "{id}");
    }
    // Each item names the answers that chose it.
    let because = |a: &back_pain_check_engine::Assessment, id: &str| {
        a.advice
            .iter()
            .find(|f| f.id.id() == id)
            .unwrap()
            .because
            .clone()
    };
    assert_eq!(because(&a, "stay_active"), [Q::Duration, Q::Improving]);
    assert_eq!(because(&a, "pain_medicines"), [Q::PainNow]);
    assert_eq!(
        because(&a, "lifting_safely"),
        [Q::OnsetActivity],
        "{}",
        a.to_json()
    );
    // The pattern's own advice leads the plan.
    let a = with(
        json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg",
                        "duration": "1_to_4_weeks", "improving": "better"}),
    );
    assert_eq!(advice_ids(&a)[..2], ["book_appointment", "sciatica"]);
    // Pain medicines name age 65 and over.
    let a = with(json!({"age": 70, "injury": "none", "injury_when": null,
                        "onset_activity": ["long_sitting"]}));
    assert_eq!(because(&a, "pain_medicines"), [Q::PainNow, Q::Age]);

    let a = with(json!({"fever": true}));
    assert_eq!(advice_ids(&a), ["urgent_today"]);
    let urgent = a
        .advice
        .iter()
        .find(|f| f.id.id() == "urgent_today")
        .unwrap();
    assert_eq!(urgent.because, [Q::Fever]);
    let a = with(json!({"injury": "major"}));
    assert_eq!(advice_ids(&a), ["emergency_now"]);
}

// ---- answer validation ----

fn errors(raw: Vec<(&str, RawValue)>) -> Vec<AnswerError> {
    Answers::from_raw(raw).expect_err("answers should be refused")
}

#[test]
fn validation_errors_name_the_id() {
    let errs = errors(vec![
        ("favourite_colour", RawValue::Str("blue".into())),
        ("age", RawValue::Str("forty".into())),
        ("duration", RawValue::Str("forever".into())),
        ("pain_now", RawValue::Int(11)),
        ("onset_activity", RawValue::List(vec![])),
        ("work_demands", RawValue::List(vec![RawValue::Int(3)])),
        ("fever", RawValue::Other("null")),
        ("runs", RawValue::Other("number with a fraction")),
    ]);
    assert_eq!(errs.len(), 8);
    assert_eq!(
        errs[0],
        AnswerError::UnknownQuestion {
            id: "favourite_colour".into()
        }
    );
    assert!(matches!(
        errs[1],
        AnswerError::WrongType {
            id: Q::Age,
            expected: "integer",
            got: "string"
        }
    ));
    assert!(
        matches!(&errs[2], AnswerError::UnknownOption { id: Q::Duration, option, .. } if option == "forever")
    );
    assert!(matches!(
        errs[3],
        AnswerError::OutOfRange {
            id: Q::PainNow,
            value: 11,
            min: 0,
            max: 10
        }
    ));
    assert_eq!(
        errs[4],
        AnswerError::EmptyList {
            id: Q::OnsetActivity
        }
    );
    assert!(matches!(
        errs[5],
        AnswerError::WrongType {
            id: Q::WorkDemands,
            got: "integer",
            ..
        }
    ));
    let lines: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "\"favourite_colour\": unknown question id",
            "\"age\": expected integer, got string",
            "\"duration\": unknown option \"forever\" (allowed: under_1_week, 1_to_4_weeks, 4_to_12_weeks, over_12_weeks)",
            "\"pain_now\": 11 is out of range (0 to 10)",
            "\"onset_activity\": choose at least one option",
            "\"work_demands\": expected list of options, got integer",
            "\"fever\": expected boolean or \"not_sure\", got null",
            "\"runs\": expected boolean, got number with a fraction",
        ]
    );
    for (e, line) in errs.iter().zip(&lines) {
        assert!(line.contains(e.id()), "{line}");
        assert!(!line.contains('\n'));
    }
}

#[test]
fn validation_from_json_values() {
    let errs = try_answers(&json!({
        "age": -1, "sex": "unknown", "fever": "yes", "leg_weakness": ["none"],
        "onset_activity": ["lifting", "skydiving"], "height_cm": 1.8e2,
        "weight_kg": {"kg": 80}, "smoking": null, "pain_now": 99999999999999999999u128 as f64,
    }))
    .unwrap_err();
    let ids: Vec<&str> = errs.iter().map(AnswerError::id).collect();
    // serde_json keeps keys sorted.
    assert_eq!(
        ids,
        [
            "age",
            "fever",
            "height_cm",
            "leg_weakness",
            "onset_activity",
            "pain_now",
            "sex",
            "smoking",
            "weight_kg"
        ]
    );
    let a = try_answers(&json!({"onset_activity": ["lifting", "lifting", "twisting"]})).unwrap();
    assert_eq!(a.multi(Q::OnsetActivity), [Opt::Lifting, Opt::Twisting]);
    // A huge integer is refused, not wrapped.
    let errs = try_answers(&json!({ "age": u64::MAX })).unwrap_err();
    assert_eq!(errs[0].id(), "age");
}

#[test]
fn set_keeps_the_previous_answer_on_error() {
    let mut a = Answers::new();
    a.set("age", RawValue::Int(40)).unwrap();
    assert!(a.set("age", RawValue::Int(500)).is_err());
    assert_eq!(a.int(Q::Age), Some(40));
    assert!(a.set("nope", RawValue::Bool(true)).is_err());
    assert_eq!(a.len(), 1);
}

// ---- JSON output ----

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}

/// The contract's field names, plus the documented extras (`reasons`, and
/// `because` on the prognosis). The contract allows added fields, never
/// renamed or dropped ones.
#[test]
fn to_json_has_the_contract_fields() {
    for answers in [
        json!({}),
        self_care_case(),
        merge(&radicular_case(), &json!({"smoking": true, "worry": true})),
        merge(
            &self_care_case(),
            &json!({"bladder_bowel": true, "age": 12, "duration": null}),
        ),
    ] {
        let a = run(&answers);
        let out = a.to_json();
        let v: Value = serde_json::from_str(&out).expect("to_json is JSON");
        let mut top = vec![
            "contract",
            "in_scope",
            "triage",
            "red_flags",
            "unanswered_red_flags",
            "duration",
            "patterns",
            "risk_factors",
            "prognosis",
            "advice",
            "reasons",
        ];
        top.sort_unstable();
        assert_eq!(keys(&v), top);
        // The keys come in the contract's order.
        let order: Vec<usize> = [
            "\"contract\"",
            "\"in_scope\"",
            "\"triage\"",
            "\"red_flags\"",
            "\"unanswered_red_flags\"",
            "\"duration\"",
            "\"patterns\"",
            "\"risk_factors\"",
            "\"prognosis\"",
            "\"advice\"",
        ]
        .iter()
        .map(|k| out.find(k).unwrap())
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{out}");

        assert_eq!(v["contract"], 1);
        assert_eq!(v["in_scope"], a.in_scope);
        assert_eq!(v["triage"], a.triage.id());
        assert!(Triage::from_id(v["triage"].as_str().unwrap()).is_some());
        for list in ["red_flags", "patterns", "advice"] {
            for item in v[list].as_array().unwrap() {
                assert_eq!(keys(item), ["because", "id"], "{list}");
            }
        }
        for item in v["risk_factors"].as_array().unwrap() {
            assert_eq!(keys(item), ["because", "id", "modifiable"]);
            assert!(item["modifiable"].is_boolean());
        }
        for item in v["reasons"].as_array().unwrap() {
            assert_eq!(keys(item), ["because", "id", "level"]);
        }
        match &v["prognosis"] {
            Value::Null => assert!(a.prognosis.is_none()),
            p => {
                assert_eq!(keys(p), ["band", "because", "psychosocial", "total"]);
                assert!(["low", "medium", "high"].contains(&p["band"].as_str().unwrap()));
                assert!(p["total"].as_u64().unwrap() <= 9);
                assert!(p["psychosocial"].as_u64().unwrap() <= 5);
            }
        }
        assert!(v["unanswered_red_flags"].is_array());
        assert!(v["duration"].is_null() || v["duration"].is_string());
    }
}

#[test]
fn answers_to_json_round_trips() {
    let given = merge(
        &radicular_case(),
        &json!({"onset_activity": ["lifting", "twisting"]}),
    );
    let a = answers(&given);
    let written: Value = serde_json::from_str(&a.to_json()).expect("valid JSON");
    assert_eq!(written, given);
    assert_eq!(answers(&written), a);
    assert_eq!(Answers::new().to_json(), "{}");
}
