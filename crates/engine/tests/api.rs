//! The engine's public API beyond `assess`, as the layers above use it: the
//! answers store, skip logic, the id tables and the contract's serde. These
//! were reached only through the flow and the UI until cargo-mutants showed
//! the engine's own tests could not tell them broken.

use back_pain_check_engine::{
    is_asked, question, sort_small_by_key, Answers, Assessment, IdMap, Opt, Pattern, RawValue,
    ReasonId, RedFlag, Value, Q, QUESTIONS,
};
use serde::de::IntoDeserializer;
use serde::Deserialize;

#[test]
fn skip_logic_asks_each_kind_of_condition_only_when_it_holds() {
    let mut a = Answers::new();
    let injury_when = question(Q::InjuryWhen); // ChoiceNot(injury, none)
    let running_pain = question(Q::PainWhenRunning); // IsTrue(runs)
    let onset_age = question(Q::OnsetAge); // ChoiceIn(duration, [over_12_weeks])
    let age = question(Q::Age); // Always
    for q in [injury_when, running_pain, onset_age] {
        assert!(!is_asked(q, &a), "{} asked with no answers", q.id);
    }
    assert!(is_asked(age, &a));

    a.insert(Q::Injury, Value::Choice(Opt::None));
    a.insert(Q::Runs, Value::Bool(false));
    a.insert(Q::Duration, Value::Choice(Opt::Weeks1To4));
    for q in [injury_when, running_pain, onset_age] {
        assert!(
            !is_asked(q, &a),
            "{} asked when its condition is false",
            q.id
        );
    }

    a.insert(Q::Injury, Value::Choice(Opt::Minor));
    a.insert(Q::Runs, Value::Bool(true));
    a.insert(Q::Duration, Value::Choice(Opt::Over12Weeks));
    for q in [injury_when, running_pain, onset_age] {
        assert!(
            is_asked(q, &a),
            "{} not asked when its condition holds",
            q.id
        );
    }
}

#[test]
fn the_small_sort_is_stable_and_ordered() {
    let mut v = vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (0, 'f')];
    sort_small_by_key(&mut v, |x| x.0);
    assert_eq!(
        v,
        [(0, 'f'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a'), (3, 'e')]
    );
    let mut backwards: Vec<u8> = (0..20).rev().collect();
    sort_small_by_key(&mut backwards, |x| *x);
    assert_eq!(backwards, (0..20).collect::<Vec<u8>>());
    let mut empty: Vec<u8> = Vec::new();
    sort_small_by_key(&mut empty, |x| *x);
    assert!(empty.is_empty());
}

#[test]
fn the_answers_store_keeps_what_it_is_given() {
    let mut a = Answers::new();
    assert!(a.is_empty());
    assert_eq!(a.len(), 0);
    a.insert(Q::Age, Value::Int(40));
    a.insert(Q::Fever, Value::NotSure);
    a.insert(Q::Smoking, Value::Bool(false));
    assert!(!a.is_empty());
    assert_eq!(a.len(), 3);
    assert_eq!(a.get(Q::Age), Some(&Value::Int(40)));
    assert_eq!(a.get(Q::Sex), None);
    // "Not sure" is an answer for the questionnaire, unanswered for the rules.
    assert!(a.not_sure(Q::Fever) && a.has(Q::Fever) && !a.known(Q::Fever));
    assert!(!a.not_sure(Q::Smoking) && a.known(Q::Smoking));
    assert!(!a.not_sure(Q::Sex));
    assert_eq!(a.remove(Q::Fever), Some(Value::NotSure));
    assert_eq!(a.len(), 2);
    // Table order, whatever the order of insertion.
    let ids: Vec<Q> = a.iter().map(|(q, _)| q).collect();
    assert_eq!(ids, [Q::Age, Q::Smoking]);
}

#[test]
fn the_id_map_reports_its_size() {
    let mut m: IdMap<u8> = IdMap::new();
    assert!(m.is_empty());
    m.insert(Q::Worry, 1);
    assert!(!m.is_empty());
    assert_eq!(m.len(), 1);
}

/// Asking a question about an option it does not offer is a bug in a rule:
/// debug builds stop on it, so every test that reaches the rule finds it.
#[test]
#[should_panic(expected = "has no option")]
fn a_rule_asking_for_an_option_the_question_lacks_stops_the_tests() {
    let a = Answers::new();
    let _ = a.is(Q::LegPainSide, Opt::Stable);
}

#[test]
#[should_panic(expected = "has no option")]
fn a_list_rule_asking_for_an_option_the_question_lacks_stops_the_tests() {
    let a = Answers::new();
    let _ = a.includes(Q::WorkDemands, Opt::Running);
}

#[test]
fn reasons_know_their_red_flag_and_pattern() {
    for &r in ReasonId::ALL {
        let flag = RedFlag::ALL.iter().find(|f| f.id() == r.id()).copied();
        let pattern = Pattern::ALL.iter().find(|p| p.id() == r.id()).copied();
        assert_eq!(r.red_flag(), flag, "{r}");
        assert_eq!(
            r.pattern(),
            pattern.filter(|p| *p != Pattern::NonSpecific),
            "{r}"
        );
        assert!(!r.levels().is_empty(), "{r} has no level");
    }
    assert_eq!(ReasonId::Fracture.red_flag(), Some(RedFlag::Fracture));
    assert_eq!(ReasonId::Stenosis.pattern(), Some(Pattern::Stenosis));
    assert_eq!(ReasonId::BothLegs.red_flag(), None);
    assert_eq!(ReasonId::BothLegs.pattern(), None);
}

#[test]
fn answers_read_from_json_are_checked_and_written_back_the_same() {
    let a: Answers =
        serde_json::from_str(r#"{"fever": "not_sure", "age": 40, "work_demands": ["none"]}"#)
            .unwrap();
    assert_eq!(a.int(Q::Age), Some(40));
    assert!(a.not_sure(Q::Fever));
    assert_eq!(a.multi(Q::WorkDemands), [Opt::None]);
    assert_eq!(
        a.to_json(),
        r#"{"age":40,"fever":"not_sure","work_demands":["none"]}"#
    );
    let e = serde_json::from_str::<Answers>(r#"{"age": 400, "fevr": true}"#).unwrap_err();
    let message = e.to_string();
    assert!(
        message.contains("\"age\": 400 is out of range"),
        "{message}"
    );
    assert!(
        message.contains("\"fevr\": unknown question id"),
        "{message}"
    );
}

#[test]
fn an_assessment_reads_back_only_under_its_own_contract_version() {
    let a: Answers = serde_json::from_str(r#"{"bladder_bowel": true}"#).unwrap();
    let assessment = back_pain_check_engine::assess(&a);
    let json = assessment.to_json();
    assert!(json.starts_with(r#"{"contract":1,"#), "{json}");
    let back: Assessment = serde_json::from_str(&json).unwrap();
    assert_eq!(back, assessment);
    let other = json.replacen(r#""contract":1"#, r#""contract":2"#, 1);
    let e = serde_json::from_str::<Assessment>(&other).unwrap_err();
    assert!(e.to_string().contains("contract 2"), "{e}");
}

#[test]
fn raw_values_name_what_they_cannot_hold() {
    // A type JSON never produces reaches the visitor's fallback, whose
    // message says what was expected.
    let e = RawValue::deserialize(
        IntoDeserializer::<serde::de::value::Error>::into_deserializer(7_i128),
    )
    .unwrap_err();
    assert!(e.to_string().contains("any JSON value"), "{e}");
}

#[test]
fn every_question_offers_the_options_its_rules_may_ask_about() {
    for q in QUESTIONS {
        for &o in q.kind.options() {
            let mut a = Answers::new();
            a.insert(q.id, Value::Choice(o));
            // Must not stop: the option belongs to the question.
            let _ = a.is(q.id, o) || a.includes(q.id, o);
        }
    }
}
