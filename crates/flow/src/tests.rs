use super::*;
use crate::engine::{Answers, Opt, Question, ReasonId, Triage, Q, QUESTIONS};

fn step(id: &str) -> Screen {
    Screen::Step(STEPS.iter().position(|s| s.id == id).unwrap())
}

fn answer_step(flow: Flow, values: &[(Q, Value)]) -> Flow {
    let flow = values
        .iter()
        .cloned()
        .fold(flow, |f, (id, v)| f.reduce(Action::Answer(id, v)));
    flow.reduce(Action::Next)
}

#[test]
fn the_cauda_equina_questions_share_one_step_that_is_always_shown() {
    let i = cauda_equina_step();
    for id in crate::engine::CAUDA_EQUINA_QUESTIONS {
        assert_eq!(step_of(id), Some(i), "{id}");
        assert!(question(id).red_flag, "{id}");
        assert_eq!(question(id).ask_if, crate::engine::AskIf::Always);
    }
    assert!(STEPS.len() <= 64, "the shown-steps mask holds 64 steps");
}

#[test]
fn every_question_is_on_exactly_one_step() {
    for q in QUESTIONS {
        let n = STEPS
            .iter()
            .filter(|s| s.questions.iter().any(|x| x.id == q.id))
            .count();
        assert_eq!(n, 1, "{} is on {n} steps", q.id);
    }
}

#[test]
fn age_moves_on_when_valid_and_explains_when_not() {
    let f = Flow::new().reduce(Action::Type(Q::Age, "abc".into()));
    assert_eq!(f.problems.get(Q::Age), Some(&InputError::NotANumber));
    let f = f.reduce(Action::Next);
    assert_eq!(
        f.screen,
        step("about_you"),
        "an invalid age must not move on"
    );
    assert_eq!(
        f.drafts.get(Q::Age).map(String::as_str),
        Some("abc"),
        "typed text is kept"
    );

    let f = f
        .reduce(Action::Type(Q::Age, "34".into()))
        .reduce(Action::Next);
    assert!(f.problems.is_empty());
    assert_eq!(f.screen, step("duration"));
    assert_eq!(f.answers.int(Q::Age), Some(34));
}

#[test]
fn empty_required_question_is_flagged_on_next() {
    let f = Flow::new().reduce(Action::Next);
    assert_eq!(f.problems.get(Q::Age), Some(&InputError::Required));
    assert!(!f.problems.contains_key(Q::Sex), "sex is optional");
}

#[test]
fn back_keeps_answers() {
    let f = Flow::new()
        .reduce(Action::Type(Q::Age, "40".into()))
        .reduce(Action::Next);
    let f = answer_step(f, &[(Q::Duration, Value::Choice(Opt::Weeks1To4))]);
    let f = f.reduce(Action::Back).reduce(Action::Back);
    assert_eq!(f.screen, step("about_you"));
    assert_eq!(f.answers.int(Q::Age), Some(40));
    assert_eq!(f.answers.choice(Q::Duration), Some(Opt::Weeks1To4));
    assert_eq!(f.drafts.get(Q::Age).map(String::as_str), Some("40"));
}

/// Some valid answer for a question, "no" where there is a choice.
fn some_value(q: &Question) -> Value {
    match q.kind {
        Kind::Bool => Value::Bool(false),
        Kind::Int { min, max } => Value::Int((min + max) / 2),
        Kind::Choice(o) => Value::Choice(o[0]),
        Kind::Multi(o) => Value::Multi(vec![o[0]]),
    }
}

#[test]
fn a_red_flag_ends_the_flow_early() {
    let mut f = Flow::new().reduce(Action::Type(Q::Age, "52".into()));
    while f.screen != step("warning_nerves") {
        let Screen::Step(i) = f.screen else {
            panic!("left the questionnaire at {:?}", f.screen)
        };
        let answers = f.answers.clone();
        for q in STEPS[i].asked(&answers).filter(|q| !answers.has(q.id)) {
            f = f.reduce(Action::Answer(q.id, some_value(q)));
        }
        f = f.reduce(Action::Next);
    }
    let f = answer_step(
        f,
        &[
            (Q::BladderBowel, Value::Bool(true)),
            (Q::SaddleNumbness, Value::Bool(false)),
            (Q::SexualDysfunction, Value::Bool(false)),
            (Q::LegWeakness, Value::Choice(Opt::None)),
        ],
    );
    assert_eq!(f.screen, Screen::Result);
    assert!(f.ended_early);
    assert_eq!(f.assessment().triage, Triage::Emergency);
    // The person can still go back and see their answers.
    let f = f.reduce(Action::Back);
    assert_eq!(f.screen, step("warning_nerves"));
    assert!(f.answers.yes(Q::BladderBowel));
}

#[test]
fn progress_follows_skip_logic() {
    let f = Flow::new();
    let (at, before) = f.progress();
    assert_eq!(at, 1);
    let f = f.reduce(Action::Answer(Q::LegPainSide, Value::Choice(Opt::OneLeg)));
    assert_eq!(
        f.progress().1,
        before + 1,
        "the walking question joins the path"
    );
    let f = f.reduce(Action::Answer(Q::Runs, Value::Bool(true)));
    assert_eq!(
        f.progress().1,
        before + 2,
        "the running-pain question joins"
    );
    let f = f.reduce(Action::Answer(Q::LegPainSide, Value::Choice(Opt::None)));
    assert_eq!(f.progress().1, before + 1, "and leaves when hidden again");
}

#[test]
fn hidden_answers_are_kept_but_not_assessed() {
    let f = Flow::new()
        .reduce(Action::Answer(Q::Runs, Value::Bool(true)))
        .reduce(Action::Answer(Q::PainWhenRunning, Value::Bool(true)))
        .reduce(Action::Answer(Q::Runs, Value::Bool(false)));
    assert!(f.answers.yes(Q::PainWhenRunning), "kept");
    let a = f.assessment();
    assert!(
        !a.reasons
            .iter()
            .any(|r| r.id == ReasonId::ContradictoryAnswers),
        "a hidden answer must not count"
    );
}

#[test]
fn edit_from_review_returns_to_review() {
    let mut f = Flow::new();
    f.screen = Screen::Review;
    let f = f.reduce(Action::Edit(Q::Smoking));
    assert_eq!(f.screen, step("habits"));
    let f = answer_step(
        f,
        &[
            (Q::Activity, Value::Choice(Opt::Regular)),
            (Q::Smoking, Value::Bool(true)),
        ],
    );
    assert_eq!(f.screen, Screen::Review);
    assert!(f.answers.yes(Q::Smoking));
}

#[test]
fn none_excludes_other_options() {
    let f = Flow::new()
        .reduce(Action::Toggle(Q::WorkDemands, Opt::LongSitting))
        .reduce(Action::Toggle(Q::WorkDemands, Opt::Vibration));
    assert_eq!(
        f.answers.multi(Q::WorkDemands),
        [Opt::LongSitting, Opt::Vibration]
    );
    let f = f.reduce(Action::Toggle(Q::WorkDemands, Opt::None));
    assert_eq!(f.answers.multi(Q::WorkDemands), [Opt::None]);
    let f = f.reduce(Action::Toggle(Q::WorkDemands, Opt::Vibration));
    assert_eq!(f.answers.multi(Q::WorkDemands), [Opt::Vibration]);
    let f = f.reduce(Action::Toggle(Q::WorkDemands, Opt::Vibration));
    assert!(!f.answers.has(Q::WorkDemands));
}

#[test]
fn restart_clears_everything() {
    let f = Flow::new()
        .reduce(Action::Type(Q::Age, "30".into()))
        .reduce(Action::Next)
        .reduce(Action::Restart);
    assert_eq!(f.restarts, 1);
    assert_eq!(Flow { restarts: 0, ..f }, Flow::new());
}

#[test]
fn restore_fills_answers_and_the_diagram() {
    let mut kept = Answers::new();
    kept.insert(Q::Age, Value::Int(61));
    kept.insert(Q::PainReach, Value::Choice(Opt::BelowKnee));
    kept.insert(Q::LegPainSide, Value::Choice(Opt::BothLegs));
    let f = Flow::new()
        .reduce(Action::Type(Q::Age, "abc".into()))
        .reduce(Action::Restore(kept.clone()));
    assert_eq!(f.answers, kept);
    assert!(f.problems.is_empty() && f.drafts.is_empty());
    assert_eq!(f.screen, step("about_you"));
    assert_eq!(
        f.body.answers(),
        (Some(Opt::BelowKnee), Some(Opt::BothLegs))
    );
}
