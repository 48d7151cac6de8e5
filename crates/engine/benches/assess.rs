//! How long one assessment takes. The engine runs on every answer in the
//! browser, so it should stay well under 10 microseconds.
//!
//! `cargo bench -p back-pain-check-engine --bench assess`

use back_pain_check_engine::{assess, Answers, Assessment, RawAnswers, QUESTIONS};
use divan::{black_box, Bencher};

fn main() {
    divan::main();
}

/// Public case 2 (radicular pain) with every question answered (the two
/// that skip logic asks only after an injury or long pain included).
const COMPLETE: &str = r#"{
    "bladder_bowel": false, "saddle_numbness": false, "sexual_dysfunction": false,
    "leg_weakness": "none", "fever": false, "infection_risk": false, "weight_loss": false,
    "cancer_history": false, "injury": "none", "bone_risk": false, "night_pain": false,
    "pain_reach": "below_knee", "leg_pain_side": "one_leg", "leg_numbness": true,
    "morning_stiffness": false, "better_with_exercise": false, "wakes_second_half_night":
    false, "extension_pain": false, "runs": true, "activity": "regular", "smoking": false,
    "work_demands": ["long_sitting"], "family_history": false, "spine_structure": false,
    "other_pain": false, "slow_dressing": false, "short_walks": false, "fear_of_movement":
    false, "worry": false, "catastrophising": false, "low_mood": false, "bothersomeness":
    "moderately", "age": 45, "sex": "female", "duration": "1_to_4_weeks", "pain_now": 7,
    "improving": "same", "rest_eases": true, "walking_leg_pain": false, "onset_activity":
    ["none_known"], "height_cm": 165, "weight_kg": 70, "alcohol_units_week": 6,
    "pain_when_running": false, "injury_when": "1_to_4_weeks", "onset_age": 40
}"#;

fn complete_answers() -> Answers {
    let answers: Answers = serde_json::from_str(COMPLETE).expect("valid answers");
    // Complete when written; a question added since only makes it a little
    // less than complete, which does not change what is measured.
    assert!(answers.len() + 2 >= QUESTIONS.len());
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
    let raw: RawAnswers = serde_json::from_str(COMPLETE).expect("an object");
    bencher.bench_local(|| black_box(&raw).check());
}
