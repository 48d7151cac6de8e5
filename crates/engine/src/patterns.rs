//! What the answers may fit. These are patterns, never diagnoses: the result
//! says "your answers fit ..." and a clinician confirms.

use super::answers::Answers;
use super::assessment::Finding;
use super::facts::{age_at_least, leg_symptoms, weak, yes_ids};
use super::ids::Pattern;
use super::questions::{Opt, Q};

/// `signs_open`: a red flag was found, or a warning sign is unanswered or
/// "not sure". Non-specific pain has no red flags by definition, so it is not
/// offered then: the result says what is still to be checked instead
/// (2026-12-02 rules).
pub(super) fn patterns(a: &Answers, signs_open: bool) -> Vec<Finding<Pattern>> {
    let mut out = Vec::new();
    if let Some(f) = radicular(a) {
        out.push(f);
    }
    if let Some(f) = stenosis(a) {
        out.push(f);
    }
    if let Some(f) = inflammatory(a) {
        out.push(f);
    }
    if let Some(f) = spondylolysis(a) {
        out.push(f);
    }
    // Non-specific (mechanical) back pain is what remains when nothing else fits.
    if out.is_empty() && !signs_open {
        if let Some(f) = non_specific(a) {
            out.push(f);
        }
    }
    out
}

/// Nerve-root pain (sciatica): pain below the knee, or leg symptoms with
/// numbness or weakness.
fn radicular(a: &Answers) -> Option<Finding<Pattern>> {
    let below_knee = a.is(Q::PainReach, Opt::BelowKnee);
    let legs = leg_symptoms(a);
    let numb = a.yes(Q::LegNumbness);
    let weakness = weak(a);
    if !(below_knee || (legs && (numb || weakness))) {
        return None;
    }
    let mut because = Vec::new();
    if below_knee {
        because.push(Q::PainReach);
    }
    if legs {
        because.push(Q::LegPainSide);
    }
    if numb {
        because.push(Q::LegNumbness);
    }
    if weakness {
        because.push(Q::LegWeakness);
    }
    Some(Finding {
        id: Pattern::Radicular,
        because,
    })
}

/// Whether the answers fit the stenosis pattern (see [`stenosis`]): it builds
/// up over months, so it needs pain of 12 weeks or more (2026-12-02 rules).
pub(super) fn stenosis_pattern(a: &Answers) -> bool {
    a.yes(Q::WalkingLegPain) && age_at_least(a, 50) && a.is(Q::Duration, Opt::Over12Weeks)
}

/// Narrowing of the spinal canal (neurogenic claudication): leg pain on walking
/// or standing, eased by sitting or bending forward, usually after 50, built
/// up over months. (At
/// any age the same answer needs a clinician: a reason in `triage`.)
fn stenosis(a: &Answers) -> Option<Finding<Pattern>> {
    if !stenosis_pattern(a) {
        return None;
    }
    let mut because = vec![Q::WalkingLegPain, Q::Age];
    if leg_symptoms(a) {
        because.push(Q::LegPainSide);
    }
    because.push(Q::Duration);
    Some(Finding {
        id: Pattern::Stenosis,
        because,
    })
}

/// Inflammatory back pain (ASAS expert criteria): back pain of 3 months or
/// more with at least four of the five features. "Onset before 40" reads the
/// age the pain began when the person gave it, else the age now (someone under
/// 40 now also began under 40).
fn inflammatory(a: &Answers) -> Option<Finding<Pattern>> {
    if !a.is(Q::Duration, Opt::Over12Weeks) {
        return None;
    }
    let mut features = Vec::new();
    match (a.int(Q::OnsetAge), a.int(Q::Age)) {
        (Some(onset), _) if onset < 40 => features.push(Q::OnsetAge),
        (None, Some(age)) if age < 40 => features.push(Q::Age),
        _ => {}
    }
    if a.includes(Q::OnsetActivity, Opt::NoneKnown)
        && !matches!(a.choice(Q::Injury), Some(Opt::Minor | Opt::Major))
    {
        features.push(Q::OnsetActivity);
    }
    features.extend(yes_ids(a, &[Q::BetterWithExercise]));
    if a.bool(Q::RestEases) == Some(false) {
        features.push(Q::RestEases);
    }
    features.extend(yes_ids(a, &[Q::WakesSecondHalfNight]));
    if features.len() < 4 {
        return None;
    }
    features.push(Q::Duration);
    features.extend(yes_ids(a, &[Q::MorningStiffness]));
    Some(Finding {
        id: Pattern::Inflammatory,
        because: features,
    })
}

/// A stress fracture of the vertebra's arch: a young athlete whose pain is
/// worse on arching the back.
fn spondylolysis(a: &Answers) -> Option<Finding<Pattern>> {
    let young = a.int(Q::Age).is_some_and(|age| age <= 25);
    if !(young && a.yes(Q::ExtensionPain)) {
        return None;
    }
    let mut because = vec![Q::Age, Q::ExtensionPain];
    because.extend(yes_ids(a, &[Q::Runs, Q::PainWhenRunning]));
    if a.includes(Q::OnsetActivity, Opt::Running) || a.includes(Q::OnsetActivity, Opt::OtherSport) {
        because.push(Q::OnsetActivity);
    }
    if because.len() == 2 {
        return None; // not an athlete
    }
    Some(Finding {
        id: Pattern::Spondylolysis,
        because,
    })
}

/// Mechanical pain in the back, perhaps into the buttock or thigh.
fn non_specific(a: &Answers) -> Option<Finding<Pattern>> {
    if !matches!(
        a.choice(Q::PainReach),
        Some(Opt::BackOnly | Opt::ButtockOrThigh)
    ) {
        return None;
    }
    let mut because = vec![Q::PainReach];
    if a.has(Q::LegNumbness) && !a.yes(Q::LegNumbness) {
        because.push(Q::LegNumbness);
    }
    because.extend(yes_ids(a, &[Q::RestEases]));
    const MECHANICAL: &[Opt] = &[
        Opt::Lifting,
        Opt::Twisting,
        Opt::Running,
        Opt::OtherSport,
        Opt::LongSitting,
        Opt::LongStanding,
    ];
    if a.multi(Q::OnsetActivity)
        .iter()
        .any(|o| MECHANICAL.contains(o))
    {
        because.push(Q::OnsetActivity);
    }
    Some(Finding {
        id: Pattern::NonSpecific,
        because,
    })
}
