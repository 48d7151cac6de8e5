//! How long one assessment takes. The engine runs on every answer in the
//! browser, so it should stay well under 10 microseconds.
//!
//! `cargo bench --bench assess`

use back_pain_check::engine::{assess, Answers, Assessment};
use divan::{black_box, Bencher};
use serde_json::json;

// The same answer sets and JSON conversion as the tests.
#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    divan::main();
}

/// Public case 2 (radicular pain) with every question answered (the two
/// that skip logic asks only after an injury or long pain included).
fn complete_answers() -> Answers {
    let all = common::merge(
        &common::radicular_case(),
        &json!({"runs": true, "pain_when_running": false,
                "injury_when": "1_to_4_weeks", "onset_age": 40}),
    );
    let answers = common::answers(&all);
    assert_eq!(answers.len(), back_pain_check::engine::QUESTIONS.len());
    answers
}

#[divan::bench]
fn assess_complete(bencher: Bencher) {
    let answers = complete_answers();
    bencher.bench_local(|| assess(black_box(&answers)));
}

#[divan::bench]
fn to_json(bencher: Bencher) {
    let assessment: Assessment = assess(&complete_answers());
    bencher.bench_local(|| black_box(&assessment).to_json());
}

#[divan::bench]
fn assess_and_to_json(bencher: Bencher) {
    let answers = complete_answers();
    bencher.bench_local(|| assess(black_box(&answers)).to_json());
}

/// Checking raw answers, as the CLI and an API host do before assessing.
#[divan::bench]
fn check_answers_from_json(bencher: Bencher) {
    let all = common::merge(
        &common::radicular_case(),
        &json!({"runs": true, "pain_when_running": false}),
    );
    let obj = all.as_object().unwrap().clone();
    bencher.bench_local(|| common::answers_from_object(black_box(&obj)));
}
