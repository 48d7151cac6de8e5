//! Risk factors for back pain named by the source article, modifiable first:
//! advice targets the ones a person can change.

use super::answers::Answers;
use super::assessment::RiskFactor;
use super::facts::yes_ids;
use super::ids::Risk;
use super::questions::{Opt, Q};

/// A body mass index of 25 or more counts as excess weight.
const BMI_OVERWEIGHT: i64 = 25;
/// More than 14 units a week is above the low-risk drinking guideline.
const ALCOHOL_UNITS_LIMIT: i64 = 14;

pub(super) fn risk_factors(a: &Answers) -> Vec<RiskFactor> {
    let mut out = Vec::new();
    let mut add = |id: Risk, because: Vec<Q>| {
        out.push(RiskFactor {
            id,
            modifiable: id.modifiable(),
            because,
        })
    };

    // Modifiable.
    if let (Some(h), Some(w)) = (a.int(Q::HeightCm), a.int(Q::WeightKg)) {
        // BMI = kg / m^2, kept in integers: w * 10000 / h^2 >= 25. (Heights
        // start at 50 cm in the question table: no division by zero to guard.)
        if w * 10_000 >= BMI_OVERWEIGHT * h * h {
            add(Risk::ExcessWeight, vec![Q::HeightCm, Q::WeightKg]);
        }
    }
    match a.choice(Q::Activity) {
        Some(Opt::Inactive) => add(Risk::Inactivity, vec![Q::Activity]),
        Some(Opt::WeekendOnly) => add(Risk::WeekendWarrior, vec![Q::Activity]),
        _ => {}
    }
    if a.yes(Q::Smoking) {
        add(Risk::Smoking, vec![Q::Smoking]);
    }
    if a.int(Q::AlcoholUnitsWeek)
        .is_some_and(|u| u > ALCOHOL_UNITS_LIMIT)
    {
        add(Risk::Alcohol, vec![Q::AlcoholUnitsWeek]);
    }
    let work = |option| a.includes(Q::WorkDemands, option);
    if work(Opt::HeavyLifting) || work(Opt::TwistingBending) {
        add(Risk::WorkLifting, vec![Q::WorkDemands]);
    }
    if work(Opt::LongSitting) || work(Opt::LongStanding) {
        add(Risk::WorkPosture, vec![Q::WorkDemands]);
    }
    if work(Opt::Vibration) {
        add(Risk::WorkVibration, vec![Q::WorkDemands]);
    }
    let mood = yes_ids(a, &[Q::LowMood, Q::Worry]);
    if !mood.is_empty() {
        add(Risk::MoodAndStress, mood);
    }

    // Not modifiable.
    if a.int(Q::Age).is_some_and(|age| age > 30) {
        add(Risk::AgeOver30, vec![Q::Age]);
    }
    if a.yes(Q::FamilyHistory) {
        add(Risk::FamilyHistory, vec![Q::FamilyHistory]);
    }
    if a.yes(Q::SpineStructure) {
        add(Risk::SpineStructure, vec![Q::SpineStructure]);
    }
    out
}
