//! The questionnaire's safety rule, over the reducer: no result below
//! emergency is ever shown before the cauda equina questions were on screen
//! (`shared/clinical-reference.md`, rules of 2026-11-27).
//!
//! The screens are watched from outside, as a person sees them: the tests
//! never read the flow's own record of what it showed.

use back_pain_check::engine::{
    question, Answers, Kind, Opt, Question, RawValue, Triage, Value, CAUDA_EQUINA_QUESTIONS, Q,
    QUESTIONS,
};
use back_pain_check::flow::{Action, Flow, Region, Screen, STEPS};
use proptest::prelude::*;
use proptest::sample::select;

fn step_index(id: &str) -> usize {
    STEPS.iter().position(|s| s.id == id).unwrap()
}

/// The step that holds `question`.
fn step_with(question: Q) -> usize {
    STEPS
        .iter()
        .position(|s| s.questions.iter().any(|q| q.id == question))
        .unwrap()
}

/// What a person saw: each step's index as it came on screen.
#[derive(Default)]
struct Watch {
    seen: Vec<usize>,
}

impl Watch {
    fn look(&mut self, f: &Flow) {
        if let Screen::Step(i) = f.screen {
            self.seen.push(i);
        }
    }

    fn saw_cauda_equina(&self) -> bool {
        let i = step_with(CAUDA_EQUINA_QUESTIONS[0]);
        self.seen.contains(&i)
    }

    /// The safety rule, checked on the screen the flow is on now.
    fn check(&self, f: &Flow) -> Result<(), String> {
        if f.screen != Screen::Result {
            return Ok(());
        }
        let a = f.assessment();
        if a.triage < Triage::Emergency {
            if !self.saw_cauda_equina() {
                return Err(format!(
                    "{} shown before the cauda equina questions (steps seen: {:?})",
                    a.triage.id(),
                    self.seen
                ));
            }
            for id in CAUDA_EQUINA_QUESTIONS {
                if !f.answers.has(id) {
                    return Err(format!("{} shown with {id} unanswered", a.triage.id()));
                }
            }
        }
        Ok(())
    }
}

/// Walks from the first screen, answering each question shown from `answers`
/// (or the calmest answer when `answers` has none), until a result. Returns
/// the flow and the steps seen.
fn walk(answers: &[(Q, Value)]) -> (Flow, Watch) {
    let mut f = Flow::new();
    let mut watch = Watch::default();
    watch.look(&f);
    for _ in 0..100 {
        let Screen::Step(i) = f.screen else { break };
        let shown: Vec<&'static Question> = STEPS[i].asked(&f.answers).collect();
        for q in shown {
            let value = answers
                .iter()
                .find(|(id, _)| *id == q.id)
                .map(|(_, v)| v.clone())
                .or_else(|| (!q.optional).then(|| calmest(q)));
            if let Some(v) = value {
                f = f.reduce(Action::Answer(q.id, v));
            }
        }
        f = f.reduce(Action::Next);
        watch.look(&f);
        if f.screen == Screen::Review {
            f = f.reduce(Action::Next);
            watch.look(&f);
        }
    }
    assert_eq!(f.screen, Screen::Result, "the walk ends at a result");
    (f, watch)
}

fn calmest(q: &Question) -> Value {
    match q.kind {
        Kind::Bool => Value::Bool(false),
        Kind::Int { min, max } => Value::Int(if q.id == Q::Age { 40 } else { (min + max) / 2 }),
        Kind::Choice(o) => Value::Choice(o[0]),
        Kind::Multi(o) => Value::Multi(vec![o[o.len() - 1]]),
    }
}

/// The case from the safety review: 75, a minor slip, no other warning sign.
fn slip_at_75() -> Vec<(Q, Value)> {
    vec![
        (Q::Age, Value::Int(75)),
        (Q::Duration, Value::Choice(Opt::Under1Week)),
        (Q::PainNow, Value::Int(6)),
        (Q::Improving, Value::Choice(Opt::Same)),
        (Q::RestEases, Value::Bool(true)),
        (Q::PainReach, Value::Choice(Opt::BackOnly)),
        (Q::LegPainSide, Value::Choice(Opt::None)),
        (Q::OnsetActivity, Value::Multi(vec![Opt::NoneKnown])),
        (Q::Injury, Value::Choice(Opt::Minor)),
        (Q::InjuryWhen, Value::Choice(Opt::Last7Days)),
    ]
}

#[test]
fn a_minor_slip_at_75_is_asked_every_cauda_equina_question_first() {
    let (f, watch) = walk(&slip_at_75());
    watch.check(&f).unwrap();
    let a = f.assessment();
    assert_eq!(a.triage, Triage::Urgent, "{}", a.to_json());
    assert!(a.red_flags.iter().any(|r| r.id.id() == "fracture"));
    assert!(
        watch.seen.contains(&step_index("warning_bones")),
        "an urgent early end comes only after every warning sign: {:?}",
        watch.seen
    );
}

#[test]
fn a_minor_slip_at_75_with_new_bladder_trouble_ends_at_emergency() {
    let mut answers = slip_at_75();
    answers.push((Q::BladderBowel, Value::Bool(true)));
    let (f, watch) = walk(&answers);
    let a = f.assessment();
    assert_eq!(a.triage, Triage::Emergency, "{}", a.to_json());
    assert!(a.red_flags.iter().any(|r| r.id.id() == "cauda_equina"));
    assert!(f.ended_early);
    assert_eq!(
        watch.seen.last(),
        Some(&step_with(Q::BladderBowel)),
        "ends on the cauda equina step"
    );
}

#[test]
fn going_back_from_an_urgent_result_and_changing_an_answer_counts() {
    let (f, _) = walk(&slip_at_75());
    assert_eq!(f.assessment().triage, Triage::Urgent);
    // Back to the cauda equina step by the result's own route (Edit), then
    // a new answer: it counts, and the result follows it.
    let f = f.reduce(Action::Edit(Q::BladderBowel));
    assert_eq!(f.screen, Screen::Step(step_with(Q::BladderBowel)));
    let f = f
        .reduce(Action::Answer(Q::BladderBowel, Value::Bool(true)))
        .reduce(Action::Next);
    assert_eq!(f.screen, Screen::Result);
    assert_eq!(f.assessment().triage, Triage::Emergency);
}

#[test]
fn an_edit_after_an_emergency_end_cannot_skip_the_cauda_equina_step() {
    // A big fall last week ends the flow at `onset`, before the nerve questions.
    let (f, watch) = walk(&[
        (Q::Injury, Value::Choice(Opt::Major)),
        (Q::InjuryWhen, Value::Choice(Opt::Last7Days)),
    ]);
    assert_eq!(f.assessment().triage, Triage::Emergency);
    assert!(!watch.saw_cauda_equina());
    // The person changes the injury to "none" from the result: the path to a
    // lower result must now go through every question not yet answered.
    let mut watch = watch;
    let mut f = f.reduce(Action::Edit(Q::Injury));
    f = f
        .reduce(Action::Answer(Q::Injury, Value::Choice(Opt::None)))
        .reduce(Action::Next);
    watch.look(&f);
    for _ in 0..60 {
        match f.screen {
            Screen::Result => break,
            Screen::Review => f = f.reduce(Action::Next),
            Screen::Step(i) => {
                let shown: Vec<&'static Question> = STEPS[i].asked(&f.answers).collect();
                for q in shown.into_iter().filter(|q| !q.optional) {
                    if !f.answers.has(q.id) {
                        f = f.reduce(Action::Answer(q.id, calmest(q)));
                    }
                }
                f = f.reduce(Action::Next);
            }
        }
        watch.look(&f);
        watch.check(&f).unwrap();
    }
    assert_eq!(f.screen, Screen::Result);
    assert!(f.assessment().triage < Triage::Emergency);
    assert!(watch.saw_cauda_equina());
}

#[test]
fn not_sure_is_an_answer_for_the_flow_and_unanswered_for_the_result() {
    let (f, watch) = walk(&[
        (Q::Age, Value::Int(40)),
        (Q::SaddleNumbness, Value::NotSure),
    ]);
    watch.check(&f).unwrap();
    let a = f.assessment();
    assert_eq!(a.unanswered_red_flags, [Q::SaddleNumbness]);
    assert!(a.triage >= Triage::SeeGp);
}

// ---- every way through: random actions ----

fn any_value(q: &'static Question) -> BoxedStrategy<Value> {
    let v = match q.kind {
        Kind::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        Kind::Int { min, max } => (min..=max).prop_map(Value::Int).boxed(),
        Kind::Choice(o) => select(o).prop_map(Value::Choice).boxed(),
        Kind::Multi(o) => select(o).prop_map(|x| Value::Multi(vec![x])).boxed(),
    };
    if q.red_flag {
        prop_oneof![5 => v, 1 => Just(Value::NotSure)].boxed()
    } else {
        v
    }
}

fn any_question() -> impl Strategy<Value = &'static Question> {
    select(QUESTIONS.iter().collect::<Vec<&'static Question>>())
}

fn any_answer() -> impl Strategy<Value = Action> {
    any_question().prop_flat_map(|q| any_value(q).prop_map(move |v| Action::Answer(q.id, v)))
}

/// Answers a person might have kept on the device.
fn any_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(any_question(), 0..12).prop_flat_map(|qs| {
        let values: Vec<_> = qs
            .into_iter()
            .map(|q| any_value(q).prop_map(move |v| (q.id, v)))
            .collect();
        values.prop_map(|pairs| {
            let mut a = Answers::new();
            for (id, v) in pairs {
                a.insert(id, v);
            }
            a
        })
    })
}

fn any_action() -> impl Strategy<Value = Action> {
    let ids: Vec<Q> = QUESTIONS.iter().map(|q| q.id).collect();
    prop_oneof![
        8 => any_answer(),
        10 => Just(Action::Next),
        2 => Just(Action::Back),
        1 => select(ids.clone()).prop_map(Action::Edit),
        1 => select(Region::ALL.to_vec()).prop_map(Action::TapBody),
        1 => "[0-9a]{0,3}".prop_map(|t| Action::Type(Q::Age, t)),
        1 => select(vec![Opt::Lifting, Opt::Running, Opt::NoneKnown])
            .prop_map(|o| Action::Toggle(Q::OnsetActivity, o)),
        1 => any_answers().prop_map(Action::Restore),
        1 => Just(Action::Restart),
    ]
}

/// Answers every question of the current step with an answer from `pick`
/// (so random walks actually reach results), then Next.
fn answer_step_and_next(mut f: Flow, pick: &[Value]) -> Flow {
    if let Screen::Step(i) = f.screen {
        let shown: Vec<&'static Question> = STEPS[i].asked(&f.answers).collect();
        for (n, q) in shown.into_iter().enumerate() {
            if !f.answers.has(q.id) {
                let v = pick
                    .get(n)
                    .filter(|v| fits(q, v))
                    .cloned()
                    .unwrap_or_else(|| calmest(q));
                f = f.reduce(Action::Answer(q.id, v));
            }
        }
    }
    f.reduce(Action::Next)
}

fn fits(q: &Question, v: &Value) -> bool {
    match (q.kind, v) {
        (_, Value::NotSure) => q.red_flag,
        (Kind::Bool, Value::Bool(_)) => true,
        (Kind::Int { min, max }, Value::Int(n)) => (min..=max).contains(n),
        (Kind::Choice(o), Value::Choice(c)) => o.contains(c),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any sequence of actions (answers, Next, Back, edits from anywhere,
    /// body taps, restored answers, restarts): whenever a result below
    /// emergency is on screen, the cauda equina step was seen first.
    #[test]
    fn no_result_below_emergency_before_the_cauda_equina_step(
        actions in proptest::collection::vec(any_action(), 1..160),
    ) {
        let mut f = Flow::new();
        let mut watch = Watch::default();
        watch.look(&f);
        for action in actions {
            let restart = action == Action::Restart;
            f = f.reduce(action);
            if restart {
                watch = Watch::default();
            }
            watch.look(&f);
            if let Err(e) = watch.check(&f) {
                prop_assert!(false, "{}", e);
            }
        }
    }

    /// Walks that answer each step at random (with "not sure" too) reach a
    /// result, and never one below emergency before the cauda equina step.
    #[test]
    fn random_walks_reach_results_only_after_the_cauda_equina_step(
        picks in proptest::collection::vec(proptest::collection::vec(
            any_question().prop_flat_map(any_value), 0..4), 0..40),
        age in 16i64..100,
    ) {
        let mut f = Flow::new().reduce(Action::Answer(Q::Age, Value::Int(age)));
        let mut watch = Watch::default();
        watch.look(&f);
        for pick in picks.iter().chain(std::iter::repeat(&Vec::new())).take(80) {
            f = match f.screen {
                Screen::Result => break,
                Screen::Review => f.reduce(Action::Next),
                Screen::Step(_) => answer_step_and_next(f, pick),
            };
            watch.look(&f);
            if let Err(e) = watch.check(&f) {
                prop_assert!(false, "{}", e);
            }
        }
        prop_assert_eq!(f.screen, Screen::Result);
    }
}

/// Every red-flag question's "not sure" also works through the raw contract.
#[test]
fn not_sure_is_accepted_on_every_red_flag_question_only() {
    for q in QUESTIONS {
        let mut a = Answers::new();
        let r = a.set(q.id.id(), RawValue::Str("not_sure".into()));
        assert_eq!(r.is_ok(), q.red_flag, "{}", q.id);
    }
    assert!(!question(Q::InjuryWhen).red_flag);
}
