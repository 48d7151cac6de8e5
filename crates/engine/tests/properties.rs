//! Properties of the engine over arbitrary answer sets, and reachability of
//! every id and every question.

mod common;

use back_pain_check_engine::{
    assess, is_asked, question, Advice, Answers, AskIf, Assessment, Kind, Pattern, Question,
    RawValue, ReasonId, RedFlag, Risk, Triage, CAUDA_EQUINA_QUESTIONS, NOT_SURE, Q, QUESTIONS,
};
use common::*;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use serde_json::{json, Value};

// ---- strategies ----

/// A valid raw value for `q`: on a red-flag question, "not sure" now and then.
fn valid_value(q: &'static Question) -> BoxedStrategy<RawValue> {
    let value = kind_value(q);
    if q.red_flag {
        prop_oneof![6 => value, 1 => Just(RawValue::Str(NOT_SURE.to_owned()))].boxed()
    } else {
        value
    }
}

/// A valid raw value of `q`'s answer type.
fn kind_value(q: &'static Question) -> BoxedStrategy<RawValue> {
    match q.kind {
        Kind::Bool => any::<bool>().prop_map(RawValue::Bool).boxed(),
        Kind::Int { min, max } => (min..=max).prop_map(RawValue::Int).boxed(),
        Kind::Choice(options) => select(options)
            .prop_map(|o| RawValue::Str(o.id().to_owned()))
            .boxed(),
        Kind::Multi(options) => subsequence(options, 1..=options.len())
            .prop_map(|os| {
                RawValue::List(
                    os.iter()
                        .map(|o| RawValue::Str(o.id().to_owned()))
                        .collect(),
                )
            })
            .boxed(),
    }
}

/// A random subset of the questions, each with a random valid answer.
fn answers() -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = QUESTIONS
        .iter()
        .map(|q| proptest::option::weighted(0.75, valid_value(q)).prop_map(move |v| (q.id, v)))
        .collect();
    per_question.prop_map(|pairs| {
        Answers::from_raw(pairs.into_iter().filter_map(|(id, v)| v.map(|v| (id, v))))
            .expect("generated answers are valid")
    })
}

/// Any raw value at all, valid or not.
fn any_raw() -> impl Strategy<Value = RawValue> {
    let option_ids: Vec<&'static str> = QUESTIONS
        .iter()
        .flat_map(|q| q.kind.options())
        .map(|o| o.id())
        .collect();
    let leaf = prop_oneof![
        any::<bool>().prop_map(RawValue::Bool),
        any::<i64>().prop_map(RawValue::Int),
        (-5i64..300).prop_map(RawValue::Int),
        ".{0,12}".prop_map(RawValue::Str),
        select(option_ids).prop_map(|o| RawValue::Str(o.to_owned())),
        select(vec!["null", "object", "number with a fraction"]).prop_map(RawValue::Other),
    ];
    leaf.prop_recursive(3, 16, 6, |inner| {
        proptest::collection::vec(inner, 0..6).prop_map(RawValue::List)
    })
}

fn any_id() -> impl Strategy<Value = String> {
    prop_oneof![
        select(QUESTIONS.iter().map(|q| q.id.id()).collect::<Vec<_>>()).prop_map(str::to_owned),
        "[a-z_]{0,20}",
    ]
}

fn red_flag_questions() -> Vec<Q> {
    QUESTIONS
        .iter()
        .filter(|q| q.red_flag)
        .map(|q| q.id)
        .collect()
}

/// The answer that raises a red-flag question's concern the most.
fn positive(q: &Question) -> RawValue {
    match q.kind {
        Kind::Bool => RawValue::Bool(true),
        Kind::Choice(_) if q.id == Q::LegWeakness => RawValue::Str("severe_or_sudden".into()),
        Kind::Choice(_) if q.id == Q::Injury => RawValue::Str("major".into()),
        k => panic!("red-flag question {} of unexpected kind {k:?}", q.id),
    }
}

/// Every "yes" a red-flag question can take: true, or any option above the
/// first (none).
fn yes_answers(q: &Question) -> Vec<RawValue> {
    match q.kind {
        Kind::Bool => vec![RawValue::Bool(true)],
        Kind::Choice(options) => options[1..]
            .iter()
            .map(|o| RawValue::Str(o.id().to_owned()))
            .collect(),
        k => panic!("red-flag question {} of unexpected kind {k:?}", q.id),
    }
}

/// Every pair of options (lower, higher) of the choice warning signs.
fn option_pairs() -> Vec<(Q, usize, usize)> {
    let mut pairs = Vec::new();
    for id in [Q::LegWeakness, Q::Injury] {
        let n = question(id).kind.options().len();
        for low in 0..n {
            for high in low + 1..n {
                pairs.push((id, low, high));
            }
        }
    }
    pairs
}

/// The answer that raises a red-flag question's concern the least ("no").
fn calmest(q: &Question) -> RawValue {
    match q.kind {
        Kind::Bool => RawValue::Bool(false),
        Kind::Choice(options) => RawValue::Str(options[0].id().to_owned()),
        k => panic!("red-flag question {} of unexpected kind {k:?}", q.id),
    }
}

// ---- invariants checked on every assessment ----

fn check_invariants(a: &Assessment) {
    let json = a.to_json();
    let ctx = || json.clone();
    let parsed: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(parsed["triage"], a.triage.id());

    if !a.red_flags.is_empty() {
        assert!(a.triage >= Triage::Urgent, "{}", ctx());
    }
    if !a.unanswered_red_flags.is_empty() || !a.in_scope {
        assert!(a.triage >= Triage::SeeGp, "{}", ctx());
    }
    // The triage is the highest reason, and self_care has no reason at all.
    assert_eq!(
        a.triage,
        a.reasons
            .iter()
            .map(|r| r.level)
            .max()
            .unwrap_or(Triage::SelfCare),
        "{}",
        ctx()
    );

    // The ids are typed; what the types cannot say is checked here.
    for r in &a.reasons {
        assert!(
            r.id.levels().contains(&r.level),
            "{} at {:?}",
            r.id,
            r.level
        );
    }
    for r in &a.risk_factors {
        assert_eq!(r.modifiable, r.id.modifiable(), "{}", r.id);
    }
    for f in &a.advice {
        assert!(f.id.is_chosen(), "the topic {} was chosen", f.id);
        // Every item names the answers that chose it.
        assert!(!f.because.is_empty(), "{} has no because: {}", f.id, ctx());
    }
    // Emergency and urgent results carry the action alone.
    if a.triage >= Triage::Urgent {
        for f in &a.advice {
            assert!(
                [
                    Advice::EmergencyNow,
                    Advice::UrgentToday,
                    Advice::Under16,
                    Advice::UnansweredWarningSigns
                ]
                .contains(&f.id),
                "{} beside an {} result",
                f.id,
                a.triage.id()
            );
        }
    }
    for id in &a.unanswered_red_flags {
        assert!(question(*id).red_flag, "{id}");
    }
    // A cauda equina question left open with leg symptoms needs a doctor today.
    let open_ce = CAUDA_EQUINA_QUESTIONS
        .iter()
        .any(|id| a.unanswered_red_flags.contains(id));
    if open_ce
        && a.reasons
            .iter()
            .any(|r| r.id == ReasonId::UnansweredCaudaEquina)
    {
        assert!(a.triage >= Triage::Urgent, "{}", ctx());
    }
}

proptest! {
    // No regression files in the source tree; failures print the minimal input.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_answers_give_a_consistent_assessment(a in answers()) {
        let first = assess(&a);
        check_invariants(&first);
        // Same answers, same assessment.
        prop_assert_eq!(&first, &assess(&a));
        prop_assert_eq!(first.to_json(), assess(&a.clone()).to_json());
    }

    #[test]
    fn adding_a_red_flag_never_lowers_the_triage(a in answers(), id in select(red_flag_questions())) {
        let before = assess(&a).triage;
        let mut raised = a.clone();
        raised.set(id.id(), positive(question(id))).unwrap();
        let after = assess(&raised);
        check_invariants(&after);
        prop_assert!(after.triage >= before, "{} lowered {:?} to {:?}", id, before, after.triage);
        // Most of these are red flags on their own; weight loss, night pain and
        // bone risk need a second sign, and alone still need a doctor; so
        // does a major injury long ago that is not getting worse.
        let old_injury = id == Q::Injury && raised.is(Q::InjuryWhen, back_pain_check_engine::Opt::LongerAgo);
        let alone = if [Q::WeightLoss, Q::NightPain, Q::BoneRisk].contains(&id) || old_injury {
            Triage::SeeGp
        } else {
            Triage::Urgent
        };
        prop_assert!(after.triage >= alone, "{}: {}", id, after.to_json());
    }

    /// Monotonic, proven (2026-12-02 rules): turning any red-flag answer from
    /// "no", unanswered or "not sure" to any "yes" (for the choice questions:
    /// any higher option), never lowers the triage.
    #[test]
    fn a_yes_to_a_warning_sign_never_lowers_the_triage(
        a in answers(),
        id in select(red_flag_questions()),
        from in 0..3usize,
        pick in any::<proptest::sample::Index>(),
    ) {
        let q = question(id);
        let mut before = a.clone();
        match from {
            0 => { before.remove(id); }
            1 => before.set(id.id(), RawValue::Str(NOT_SURE.to_owned())).unwrap(),
            _ => before.set(id.id(), calmest(q)).unwrap(),
        }
        let yeses = yes_answers(q);
        let yes = &yeses[pick.index(yeses.len())];
        // A minor injury answers the trauma question ("no major injury"); it
        // is a "yes" only against "none" (see `minor_injury_...` below).
        let minor = matches!(yes, RawValue::Str(s) if s == "minor");
        prop_assume!(!(minor && from < 2));
        let mut after = before.clone();
        after.set(id.id(), yes.clone()).unwrap();
        let (b, r) = (assess(&before), assess(&after));
        check_invariants(&r);
        prop_assert!(r.triage >= b.triage, "{} {:?}: {:?} -> {:?}\n{}\n{}",
            id, yes, b.triage, r.triage, b.to_json(), r.to_json());
    }

    /// On the choice warning signs, a higher option never lowers the triage
    /// (none < stable < worsening < severe or sudden; none < minor < major).
    #[test]
    fn a_higher_option_on_a_warning_sign_never_lowers_the_triage(
        a in answers(),
        (id, low, high) in select(option_pairs()),
    ) {
        let options = question(id).kind.options();
        let mut before = a.clone();
        before.set(id.id(), RawValue::Str(options[low].id().into())).unwrap();
        let mut after = a.clone();
        after.set(id.id(), RawValue::Str(options[high].id().into())).unwrap();
        let (b, r) = (assess(&before).triage, assess(&after));
        prop_assert!(r.triage >= b, "{} {} -> {}: {:?} -> {}", id, options[low], options[high], b, r.to_json());
    }

    /// Monotonic, proven: adding any leg symptom (a leg with symptoms, the
    /// other leg too, pain below the knee, numbness, leg pain on walking,
    /// weakness) never lowers the triage.
    #[test]
    fn adding_a_leg_symptom_never_lowers_the_triage(a in answers(), change in 0..6usize) {
        let mut after = a.clone();
        let set = |x: &mut Answers, id: Q, v: RawValue| x.set(id.id(), v).unwrap();
        let s = |o: &str| RawValue::Str(o.to_owned());
        match change {
            0 => {
                let up = match a.choice(Q::LegPainSide) {
                    None | Some(back_pain_check_engine::Opt::None) => "one_leg",
                    _ => "both_legs",
                };
                set(&mut after, Q::LegPainSide, s(up));
            }
            1 => set(&mut after, Q::PainReach, s("below_knee")),
            2 => set(&mut after, Q::LegNumbness, RawValue::Bool(true)),
            3 => set(&mut after, Q::WalkingLegPain, RawValue::Bool(true)),
            4 => {
                let up = match a.choice(Q::LegWeakness) {
                    Some(back_pain_check_engine::Opt::Stable) => "worsening",
                    Some(back_pain_check_engine::Opt::Worsening | back_pain_check_engine::Opt::SevereOrSudden) => "severe_or_sudden",
                    _ => "stable",
                };
                set(&mut after, Q::LegWeakness, s(up));
            }
            _ => {
                // Pain into the buttock or thigh, where the answers had it in
                // the back only and no leg: a new symptom, not the answer that
                // resolves "back only" against a leg already named.
                prop_assume!(a.is(Q::PainReach, back_pain_check_engine::Opt::BackOnly)
                    || !a.has(Q::PainReach));
                prop_assume!(!matches!(a.choice(Q::LegPainSide),
                    Some(back_pain_check_engine::Opt::OneLeg | back_pain_check_engine::Opt::BothLegs)));
                set(&mut after, Q::PainReach, s("buttock_or_thigh"));
            }
        }
        let (b, r) = (assess(&a), assess(&after));
        check_invariants(&r);
        prop_assert!(r.triage >= b.triage, "change {}: {:?} -> {:?}\n{}\n{}",
            change, b.triage, r.triage, b.to_json(), r.to_json());
    }

    #[test]
    fn removing_a_red_flag_answer_is_never_self_care(a in answers(), id in select(red_flag_questions())) {
        let mut less = a.clone();
        less.remove(id);
        let r = assess(&less);
        check_invariants(&r);
        prop_assert!(r.unanswered_red_flags.contains(&id));
        prop_assert!(r.triage >= Triage::SeeGp);
    }

    /// "Not sure" counts as unanswered, never as no: never lower than leaving
    /// the question open, and never self care.
    #[test]
    fn not_sure_is_never_lower_than_unanswered(a in answers(), id in select(red_flag_questions())) {
        let mut open = a.clone();
        open.remove(id);
        let mut unsure = a.clone();
        unsure.set(id.id(), RawValue::Str(NOT_SURE.to_owned())).unwrap();
        let (open, unsure) = (assess(&open), assess(&unsure));
        check_invariants(&unsure);
        prop_assert!(unsure.triage >= open.triage, "{}: {}", id, unsure.to_json());
        prop_assert!(unsure.triage >= Triage::SeeGp);
        prop_assert!(unsure.unanswered_red_flags.contains(&id));
        // And "no" is never safer than "not sure".
        let mut no = a.clone();
        no.set(id.id(), calmest(question(id))).unwrap();
        prop_assert!(unsure.triage >= assess(&no).triage, "{}: {}", id, unsure.to_json());
    }

    #[test]
    fn answer_order_does_not_matter(pairs in proptest::collection::vec((any_id(), any_raw()), 0..12)) {
        let forward = Answers::from_raw(pairs.iter().cloned());
        let mut reversed_pairs = pairs.clone();
        reversed_pairs.reverse();
        // Later answers win, so only compare when ids are distinct.
        let mut ids: Vec<&String> = pairs.iter().map(|(id, _)| id).collect();
        ids.sort();
        ids.dedup();
        if ids.len() == pairs.len() {
            let backward = Answers::from_raw(reversed_pairs);
            prop_assert_eq!(forward.is_ok(), backward.is_ok());
            if let (Ok(f), Ok(b)) = (forward, backward) {
                prop_assert_eq!(f, b);
            }
        }
    }

    #[test]
    fn arbitrary_raw_answers_never_panic(pairs in proptest::collection::vec((any_id(), any_raw()), 0..16)) {
        match Answers::from_raw(pairs.iter().cloned()) {
            Ok(a) => check_invariants(&assess(&a)),
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    let line = e.to_string();
                    prop_assert!(line.contains(&format!("{:?}", e.id())), "{}", line);
                    prop_assert!(!line.contains('\n'));
                }
            }
        }
        // `set` one by one: a refused answer keeps the previous one.
        let mut a = Answers::new();
        for (id, raw) in pairs {
            let q = Q::from_id(&id);
            let before = q.and_then(|q| a.get(q)).cloned();
            if a.set(&id, raw).is_err() {
                prop_assert_eq!(q.and_then(|q| a.get(q)).cloned(), before);
            }
        }
        check_invariants(&assess(&a));
    }
}

// ---- reachability ----

/// Changes to the complete self-care case that produce `id` (an id from any
/// of the `ids` lists). `null` removes an answer.
fn witness(id: &str) -> Value {
    match id {
        // red flags
        "cauda_equina" => json!({"bladder_bowel": true}),
        "progressive_deficit" => json!({"leg_weakness": "worsening", "leg_pain_side": "one_leg"}),
        "malignancy" => json!({"cancer_history": true}),
        "infection" => json!({"fever": true}),
        "fracture" => json!({"bone_risk": true}),
        "major_trauma" => json!({"injury": "major"}),
        // patterns
        "non_specific" => json!({}),
        "radicular" | "sciatica" => json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg"}),
        "stenosis" | "stenosis_walking" => json!({"age": 65, "pain_reach": "buttock_or_thigh",
                                                  "duration": "over_12_weeks",
                                                  "leg_pain_side": "both_legs", "walking_leg_pain": true}),
        "inflammatory" | "inflammatory_pain" => json!({"age": 25, "duration": "over_12_weeks",
                                 "onset_activity": ["none_known"], "injury": "none",
                                 "better_with_exercise": true, "rest_eases": false,
                                 "wakes_second_half_night": true, "morning_stiffness": true}),
        "spondylolysis" | "stress_fracture_rest" => {
            json!({"age": 18, "extension_pain": true, "runs": true})
        }
        // risk factors
        "excess_weight" | "healthy_weight" => json!({"height_cm": 170, "weight_kg": 95}),
        "inactivity" | "get_moving" => json!({"activity": "inactive"}),
        "weekend_warrior" => json!({"activity": "weekend_only"}),
        "smoking" | "stop_smoking" => json!({"smoking": true}),
        "alcohol" => json!({"alcohol_units_week": 30}),
        "work_lifting" | "lifting_safely" => json!({"work_demands": ["heavy_lifting"]}),
        "work_posture" | "desk_and_standing" => json!({"work_demands": ["long_standing"]}),
        "work_vibration" | "vibration_at_work" => json!({"work_demands": ["vibration"]}),
        "mood_and_stress" | "mood_and_worry" => json!({"low_mood": true}),
        "age_over_30" => json!({"age": 45}),
        "family_history" => json!({"family_history": true}),
        "spine_structure" => json!({"spine_structure": true}),
        // reasons
        "unanswered_red_flags" | "unanswered_warning_signs" => json!({"fever": null}),
        "missing_answers" => json!({"improving": null}),
        "contradictory_answers" => json!({"pain_reach": "back_only", "leg_pain_side": "both_legs"}),
        "under_16" => json!({"age": 14}),
        "leg_weakness" => json!({"leg_weakness": "stable", "leg_pain_side": "one_leg"}),
        "pain_below_knee" => json!({"pain_reach": "below_knee", "leg_pain_side": "one_leg"}),
        "leg_numbness" => json!({"leg_numbness": true, "leg_pain_side": "one_leg",
                                 "pain_reach": "buttock_or_thigh"}),
        "both_legs" => json!({"leg_pain_side": "both_legs", "pain_reach": "buttock_or_thigh"}),
        "lasting_weeks" | "long_lasting_pain" => json!({"duration": "over_12_weeks"}),
        "severe_not_eased" => json!({"pain_now": 9, "rest_eases": false}),
        "getting_worse" => json!({"improving": "worse"}),
        "not_improving" => json!({"improving": "same", "duration": "1_to_4_weeks"}),
        "weight_loss" => json!({"weight_loss": true}),
        "night_pain" => json!({"night_pain": true, "rest_eases": false}),
        "unanswered_cauda_equina" => {
            json!({"saddle_numbness": "not_sure", "leg_pain_side": "one_leg",
                                            "pain_reach": "buttock_or_thigh"})
        }
        "both_legs_nerve" => json!({"leg_pain_side": "both_legs", "pain_reach": "below_knee"}),
        "old_injury" => json!({"injury": "major", "injury_when": "longer_ago",
                               "duration": "over_12_weeks"}),
        "over_70_new_pain" => json!({"age": 72, "sex": null, "injury": "none",
                                     "onset_activity": ["long_sitting"]}),
        "woman_over_70" => json!({"age": 72, "sex": "female", "injury": "none",
                                  "onset_activity": ["long_sitting"]}),
        "walking_leg_pain" => {
            json!({"age": 40, "walking_leg_pain": true, "leg_pain_side": "one_leg",
                                     "pain_reach": "buttock_or_thigh"})
        }
        "slow_recovery_risk" => json!({"fear_of_movement": true, "worry": true,
                                       "catastrophising": true, "low_mood": true}),
        "bone_risk" => {
            json!({"bone_risk": true, "injury": "none", "onset_activity": ["long_sitting"]})
        }
        // advice
        "emergency_now" => json!({"injury": "major"}),
        "urgent_today" => json!({"fever": true}),
        "book_appointment" | "back_exercise" => json!({"duration": "4_to_12_weeks"}),
        "self_care_plan" | "stay_active" | "pain_medicines" | "heat_and_ice" => json!({}),
        "sleep_positions" => json!({"wakes_second_half_night": true}),
        "running_return" => json!({"runs": true, "pain_when_running": false}),
        "runner_leg_pain" => json!({"runs": true, "pain_when_running": true,
                                    "pain_reach": "buttock_or_thigh", "leg_pain_side": "one_leg"}),
        "bone_health" => json!({"age": 60}),
        other => one_answer_witness(other)
            .unwrap_or_else(|| panic!("no witness for {other}: add one to `witness`")),
    }
}

/// Found by search when `witness` names none: one answer changed from the
/// self-care case that produces `id` (a new yes/no question and the advice
/// it feeds need no entry above).
fn one_answer_witness(id: &str) -> Option<Value> {
    let produces = |a: &Assessment| {
        [
            red_flag_ids(a),
            pattern_ids(a),
            risk_ids(a),
            reason_ids(a),
            advice_ids(a),
        ]
        .iter()
        .any(|ids| ids.contains(&id))
    };
    QUESTIONS.iter().find_map(|q| {
        let candidates: Vec<Value> = match q.kind {
            Kind::Bool => vec![json!(true), json!(false)],
            Kind::Int { min, max } => vec![json!(min), json!(max), json!((min + max) / 2)],
            Kind::Choice(options) => options.iter().map(|o| json!(o.id())).collect(),
            Kind::Multi(options) => options.iter().map(|o| json!([o.id()])).collect(),
        };
        candidates.into_iter().find_map(|v| {
            let change = json!({ q.id.id(): v });
            produces(&run(&merge(&self_care_case(), &change))).then_some(change)
        })
    })
}

fn witness_assessment(id: &str) -> Assessment {
    run(&merge(&self_care_case(), &witness(id)))
}

#[test]
fn every_red_flag_is_reachable() {
    for id in RedFlag::ALL.iter().map(|x| x.id()) {
        let a = witness_assessment(id);
        assert!(red_flag_ids(&a).contains(&id), "{id}: {}", a.to_json());
    }
}

#[test]
fn every_pattern_is_reachable() {
    for id in Pattern::ALL.iter().map(|x| x.id()) {
        let a = witness_assessment(id);
        assert!(pattern_ids(&a).contains(&id), "{id}: {}", a.to_json());
    }
}

#[test]
fn every_risk_factor_is_reachable() {
    for id in Risk::ALL.iter().map(|x| x.id()) {
        let a = witness_assessment(id);
        assert!(risk_ids(&a).contains(&id), "{id}: {}", a.to_json());
    }
}

#[test]
fn every_reason_is_reachable() {
    for id in ReasonId::ALL.iter().map(|x| x.id()) {
        let a = witness_assessment(id);
        assert!(reason_ids(&a).contains(&id), "{id}: {}", a.to_json());
    }
}

#[test]
fn every_advice_item_is_reachable() {
    for id in Advice::ALL.iter().filter(|x| x.is_chosen()).map(|x| x.id()) {
        let a = witness_assessment(id);
        assert!(advice_ids(&a).contains(&id), "{id}: {}", a.to_json());
    }
}

#[test]
fn every_triage_level_is_reachable() {
    let got: Vec<Triage> = [
        "self_care_plan",
        "book_appointment",
        "urgent_today",
        "emergency_now",
    ]
    .iter()
    .map(|id| witness_assessment(id).triage)
    .collect();
    assert_eq!(got, Triage::ALL);
}

/// An answer set under which `q` is asked, derived from its condition alone.
fn answers_asking(q: &Question) -> Answers {
    let mut a = Answers::new();
    match q.ask_if {
        AskIf::Always => {}
        AskIf::IsTrue(id) => a.set(id.id(), RawValue::Bool(true)).unwrap(),
        AskIf::ChoiceIn(id, options) => a
            .set(id.id(), RawValue::Str(options[0].id().into()))
            .unwrap(),
        AskIf::ChoiceNot(id, option) => {
            let other = question(id)
                .kind
                .options()
                .iter()
                .find(|o| **o != option)
                .unwrap_or_else(|| panic!("{id} has no option but {option}"));
            a.set(id.id(), RawValue::Str(other.id().into())).unwrap()
        }
    }
    a
}

#[test]
fn every_question_is_reachable() {
    for (i, q) in QUESTIONS.iter().enumerate() {
        let a = answers_asking(q);
        assert!(is_asked(q, &a), "{} is never asked", q.id);
        // The question it depends on is asked before it, and always.
        let depends_on = match q.ask_if {
            AskIf::Always => None,
            AskIf::IsTrue(id) | AskIf::ChoiceIn(id, _) | AskIf::ChoiceNot(id, _) => Some(id),
        };
        if let Some(id) = depends_on {
            let pos = QUESTIONS.iter().position(|p| p.id == id).unwrap();
            assert!(pos < i, "{} depends on the later question {id}", q.id);
            assert!(
                is_asked(&QUESTIONS[pos], &Answers::new()),
                "{id} is conditional too"
            );
        }
        // Red-flag questions are always asked.
        if q.red_flag {
            assert_eq!(q.ask_if, AskIf::Always, "{}", q.id);
        }
    }
}

#[test]
fn ids_are_unique() {
    fn names<T: AsRef<str>>(ids: &[T]) -> Vec<&str> {
        ids.iter().map(AsRef::as_ref).collect()
    }
    for list in [
        names(RedFlag::ALL),
        names(Pattern::ALL),
        names(Risk::ALL),
        names(ReasonId::ALL),
        names(Advice::ALL),
        names(Q::ALL),
        names(back_pain_check_engine::Opt::ALL),
    ] {
        let mut sorted = list.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), list.len(), "{list:?}");
    }
}
