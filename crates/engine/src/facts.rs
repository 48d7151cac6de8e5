//! Facts about the answers that several rules read, each written once, so
//! that a rule and its neighbour cannot come to disagree on what "lasting
//! four weeks" or "leg symptoms" means.

use crate::answers::Answers;
use crate::questions::{Opt, Q};

/// The pain has lasted 4 weeks or more (subacute or chronic, NICE NG59).
pub(crate) fn lasting_4_weeks(a: &Answers) -> bool {
    matches!(
        a.choice(Q::Duration),
        Some(Opt::Weeks4To12 | Opt::Over12Weeks)
    )
}

/// Symptoms in one leg or both (pain, numbness, tingling or weakness).
pub(crate) fn leg_symptoms(a: &Answers) -> bool {
    matches!(a.choice(Q::LegPainSide), Some(Opt::OneLeg | Opt::BothLegs))
}

/// Any weakness in a leg: stable, getting worse, or severe or sudden.
pub(crate) fn weak(a: &Answers) -> bool {
    matches!(
        a.choice(Q::LegWeakness),
        Some(Opt::Stable | Opt::Worsening | Opt::SevereOrSudden)
    )
}

/// The ids among `ids` that were answered "yes".
pub(crate) fn yes_ids(a: &Answers, ids: &[Q]) -> Vec<Q> {
    ids.iter().copied().filter(|&id| a.yes(id)).collect()
}

/// The person is at least `years` old; an unknown age is not.
pub(crate) fn age_at_least(a: &Answers, years: i64) -> bool {
    a.int(Q::Age).is_some_and(|age| age >= years)
}

/// This episode is under 12 weeks old: new pain. An unknown duration counts
/// as new (the safer reading).
pub(crate) fn new_episode(a: &Answers) -> bool {
    !a.is(Q::Duration, Opt::Over12Weeks)
}

/// An injury dated more than 4 weeks ago that started an episode of under a
/// week: the two answers disagree (2026-12-02 rules).
pub(crate) fn injury_date_disagrees(a: &Answers) -> bool {
    matches!(a.choice(Q::Injury), Some(Opt::Minor | Opt::Major))
        && a.is(Q::InjuryWhen, Opt::LongerAgo)
        && a.is(Q::Duration, Opt::Under1Week)
}

/// The injury happened in the last 4 weeks. A missing date counts as recent,
/// and so does a date that disagrees with the episode's length (the safer
/// reading of a contradiction).
pub(crate) fn injury_recent(a: &Answers) -> bool {
    !a.is(Q::InjuryWhen, Opt::LongerAgo) || injury_date_disagrees(a)
}
