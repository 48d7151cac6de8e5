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
