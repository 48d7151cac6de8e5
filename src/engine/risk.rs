//! Risk factors for back pain named by the source article, modifiable first:
//! advice targets the ones a person can change.

use super::answers::Answers;
use super::assessment::RiskFactor;
use super::triage::yes_ids;

/// A body mass index of 25 or more counts as excess weight.
const BMI_OVERWEIGHT: i64 = 25;
/// More than 14 units a week is above the low-risk drinking guideline.
const ALCOHOL_UNITS_LIMIT: i64 = 14;

pub(super) fn risk_factors(a: &Answers) -> Vec<RiskFactor> {
    let mut out = Vec::new();
    let mut add = |id, modifiable, because: Vec<&'static str>| {
        out.push(RiskFactor {
            id,
            modifiable,
            because,
        })
    };

    // Modifiable.
    if let (Some(h), Some(w)) = (a.int("height_cm"), a.int("weight_kg")) {
        // BMI = kg / m^2, kept in integers: w * 10000 / h^2 >= 25.
        if h > 0 && w * 10_000 >= BMI_OVERWEIGHT * h * h {
            add("excess_weight", true, vec!["height_cm", "weight_kg"]);
        }
    }
    match a.choice("activity") {
        Some("inactive") => add("inactivity", true, vec!["activity"]),
        Some("weekend_only") => add("weekend_warrior", true, vec!["activity"]),
        _ => {}
    }
    if a.yes("smoking") {
        add("smoking", true, vec!["smoking"]);
    }
    if a.int("alcohol_units_week")
        .is_some_and(|u| u > ALCOHOL_UNITS_LIMIT)
    {
        add("alcohol", true, vec!["alcohol_units_week"]);
    }
    let work = |option| a.includes("work_demands", option);
    if work("heavy_lifting") || work("twisting_bending") {
        add("work_lifting", true, vec!["work_demands"]);
    }
    if work("long_sitting") || work("long_standing") {
        add("work_posture", true, vec!["work_demands"]);
    }
    if work("vibration") {
        add("work_vibration", true, vec!["work_demands"]);
    }
    let mood = yes_ids(a, &["low_mood", "worry"]);
    if !mood.is_empty() {
        add("mood_and_stress", true, mood);
    }

    // Not modifiable.
    if a.int("age").is_some_and(|age| age > 30) {
        add("age_over_30", false, vec!["age"]);
    }
    if a.yes("family_history") {
        add("family_history", false, vec!["family_history"]);
    }
    if a.yes("spine_structure") {
        add("spine_structure", false, vec!["spine_structure"]);
    }
    out
}
