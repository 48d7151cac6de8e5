//! Chooses advice from the library for this assessment, most useful first.
//!
//! The first item says what to do now (one per triage level); then come the
//! items that limit this result (under 16, unanswered warning signs). Below
//! `urgent` a personal plan follows, ordered by how much each item matters for
//! this person: the pattern their answers fit first, then mood, movement,
//! pain relief, work, exercise, home and prevention. Every item names the
//! answers that chose it: advice that fits everyone (how the back works, what
//! a doctor does) is a topic of the library ([`Advice::TOPICS`]), never chosen.

use super::answers::Answers;
use super::assessment::{Assessment, Finding, Triage};
use super::facts::{age_at_least, lasting_4_weeks, leg_symptoms, yes_ids};
use super::ids::{Pattern, Risk};
use super::questions::{Opt, Q};

crate::ids! {
    /// The advice library: items the engine chooses for a person (each with
    /// the answers that chose it), then the topics everyone can open.
    pub enum Advice {
        // What to do now, and what limits this result.
        EmergencyNow = "emergency_now",
        UrgentToday = "urgent_today",
        BookAppointment = "book_appointment",
        SelfCarePlan = "self_care_plan",
        Under16 = "under_16",
        UnansweredWarningSigns = "unanswered_warning_signs",
        // What the answers fit.
        Sciatica = "sciatica",
        InflammatoryPain = "inflammatory_pain",
        StressFractureRest = "stress_fracture_rest",
        // At home.
        StayActive = "stay_active",
        PainMedicines = "pain_medicines",
        HeatAndIce = "heat_and_ice",
        SleepPositions = "sleep_positions",
        MoodAndWorry = "mood_and_worry",
        LongLastingPain = "long_lasting_pain",
        // At work.
        LiftingSafely = "lifting_safely",
        DeskAndStanding = "desk_and_standing",
        VibrationAtWork = "vibration_at_work",
        // Exercise and running.
        BackExercise = "back_exercise",
        GetMoving = "get_moving",
        WeekendWarrior = "weekend_warrior",
        StenosisWalking = "stenosis_walking",
        RunningReturn = "running_return",
        RunnerLegPain = "runner_leg_pain",
        // Prevention.
        HealthyWeight = "healthy_weight",
        BoneHealth = "bone_health",
        StopSmoking = "stop_smoking",
        Alcohol = "alcohol",
        // Topics: library text for everyone, never chosen ([`Advice::TOPICS`]).
        WhatIsHappening = "what_is_happening",
        HowLongItLasts = "how_long_it_lasts",
        WhatADoctorDoes = "what_a_doctor_does",
        SkipUnhelpfulTreatments = "skip_unhelpful_treatments",
        PreventNextEpisode = "prevent_next_episode",
    }
}

impl Advice {
    /// General topics everyone can open on the result ("More about back
    /// pain"): they fit every person, so the engine never chooses them.
    pub const TOPICS: &'static [Advice] = &[
        Advice::WhatIsHappening,
        Advice::HowLongItLasts,
        Advice::WhatADoctorDoes,
        Advice::SkipUnhelpfulTreatments,
        Advice::PreventNextEpisode,
    ];

    /// Whether the engine can choose this item (every item but the topics).
    pub fn is_chosen(self) -> bool {
        !Self::TOPICS.contains(&self)
    }
}

pub(super) fn advice(a: &Answers, r: &Assessment) -> Vec<Finding<Advice>> {
    let mut out: Vec<Finding<Advice>> = Vec::new();
    let reason_because = |level: Triage| {
        let mut ids: Vec<Q> = Vec::new();
        for reason in r.reasons.iter().filter(|x| x.level == level) {
            push_unique(&mut ids, &reason.because);
        }
        ids
    };

    // What to do now: one item for the level, then what limits this result.
    match r.triage {
        Triage::Emergency => out.push(item(
            Advice::EmergencyNow,
            reason_because(Triage::Emergency),
        )),
        Triage::Urgent => out.push(item(Advice::UrgentToday, reason_because(Triage::Urgent))),
        Triage::SeeGp => out.push(item(Advice::BookAppointment, reason_because(Triage::SeeGp))),
        Triage::SelfCare => out.push(item(
            Advice::SelfCarePlan,
            answered(a, &[Q::Duration, Q::Improving, Q::RestEases]),
        )),
    }
    if !r.in_scope {
        out.push(item(Advice::Under16, vec![Q::Age]));
    }
    if !r.unanswered_red_flags.is_empty() {
        out.push(item(
            Advice::UnansweredWarningSigns,
            r.unanswered_red_flags.clone(),
        ));
    }
    // Emergency and urgent results, and any with a cauda equina question
    // open, carry the action alone: nothing to read on the way that could
    // dilute it, on screen or in the data (2026-11-27 and 2026-12-02 rules).
    if r.action_only() {
        return out;
    }

    // A personal plan, most useful first. Every item names the answers that
    // chose it; items with none are not chosen.
    let mut plan: Vec<Finding<Advice>> = Vec::new();
    let mut add = |id: Advice, because: Vec<Q>| {
        if !because.is_empty() {
            plan.push(item(id, because));
        }
    };
    let pattern = |id| {
        r.patterns
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.because.clone())
            .unwrap_or_default()
    };
    let runs = a.yes(Q::Runs);
    let legs = a.is(Q::PainReach, Opt::BelowKnee)
        || a.is(Q::PainReach, Opt::ButtockOrThigh)
        || leg_symptoms(a);

    // A possible stress fracture says one thing: rest from what hurts until seen.
    let stress_fracture = pattern(Pattern::Spondylolysis);
    let resting = !stress_fracture.is_empty();
    add(Advice::StressFractureRest, stress_fracture);
    add(Advice::Sciatica, pattern(Pattern::Radicular));
    add(Advice::InflammatoryPain, pattern(Pattern::Inflammatory));
    add(Advice::StenosisWalking, pattern(Pattern::Stenosis));
    if runs && !resting {
        if legs {
            let mut because = vec![Q::Runs];
            push_unique(
                &mut because,
                &answered_choices(a, &[Q::PainReach, Q::LegPainSide]),
            );
            push_unique(&mut because, &yes_ids(a, &[Q::PainWhenRunning]));
            add(Advice::RunnerLegPain, because);
        } else {
            let mut because = vec![Q::Runs];
            because.extend(yes_ids(a, &[Q::PainWhenRunning]));
            add(Advice::RunningReturn, because);
        }
    }
    let mood = yes_ids(
        a,
        &[Q::FearOfMovement, Q::Worry, Q::Catastrophising, Q::LowMood],
    );
    add(Advice::MoodAndWorry, mood);
    if !resting {
        let mut because = answered(a, &[Q::Duration]);
        if a.is(Q::Improving, Opt::Better) || a.is(Q::Improving, Opt::Same) {
            because.push(Q::Improving);
        }
        add(Advice::StayActive, because);
    }
    if r.in_scope && a.int(Q::PainNow).is_some_and(|p| p >= 3) {
        let mut because = vec![Q::PainNow];
        // The cautions name age 65 and over, and long-term steroid tablets
        // (stomach bleeding), asked with osteoporosis as bone risk.
        if age_at_least(a, 65) {
            because.push(Q::Age);
        }
        because.extend(yes_ids(a, &[Q::BoneRisk]));
        add(Advice::PainMedicines, because);
    }

    // At work.
    let work = |o| a.includes(Q::WorkDemands, o);
    let onset = |o| a.includes(Q::OnsetActivity, o);
    let mut lifting = Vec::new();
    if work(Opt::HeavyLifting) || work(Opt::TwistingBending) {
        lifting.push(Q::WorkDemands);
    }
    if onset(Opt::Lifting) || onset(Opt::Twisting) {
        lifting.push(Q::OnsetActivity);
    }
    add(Advice::LiftingSafely, lifting);
    let mut posture = Vec::new();
    if work(Opt::LongSitting) || work(Opt::LongStanding) {
        posture.push(Q::WorkDemands);
    }
    if onset(Opt::LongSitting) || onset(Opt::LongStanding) {
        posture.push(Q::OnsetActivity);
    }
    add(Advice::DeskAndStanding, posture);
    if work(Opt::Vibration) {
        add(Advice::VibrationAtWork, vec![Q::WorkDemands]);
    }

    // Exercise.
    if a.is(Q::Activity, Opt::Inactive) {
        add(Advice::GetMoving, vec![Q::Activity]);
    }
    let mut weekend = Vec::new();
    if a.is(Q::Activity, Opt::WeekendOnly) {
        weekend.push(Q::Activity);
    }
    if onset(Opt::OtherSport) {
        weekend.push(Q::OnsetActivity);
    }
    add(Advice::WeekendWarrior, weekend);
    let weeks = lasting_4_weeks(a);
    if weeks && !resting {
        add(Advice::BackExercise, vec![Q::Duration]);
        add(Advice::LongLastingPain, vec![Q::Duration]);
    }

    // At home.
    add(
        Advice::SleepPositions,
        yes_ids(a, &[Q::NightPain, Q::WakesSecondHalfNight]),
    );
    if a.int(Q::PainNow).is_some_and(|p| p >= 3) {
        add(Advice::HeatAndIce, vec![Q::PainNow]);
    }

    // Prevention.
    let has_risk = |id| r.risk_factors.iter().any(|f| f.id == id);
    if has_risk(Risk::ExcessWeight) {
        add(Advice::HealthyWeight, vec![Q::HeightCm, Q::WeightKg]);
    }
    let mut bones = yes_ids(a, &[Q::BoneRisk]);
    if age_at_least(a, 50) {
        bones.push(Q::Age);
    }
    add(Advice::BoneHealth, bones);
    if a.yes(Q::Smoking) {
        add(Advice::StopSmoking, vec![Q::Smoking]);
    }
    if has_risk(Risk::Alcohol) {
        add(Advice::Alcohol, vec![Q::AlcoholUnitsWeek]);
    }

    out.extend(plan);
    out
}

fn item(id: Advice, because: Vec<Q>) -> Finding<Advice> {
    Finding { id, because }
}

/// The ids among `ids` the person answered (not "not sure").
fn answered(a: &Answers, ids: &[Q]) -> Vec<Q> {
    ids.iter().copied().filter(|&id| a.known(id)).collect()
}

/// The choice questions among `ids` answered with anything but their first,
/// calmest option (no leg pain, back only).
fn answered_choices(a: &Answers, ids: &[Q]) -> Vec<Q> {
    ids.iter()
        .copied()
        .filter(|&id| {
            a.choice(id)
                .is_some_and(|c| !matches!(c, Opt::None | Opt::BackOnly))
        })
        .collect()
}

fn push_unique(ids: &mut Vec<Q>, more: &[Q]) {
    for &id in more {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
}

/// A stable insertion sort by key, for the short lists the engine and flow
/// sort (a few dozen items at most). Each use of the standard library's
/// stable sort puts about 3 KB of sorting code in the wasm; this is tiny.
pub fn sort_small_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}
