//! The body diagram as data: which regions hurt, and how that selection maps
//! to the answers of `pain_reach` and `leg_pain_side` (and back).
//!
//! Two ways lead to the same answers. A tap on the diagram toggles a region
//! and then derives both answers from the selection ([`BodySelection::answers`]).
//! A radio answer reconciles the selection with the answers
//! ([`BodySelection::reconcile`]): regions that still agree stay, regions an
//! answer requires are added, regions an answer forbids are removed.
//!
//! Some pairs of answers cannot be drawn (for example "lower back only" with
//! "one leg", which the engine reports as a contradiction, or "buttock or
//! thigh" with "no leg symptoms", since a buttock or thigh region is on a
//! leg's side). For those, forbidding wins: the diagram shows no leg region
//! that one of the answers rules out, and the answers are left as given until
//! the person taps the diagram again.

use crate::engine::Opt;

/// One tappable area of the body diagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    LowerBack,
    /// The left buttock or thigh (the person's left).
    LeftUpperLeg,
    RightUpperLeg,
    /// The left leg below the knee.
    LeftLowerLeg,
    RightLowerLeg,
}

/// The person's left or right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Left, Side::Right];
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::LowerBack,
        Region::LeftUpperLeg,
        Region::RightUpperLeg,
        Region::LeftLowerLeg,
        Region::RightLowerLeg,
    ];

    /// A stable id for markup and tests (`data-region`).
    pub fn id(self) -> &'static str {
        match self {
            Region::LowerBack => "lower_back",
            Region::LeftUpperLeg => "left_upper_leg",
            Region::RightUpperLeg => "right_upper_leg",
            Region::LeftLowerLeg => "left_lower_leg",
            Region::RightLowerLeg => "right_lower_leg",
        }
    }

    pub fn from_id(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The leg this region belongs to; `None` for the lower back.
    pub fn side(self) -> Option<Side> {
        match self {
            Region::LowerBack => None,
            Region::LeftUpperLeg | Region::LeftLowerLeg => Some(Side::Left),
            Region::RightUpperLeg | Region::RightLowerLeg => Some(Side::Right),
        }
    }

    pub fn is_upper_leg(self) -> bool {
        matches!(self, Region::LeftUpperLeg | Region::RightUpperLeg)
    }

    pub fn is_lower_leg(self) -> bool {
        matches!(self, Region::LeftLowerLeg | Region::RightLowerLeg)
    }

    pub fn upper_leg(side: Side) -> Region {
        match side {
            Side::Left => Region::LeftUpperLeg,
            Side::Right => Region::RightUpperLeg,
        }
    }

    pub fn lower_leg(side: Side) -> Region {
        match side {
            Side::Left => Region::LeftLowerLeg,
            Side::Right => Region::RightLowerLeg,
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The regions marked as painful: a small set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BodySelection(u8);

impl BodySelection {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn of(regions: &[Region]) -> Self {
        let mut s = Self::new();
        for &r in regions {
            s.insert(r);
        }
        s
    }

    pub fn contains(self, r: Region) -> bool {
        self.0 & r.bit() != 0
    }

    pub fn insert(&mut self, r: Region) {
        self.0 |= r.bit();
    }

    pub fn remove(&mut self, r: Region) {
        self.0 &= !r.bit();
    }

    pub fn toggle(&mut self, r: Region) {
        self.0 ^= r.bit();
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The selected regions, in [`Region::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Region> {
        Region::ALL.into_iter().filter(move |r| self.contains(*r))
    }

    /// Any region on this leg's side.
    pub fn has_leg(self, side: Side) -> bool {
        self.contains(Region::upper_leg(side)) || self.contains(Region::lower_leg(side))
    }

    /// The sides with at least one leg region.
    pub fn sides(self) -> Vec<Side> {
        Side::BOTH
            .into_iter()
            .filter(|s| self.has_leg(*s))
            .collect()
    }

    /// The answers this selection gives: `(pain_reach, leg_pain_side)`.
    /// Both are `None` when nothing is selected.
    pub fn answers(self) -> (Option<Opt>, Option<Opt>) {
        if self.is_empty() {
            return (None, None);
        }
        let reach = if self.iter().any(Region::is_lower_leg) {
            Opt::BelowKnee
        } else if self.iter().any(Region::is_upper_leg) {
            Opt::ButtockOrThigh
        } else {
            Opt::BackOnly
        };
        let side = match self.sides().len() {
            0 => Opt::None,
            1 => Opt::OneLeg,
            _ => Opt::BothLegs,
        };
        (Some(reach), Some(side))
    }

    /// The selection that shows the given answers, keeping what still agrees
    /// with them. `reach` is the answer to `pain_reach`, `side` the answer to
    /// `leg_pain_side`; either may be unanswered.
    pub fn reconcile(self, reach: Option<Opt>, side: Option<Opt>) -> BodySelection {
        let mut out = self;
        let legs_forbidden = reach == Some(Opt::BackOnly) || side == Some(Opt::None);

        // The legs the answers point to, chosen before anything is removed
        // so a change of reach stays on the leg the person marked.
        let marked = self.sides();
        let chosen: Vec<Side> = match side {
            Some(Opt::BothLegs) => Side::BOTH.to_vec(),
            Some(Opt::OneLeg) => {
                let lower = Side::BOTH
                    .into_iter()
                    .find(|s| self.contains(Region::lower_leg(*s)));
                vec![lower.or(marked.first().copied()).unwrap_or(Side::Left)]
            }
            Some(_) => Vec::new(),
            None if marked.is_empty()
                && matches!(reach, Some(Opt::ButtockOrThigh | Opt::BelowKnee)) =>
            {
                vec![Side::Left]
            }
            None => marked,
        };

        // Forbid.
        for s in Side::BOTH {
            if legs_forbidden || (side.is_some() && !chosen.contains(&s)) {
                out.remove(Region::upper_leg(s));
                out.remove(Region::lower_leg(s));
            }
            if reach == Some(Opt::ButtockOrThigh) {
                out.remove(Region::lower_leg(s));
            }
        }

        // Require.
        if legs_forbidden {
            if reach == Some(Opt::BackOnly) || (reach.is_none() && out.is_empty()) {
                out.insert(Region::LowerBack);
            }
            return out;
        }
        let level = |s: Side| match reach {
            Some(Opt::BelowKnee) => Region::lower_leg(s),
            _ => Region::upper_leg(s),
        };
        for &s in &chosen {
            if !out.has_leg(s) {
                out.insert(level(s));
            }
        }
        if reach == Some(Opt::BelowKnee) && !out.iter().any(Region::is_lower_leg) {
            for &s in &chosen {
                out.insert(Region::lower_leg(s));
            }
        }
        out
    }
}

#[cfg(test)]
mod body_tests {
    use super::*;
    use Region::*;

    const REACH: [Option<Opt>; 4] = [
        None,
        Some(Opt::BackOnly),
        Some(Opt::ButtockOrThigh),
        Some(Opt::BelowKnee),
    ];
    /// `(pain_reach, leg_pain_side)`.
    type Pair = (Option<Opt>, Option<Opt>);

    const SIDE: [Option<Opt>; 4] = [
        None,
        Some(Opt::None),
        Some(Opt::OneLeg),
        Some(Opt::BothLegs),
    ];

    fn all_selections() -> impl Iterator<Item = BodySelection> {
        (0u8..32).map(BodySelection)
    }

    fn sel(regions: &[Region]) -> BodySelection {
        BodySelection::of(regions)
    }

    /// Pairs some selection can show.
    fn drawable(reach: Option<Opt>, side: Option<Opt>) -> bool {
        all_selections().any(|s| {
            let (r, d) = s.answers();
            reach.is_none_or(|x| r == Some(x)) && side.is_none_or(|x| d == Some(x))
        })
    }

    #[test]
    fn ids_round_trip() {
        for r in Region::ALL {
            assert_eq!(Region::from_id(r.id()), Some(r));
        }
        assert_eq!(Region::from_id("left_upper_leg"), Some(LeftUpperLeg));
        assert_eq!(Region::from_id("knee"), None);
    }

    #[test]
    fn taps_give_the_right_answers() {
        let cases: &[(&[Region], Pair)] = &[
            (&[], (None, None)),
            (&[LowerBack], (Some(Opt::BackOnly), Some(Opt::None))),
            (
                &[LeftUpperLeg],
                (Some(Opt::ButtockOrThigh), Some(Opt::OneLeg)),
            ),
            (
                &[LowerBack, RightUpperLeg],
                (Some(Opt::ButtockOrThigh), Some(Opt::OneLeg)),
            ),
            (&[LeftLowerLeg], (Some(Opt::BelowKnee), Some(Opt::OneLeg))),
            (
                &[LeftLowerLeg, RightUpperLeg],
                (Some(Opt::BelowKnee), Some(Opt::BothLegs)),
            ),
            (
                &[LeftUpperLeg, RightUpperLeg],
                (Some(Opt::ButtockOrThigh), Some(Opt::BothLegs)),
            ),
            (
                &[LeftUpperLeg, LeftLowerLeg],
                (Some(Opt::BelowKnee), Some(Opt::OneLeg)),
            ),
            (
                &[LowerBack, LeftLowerLeg, RightLowerLeg],
                (Some(Opt::BelowKnee), Some(Opt::BothLegs)),
            ),
        ];
        for (regions, want) in cases {
            assert_eq!(sel(regions).answers(), *want, "{regions:?}");
        }
    }

    #[test]
    fn toggling_twice_clears() {
        let mut s = sel(&[LowerBack]);
        s.toggle(RightLowerLeg);
        assert!(s.contains(RightLowerLeg));
        s.toggle(RightLowerLeg);
        assert_eq!(s, sel(&[LowerBack]));
        s.toggle(LowerBack);
        assert!(s.is_empty());
        assert_eq!(s.answers(), (None, None));
    }

    #[test]
    fn regions_stay_independent() {
        let s = sel(&[LeftLowerLeg]);
        assert!(
            !s.contains(LeftUpperLeg),
            "a lower leg does not mark the thigh"
        );
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![LeftLowerLeg]);
    }

    #[test]
    fn radio_answers_give_a_matching_selection() {
        let empty = BodySelection::new();
        let cases: &[(Option<Opt>, Option<Opt>, &[Region])] = &[
            (Some(Opt::BackOnly), None, &[LowerBack]),
            (Some(Opt::BackOnly), Some(Opt::None), &[LowerBack]),
            (None, Some(Opt::None), &[LowerBack]),
            (Some(Opt::ButtockOrThigh), None, &[LeftUpperLeg]),
            (Some(Opt::BelowKnee), None, &[LeftLowerLeg]),
            (None, Some(Opt::OneLeg), &[LeftUpperLeg]),
            (None, Some(Opt::BothLegs), &[LeftUpperLeg, RightUpperLeg]),
            (
                Some(Opt::BelowKnee),
                Some(Opt::BothLegs),
                &[LeftLowerLeg, RightLowerLeg],
            ),
            (
                Some(Opt::ButtockOrThigh),
                Some(Opt::OneLeg),
                &[LeftUpperLeg],
            ),
        ];
        for (reach, side, want) in cases {
            assert_eq!(
                empty.reconcile(*reach, *side),
                sel(want),
                "{reach:?} {side:?}"
            );
        }
    }

    #[test]
    fn reconcile_keeps_what_agrees() {
        // Right thigh marked, then "below the knee": the same leg, lower down.
        let s = sel(&[RightUpperLeg]).reconcile(Some(Opt::BelowKnee), None);
        assert_eq!(s, sel(&[RightUpperLeg, RightLowerLeg]));
        // Right shin marked, then "buttock or thigh": moves up the same leg.
        let s = sel(&[LowerBack, RightLowerLeg]).reconcile(Some(Opt::ButtockOrThigh), None);
        assert_eq!(s, sel(&[LowerBack, RightUpperLeg]));
        // Left shin marked, then "both legs": the other leg at the same level.
        let s = sel(&[LeftLowerLeg]).reconcile(Some(Opt::BelowKnee), Some(Opt::BothLegs));
        assert_eq!(s, sel(&[LeftLowerLeg, RightLowerLeg]));
        // Both legs marked, then "one leg": keeps the leg with pain below the knee.
        let s =
            sel(&[LeftUpperLeg, RightLowerLeg]).reconcile(Some(Opt::BelowKnee), Some(Opt::OneLeg));
        assert_eq!(s, sel(&[RightLowerLeg]));
        // "No leg symptoms" removes every leg region, keeps the back.
        let s = sel(&[LowerBack, LeftLowerLeg, RightUpperLeg]).reconcile(None, Some(Opt::None));
        assert_eq!(s, sel(&[LowerBack]));
        // "Lower back only" removes the legs and marks the back.
        let s = sel(&[LeftUpperLeg]).reconcile(Some(Opt::BackOnly), Some(Opt::OneLeg));
        assert_eq!(s, sel(&[LowerBack]));
    }

    #[test]
    fn round_trips_never_contradict() {
        for start in all_selections() {
            for reach in REACH {
                for side in SIDE {
                    let s = start.reconcile(reach, side);
                    let (r, d) = s.answers();
                    let label = format!("{start:?} {reach:?} {side:?} -> {s:?}");
                    if drawable(reach, side) {
                        // Every answer given is shown exactly.
                        if reach.is_some() {
                            assert_eq!(r, reach, "{label}");
                        }
                        if side.is_some() {
                            assert_eq!(d, side, "{label}");
                        }
                    } else {
                        // Cannot be drawn: no leg region that an answer forbids.
                        assert!(s.sides().is_empty(), "{label}");
                    }
                    if reach.is_none() && side.is_none() {
                        assert_eq!(s, start, "no answer changes nothing");
                    }
                    // A selection that already shows its answers is left alone.
                    let (sr, sd) = start.answers();
                    assert_eq!(start.reconcile(sr, sd), start, "{start:?}");
                }
            }
        }
    }

    #[test]
    fn pairs_that_cannot_be_drawn() {
        let mut undrawable = Vec::new();
        for reach in REACH {
            for side in SIDE {
                if !drawable(reach, side) {
                    undrawable.push((reach.unwrap(), side.unwrap()));
                }
            }
        }
        assert_eq!(
            undrawable,
            vec![
                (Opt::BackOnly, Opt::OneLeg),
                (Opt::BackOnly, Opt::BothLegs),
                (Opt::ButtockOrThigh, Opt::None),
                (Opt::BelowKnee, Opt::None),
            ]
        );
    }

    mod through_the_flow {
        use super::*;
        use crate::engine::Value;
        use crate::engine::Q;
        use crate::{Action, Flow};

        fn answers(f: &Flow) -> (Option<Opt>, Option<Opt>) {
            (
                f.answers.choice(Q::PainReach),
                f.answers.choice(Q::LegPainSide),
            )
        }

        #[test]
        fn taps_answer_both_questions() {
            let f = Flow::new().reduce(Action::TapBody(LeftLowerLeg));
            assert_eq!(answers(&f), (Some(Opt::BelowKnee), Some(Opt::OneLeg)));
            let f = f.reduce(Action::TapBody(RightUpperLeg));
            assert_eq!(answers(&f), (Some(Opt::BelowKnee), Some(Opt::BothLegs)));
            let f = f.reduce(Action::TapBody(LeftLowerLeg));
            assert_eq!(answers(&f), (Some(Opt::ButtockOrThigh), Some(Opt::OneLeg)));
            let f = f.reduce(Action::TapBody(RightUpperLeg));
            assert_eq!(
                answers(&f),
                (None, None),
                "nothing marked, nothing answered"
            );
            assert!(f.body.is_empty());
        }

        #[test]
        fn radio_answers_update_the_diagram() {
            let f = Flow::new()
                .reduce(Action::Answer(Q::PainReach, Value::Choice(Opt::BelowKnee)))
                .reduce(Action::Answer(Q::LegPainSide, Value::Choice(Opt::BothLegs)));
            assert_eq!(f.body, sel(&[LeftLowerLeg, RightLowerLeg]));
            let f = f.reduce(Action::Answer(Q::LegPainSide, Value::Choice(Opt::None)));
            assert!(f.body.sides().is_empty());
            let f = f.reduce(Action::Answer(Q::PainReach, Value::Choice(Opt::BackOnly)));
            assert_eq!(f.body, sel(&[LowerBack]));
            assert_eq!(f.body.answers(), answers(&f));
        }

        #[test]
        fn other_answers_leave_the_diagram_alone() {
            let f = Flow::new()
                .reduce(Action::TapBody(RightLowerLeg))
                .reduce(Action::Answer(Q::LegNumbness, Value::Bool(true)));
            assert_eq!(f.body, sel(&[RightLowerLeg]));
        }

        #[test]
        fn a_tap_clears_the_problems_it_answers() {
            let mut f = Flow::new();
            f.problems.insert(Q::PainReach, crate::InputError::Required);
            let f = f.reduce(Action::TapBody(LowerBack));
            assert!(f.problems.is_empty());
        }

        #[test]
        fn restart_clears_the_diagram() {
            let f = Flow::new()
                .reduce(Action::TapBody(LowerBack))
                .reduce(Action::Restart);
            assert!(f.body.is_empty());
        }
    }
}
