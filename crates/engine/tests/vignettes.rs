//! The public patient cases (`shared/vignettes/public.md`) as engine tests.
//!
//! Every red-flag question is answered; a sign a case does not mention is
//! answered "no" (`common::no_signs`). Where a case is ambiguous about a
//! detail (for example whether "a week" is under one week), each plausible
//! reading is tested and must meet the expectation.

mod common;

use back_pain_check_engine::{Assessment, Band, DurationClass, Triage};
use common::*;
use serde_json::{json, Value};

use Triage::{Emergency, SeeGp, SelfCare, Urgent};

/// What a case expects. Red flags are exact (a case lists every flag it
/// implies, none when it names none); patterns must be included.
struct Expect {
    lowest: Triage,
    highest: Triage,
    red_flags: &'static [&'static str],
    patterns: &'static [&'static str],
    duration: Option<DurationClass>,
    band: Option<Band>,
    in_scope: bool,
    unanswered: &'static [&'static str],
}

const EXPECT: Expect = Expect {
    lowest: SelfCare,
    highest: SelfCare,
    red_flags: &[],
    patterns: &[],
    duration: None,
    band: None,
    in_scope: true,
    unanswered: &[],
};

/// Runs the case once per reading: `base` merged with each of `readings`.
fn check(case: u32, base: Value, readings: &[Value], e: Expect) {
    let empty = [json!({})];
    let readings = if readings.is_empty() {
        &empty[..]
    } else {
        readings
    };
    for reading in readings {
        let answers = merge(&merge(&no_signs(), &base), reading);
        let a = run(&answers);
        check_one(case, &answers, &a, &e);
    }
}

fn check_one(case: u32, answers: &Value, a: &Assessment, e: &Expect) {
    // `cargo test --test vignettes -- --nocapture` lists each case's result.
    println!(
        "case {case}: {} (expected {}..={}); red flags {:?}; patterns {:?}; unanswered {:?}",
        a.triage.id(),
        e.lowest.id(),
        e.highest.id(),
        red_flag_ids(a),
        pattern_ids(a),
        a.unanswered_red_flags
    );
    let ctx = || format!("case {case}\nanswers: {answers}\nresult: {}", a.to_json());
    assert!(
        e.lowest <= a.triage && a.triage <= e.highest,
        "triage {} not within {}..={}\n{}",
        a.triage.id(),
        e.lowest.id(),
        e.highest.id(),
        ctx()
    );
    assert_eq!(red_flag_ids(a), e.red_flags, "red flags\n{}", ctx());
    for p in e.patterns {
        assert!(pattern_ids(a).contains(p), "pattern {p} missing\n{}", ctx());
    }
    if let Some(d) = e.duration {
        assert_eq!(a.duration, Some(d), "duration\n{}", ctx());
    }
    if let Some(b) = e.band {
        assert_eq!(
            a.prognosis.as_ref().map(|p| p.band),
            Some(b),
            "prognosis\n{}",
            ctx()
        );
    }
    assert_eq!(a.in_scope, e.in_scope, "in_scope\n{}", ctx());
    assert_eq!(
        common::names(&a.unanswered_red_flags),
        e.unanswered,
        "unanswered\n{}",
        ctx()
    );
    // Every advice item says which answers chose it: answered questions,
    // or (for the items about what is missing) the unanswered ones.
    let answered = common::answers(answers);
    for f in &a.advice {
        assert!(!f.because.is_empty(), "{} has no because\n{}", f.id, ctx());
        for &id in &f.because {
            assert!(
                answered.known(id) || a.unanswered_red_flags.contains(&id),
                "{}: because names {id}, which was not answered\n{}",
                f.id,
                ctx()
            );
        }
    }
    // Every result carries safety-netting: the result screen shows it for
    // every level (`ui::result::safety_net`; the browser tests check it).
}

#[test]
fn case_01_acute_after_lifting_is_self_care() {
    check(
        1,
        self_care_case(),
        &[],
        Expect {
            patterns: &["non_specific"],
            duration: Some(DurationClass::Acute),
            band: Some(Band::Low),
            ..EXPECT
        },
    );
}

#[test]
fn case_02_leg_pain_below_knee_with_tingling_is_radicular() {
    check(
        2,
        radicular_case(),
        // "Now" pain shoots down the leg: the course may read as the same or worse.
        &[json!({"improving": "same"}), json!({"improving": "worse"})],
        Expect {
            lowest: SeeGp,
            highest: SeeGp,
            patterns: &["radicular"],
            duration: Some(DurationClass::Acute),
            ..EXPECT
        },
    );
}

#[test]
fn case_03_urinary_trouble_and_saddle_numbness_is_cauda_equina() {
    check(
        3,
        json!({
            "age": 52,
            "duration": "under_1_week",
            "pain_now": 7,
            "improving": "worse",
            "rest_eases": false,
            "pain_reach": "below_knee",
            "leg_pain_side": "both_legs",
            "walking_leg_pain": false,
            "onset_activity": ["none_known"],
            "bladder_bowel": true,
            "saddle_numbness": true,
        }),
        &[json!({}), json!({"pain_reach": "buttock_or_thigh"})],
        Expect {
            lowest: Emergency,
            highest: Emergency,
            red_flags: &["cauda_equina"],
            ..EXPECT
        },
    );
    let a = run(&merge(
        &no_signs(),
        &json!({"age": 52, "bladder_bowel": true, "saddle_numbness": true,
                "leg_pain_side": "both_legs", "pain_reach": "below_knee"}),
    ));
    assert_eq!(
        names(&flag_because(&a, "cauda_equina")),
        ["bladder_bowel", "saddle_numbness", "leg_pain_side"]
    );
}

#[test]
fn case_04_past_cancer_with_night_pain_is_malignancy() {
    check(
        4,
        json!({
            "age": 68,
            "sex": "female",
            "duration": "1_to_4_weeks",
            "pain_now": 5,
            "improving": "same",
            "rest_eases": false,
            "onset_activity": ["none_known"],
            "cancer_history": true,
            "night_pain": true,
        }),
        &[json!({}), json!({"improving": "worse"})],
        Expect {
            lowest: Urgent,
            highest: Emergency,
            red_flags: &["malignancy"],
            duration: Some(DurationClass::Acute),
            ..EXPECT
        },
    );
}

#[test]
fn case_05_fever_and_injecting_drugs_is_infection() {
    check(
        5,
        json!({
            "age": 29,
            "duration": "under_1_week",
            "pain_now": 6,
            "improving": "same",
            "rest_eases": false,
            "onset_activity": ["none_known"],
            "fever": true,
            "infection_risk": true,
        }),
        &[
            json!({}),
            json!({"duration": "1_to_4_weeks", "improving": "worse"}),
        ],
        Expect {
            lowest: Urgent,
            highest: Emergency,
            red_flags: &["infection"],
            ..EXPECT
        },
    );
}

#[test]
fn case_06_fall_with_osteoporosis_at_75_is_fracture() {
    check(
        6,
        json!({
            "age": 75,
            "sex": "female",
            "duration": "under_1_week",
            "pain_now": 7,
            "improving": "same",
            "rest_eases": true,
            "onset_activity": ["other_sport"],
            "injury": "minor",
            "bone_risk": true,
            "activity": "inactive",
        }),
        &[
            json!({"onset_activity": ["none_known"]}),
            json!({"rest_eases": false}),
        ],
        Expect {
            lowest: Urgent,
            highest: Emergency,
            red_flags: &["fracture"],
            duration: Some(DurationClass::Acute),
            ..EXPECT
        },
    );
    let a = run(&merge(
        &no_signs(),
        &json!({"age": 75, "sex": "female", "injury": "minor", "bone_risk": true}),
    ));
    assert_eq!(
        names(&flag_because(&a, "fracture")),
        ["injury", "bone_risk", "age", "sex"]
    );
}

#[test]
fn case_07_walking_leg_pain_eased_by_sitting_is_stenosis() {
    check(
        7,
        json!({
            "age": 63,
            "duration": "over_12_weeks",
            "pain_now": 5,
            "improving": "same",
            "rest_eases": true,
            "leg_pain_side": "both_legs",
            "walking_leg_pain": true,
            "onset_activity": ["none_known"],
            "activity": "inactive",
            "short_walks": true,
        }),
        // "Buttock and leg pain": the legs may hurt to the thigh or below the knee.
        &[
            json!({"pain_reach": "buttock_or_thigh"}),
            json!({"pain_reach": "below_knee"}),
        ],
        Expect {
            lowest: SeeGp,
            highest: SeeGp,
            patterns: &["stenosis"],
            duration: Some(DurationClass::Chronic),
            ..EXPECT
        },
    );
}

#[test]
fn case_08_young_with_slow_onset_and_morning_stiffness_is_inflammatory() {
    check(
        8,
        json!({
            "age": 24,
            "duration": "over_12_weeks",
            "pain_now": 5,
            "improving": "same",
            "rest_eases": false,
            "onset_activity": ["none_known"],
            "morning_stiffness": true,
            "better_with_exercise": true,
            "wakes_second_half_night": true,
        }),
        &[json!({}), json!({"improving": "worse"})],
        Expect {
            lowest: SeeGp,
            highest: SeeGp,
            patterns: &["inflammatory"],
            duration: Some(DurationClass::Chronic),
            ..EXPECT
        },
    );
}

#[test]
fn case_09_young_runner_with_pain_on_arching_is_spondylolysis() {
    check(
        9,
        json!({
            "age": 17,
            "duration": "1_to_4_weeks",
            "pain_now": 4,
            "rest_eases": true,
            "onset_activity": ["running"],
            "extension_pain": true,
            "runs": true,
            "pain_when_running": true,
        }),
        // Whether it is getting better is not said.
        &[json!({"improving": "better"}), json!({"improving": "same"})],
        Expect {
            lowest: SeeGp,
            highest: SeeGp,
            patterns: &["spondylolysis"],
            duration: Some(DurationClass::Acute),
            ..EXPECT
        },
    );
}

#[test]
fn case_10_many_worrying_recovery_answers_give_high_prognosis() {
    check(
        10,
        json!({
            "age": 40,
            "duration": "over_12_weeks",
            "pain_now": 6,
            "improving": "same",
            "rest_eases": true,
            "onset_activity": ["none_known"],
            "slow_dressing": true,
            "short_walks": true,
            "fear_of_movement": true,
            "worry": true,
            "catastrophising": true,
            "low_mood": true,
            "bothersomeness": "extremely",
        }),
        &[],
        Expect {
            lowest: SeeGp,
            highest: SeeGp,
            duration: Some(DurationClass::Chronic),
            band: Some(Band::High),
            ..EXPECT
        },
    );
}

#[test]
fn case_11_foot_getting_weaker_is_progressive_deficit() {
    check(
        11,
        json!({
            "age": 38,
            "duration": "under_1_week",
            "pain_now": 6,
            "improving": "worse",
            "rest_eases": true,
            "pain_reach": "below_knee",
            "leg_pain_side": "one_leg",
            "leg_weakness": "worsening",
            "walking_leg_pain": false,
            "onset_activity": ["running"],
            "runs": true,
            "pain_when_running": true,
        }),
        // "For a week" may be answered either side of one week.
        &[json!({}), json!({"duration": "1_to_4_weeks"})],
        Expect {
            lowest: Emergency,
            highest: Emergency,
            red_flags: &["progressive_deficit"],
            ..EXPECT
        },
    );
}

#[test]
fn case_12_severe_but_eased_by_lying_after_football_is_self_care() {
    check(
        12,
        json!({
            "age": 31,
            "duration": "under_1_week",
            "pain_now": 8,
            "rest_eases": true,
            "onset_activity": ["other_sport"],
            "activity": "weekend_only",
        }),
        // Neither the course nor an injury is mentioned.
        &[
            json!({"improving": "better"}),
            json!({"improving": "same"}),
            json!({"improving": "better", "injury": "minor"}),
        ],
        Expect {
            patterns: &["non_specific"],
            duration: Some(DurationClass::Acute),
            ..EXPECT
        },
    );
}

#[test]
fn case_13_six_weeks_not_improving_is_subacute_see_gp() {
    check(
        13,
        json!({
            "age": 55,
            "duration": "4_to_12_weeks",
            "pain_now": 5,
            "improving": "same",
            "rest_eases": true,
            "onset_activity": ["none_known"],
        }),
        &[],
        Expect {
            lowest: SeeGp,
            highest: SeeGp,
            duration: Some(DurationClass::Subacute),
            ..EXPECT
        },
    );
}

#[test]
fn case_14_twelve_year_old_is_out_of_scope_and_see_gp() {
    check(
        14,
        json!({
            "age": 12,
            "pain_now": 4,
            "improving": "same",
            "rest_eases": true,
            "onset_activity": ["other_sport"],
        }),
        &[
            json!({"duration": "under_1_week"}),
            json!({"duration": "1_to_4_weeks", "improving": "better"}),
        ],
        Expect {
            lowest: SeeGp,
            highest: SeeGp,
            in_scope: false,
            ..EXPECT
        },
    );
    let a = run(&merge(
        &self_care_case(),
        &json!({"age": 12, "onset_activity": ["other_sport"]}),
    ));
    assert!(advice_ids(&a).contains(&"under_16"), "{}", a.to_json());
}

#[test]
fn case_15_unanswered_bladder_and_saddle_questions_block_self_care() {
    check(
        15,
        merge(&self_care_case(), &json!({"age": 41})),
        // Removed last, so the "no signs" defaults cannot answer them.
        &[json!({"bladder_bowel": null, "saddle_numbness": null})],
        Expect {
            lowest: SeeGp,
            highest: Emergency,
            // Not "non_specific" while warning signs are open (2026-12-02
            // rules; the public case names no pattern): checked below.
            unanswered: &["bladder_bowel", "saddle_numbness"],
            ..EXPECT
        },
    );
    let answers = merge(
        &merge(&no_signs(), &merge(&self_care_case(), &json!({"age": 41}))),
        &json!({"bladder_bowel": null, "saddle_numbness": null}),
    );
    let a = run(&answers);
    assert!(a.patterns.is_empty(), "{}", a.to_json());
    assert!(a.action_only(), "a cauda equina question is open");
}
