//! The safety cases (`crates/engine/tests/cases/safety-*.json`): patient
//! stories written for the rules of the 2026-11-27 and 2026-12-02 safety
//! reviews, checked like the public vignettes (lowest and highest acceptable
//! triage, exact red flags, patterns, unanswered warning signs, and where a
//! case says so the advice). `tests/cli.rs` runs the same files through the
//! `assess` tool.

mod common;

use back_pain_check_engine::{Assessment, Triage};
use common::*;
use serde_json::Value;

fn cases(text: &str) -> Vec<Value> {
    let file: Value = serde_json::from_str(text).expect("the case file is JSON");
    file["cases"].as_array().expect("cases").clone()
}

fn level(v: &Value) -> Triage {
    Triage::from_id(v.as_str().expect("a level")).expect("a known level")
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_str().unwrap()).collect())
        .unwrap_or_default()
}

/// The answers of a case: every sign it does not mention answered no.
fn case_answers(case: &Value) -> Value {
    merge(&no_signs(), &case["answers"])
}

fn check(case: &Value, a: &Assessment) {
    let id = case["id"].as_str().unwrap();
    let ctx = || format!("{id} ({}): {}", case["rule"], a.to_json());
    println!(
        "{id}: {} (expected {}..={}); red flags {:?}; {}",
        a.triage.id(),
        case["lowest"].as_str().unwrap(),
        case["highest"].as_str().unwrap(),
        red_flag_ids(a),
        case["rule"].as_str().unwrap()
    );
    let (lowest, highest) = (level(&case["lowest"]), level(&case["highest"]));
    assert!(
        lowest <= a.triage && a.triage <= highest,
        "triage {} not within {}..={}\n{}",
        a.triage.id(),
        lowest.id(),
        highest.id(),
        ctx()
    );
    assert_eq!(red_flag_ids(a), ids(&case["red_flags"]), "{}", ctx());
    for p in ids(&case["patterns"]) {
        assert!(pattern_ids(a).contains(&p), "pattern {p}\n{}", ctx());
    }
    for p in ids(&case["not_patterns"]) {
        assert!(!pattern_ids(a).contains(&p), "no pattern {p}\n{}", ctx());
    }
    assert_eq!(
        common::names(&a.unanswered_red_flags),
        ids(&case["unanswered"]),
        "{}",
        ctx()
    );
    if case.get("advice").is_some() {
        assert_eq!(advice_ids(a), ids(&case["advice"]), "{}", ctx());
    }
    for id in ids(&case["advice_includes"]) {
        assert!(advice_ids(a).contains(&id), "advice {id}\n{}", ctx());
    }
    if let Some(band) = case["band"].as_str() {
        assert_eq!(
            a.prognosis.as_ref().map(|p| p.band.id()),
            Some(band),
            "{}",
            ctx()
        );
    }
}

#[test]
fn every_safety_case_meets_its_expectation() {
    let cases = cases(include_str!("cases/safety-2026-11-27.json"));
    assert_eq!(cases.len(), 20);
    for case in &cases {
        check(case, &run(&case_answers(case)));
    }
}

#[test]
fn every_2026_12_02_safety_case_meets_its_expectation() {
    let cases = cases(include_str!("cases/safety-2026-12-02.json"));
    assert_eq!(cases.len(), 20);
    for case in &cases {
        check(case, &run(&case_answers(case)));
    }
}
