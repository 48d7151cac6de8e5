//! The questionnaire's state and its rules of movement, as a pure reducer.
//!
//! The widget's Yew components (`src/ui`) only render a [`Flow`] and send
//! [`Action`]s; every rule (what is asked next, when the flow ends early,
//! what counts as answered) lives here, where it is tested natively.

#![forbid(unsafe_code)]

// The engine under the name the widget uses for it.
use back_pain_check_engine as engine;

mod body;
mod number;
mod steps;

pub use body::{BodySelection, Region, Side};
pub use number::{parse_number, InputError};
pub use steps::{
    cauda_equina_step, effective_answers, last_warning_step, shown_steps, step_of, Step, STEPS,
};

use crate::engine::{assess, question, Answers, Assessment, IdMap, Kind, Opt, Triage, Value, Q};

/// The longest text kept for a number field.
const MAX_DRAFT: usize = 64;

/// Where the person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// A step of the questionnaire, by index into [`STEPS`].
    Step(usize),
    /// All answers, each with a way to change it.
    Review,
    Result,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A checked answer from a control.
    Answer(Q, Value),
    /// Text typed into a number field; kept as typed, answered when valid.
    Type(Q, String),
    /// Adds or removes one option of a list question.
    Toggle(Q, Opt),
    /// Marks or clears a region of the body diagram; sets `pain_reach` and
    /// `leg_pain_side` to match the diagram.
    TapBody(Region),
    Next,
    Back,
    /// Go back to the step holding this question, then return to the review.
    Edit(Q),
    Restart,
    /// Answers the person kept on this device, restored at start-up.
    Restore(Answers),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub screen: Screen,
    /// Every answer given, including ones skip logic has since hidden.
    pub answers: Answers,
    /// Number fields as typed, so an invalid entry is never lost.
    pub drafts: IdMap<String>,
    /// Problems to show beside questions of the current step.
    pub problems: IdMap<InputError>,
    /// The flow ended before the review: an emergency, or a red flag that
    /// needs a doctor today once every warning sign was asked.
    pub ended_early: bool,
    /// How many times the person started again (the host is told each time).
    pub restarts: u32,
    /// The regions marked on the body diagram, kept in step with the
    /// answers to `pain_reach` and `leg_pain_side`.
    pub body: BodySelection,
    /// Editing from the review: Next returns there.
    editing: bool,
    /// The steps that have been on screen, one bit per index into [`STEPS`]:
    /// no result below emergency before the cauda equina step was shown.
    shown: u64,
    /// Screens visited, for Back.
    history: Vec<Screen>,
}

impl Default for Flow {
    fn default() -> Self {
        Flow {
            screen: Screen::Step(0),
            answers: Answers::new(),
            drafts: IdMap::new(),
            problems: IdMap::new(),
            ended_early: false,
            restarts: 0,
            body: BodySelection::new(),
            editing: false,
            shown: 1,
            history: Vec::new(),
        }
    }
}

impl Flow {
    pub fn new() -> Self {
        Self::default()
    }

    /// The assessment of the answers that count now.
    pub fn assessment(&self) -> Assessment {
        assess(&effective_answers(&self.answers))
    }

    /// (position, total) of the current step among the steps shown for the
    /// current answers; the total changes honestly as skip logic does.
    pub fn progress(&self) -> (usize, usize) {
        let shown = shown_steps(&self.answers);
        let total = shown.len();
        let at = match self.screen {
            Screen::Step(i) => shown.iter().position(|&s| s >= i).unwrap_or(total),
            Screen::Review | Screen::Result => total,
        };
        (at + 1, total)
    }

    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }

    pub fn reduce(self, action: Action) -> Flow {
        let mut next = self.apply(action);
        next.keep_results_safe();
        if let Screen::Step(i) = next.screen {
            next.shown |= 1 << i;
        }
        next
    }

    /// The flow's safety invariant, enforced after every action whatever led
    /// there (Next from the review, an edit after an early end, answers
    /// changed or restored on the result screen): a result below emergency is
    /// shown only when every asked question has an answer ("not sure"
    /// included) and the cauda equina step has been on screen. Otherwise the
    /// person is taken to the first step still to show.
    fn keep_results_safe(&mut self) {
        if self.screen != Screen::Result || self.assessment().triage == Triage::Emergency {
            return;
        }
        if let Some(i) = self.first_step_still_to_show() {
            self.problems = self.step_problems(i);
            self.ended_early = false;
            self.editing = false;
            self.screen = Screen::Step(i);
        }
    }

    /// Whether step `i` has been on screen since the flow began.
    pub fn was_shown(&self, i: usize) -> bool {
        self.shown & (1 << i) != 0
    }

    fn apply(mut self, action: Action) -> Flow {
        match action {
            Action::Answer(id, value) => {
                self.problems.remove(id);
                self.answers.insert(id, value);
                if id == Q::PainReach || id == Q::LegPainSide {
                    self.body = self.body.reconcile(
                        self.answers.choice(Q::PainReach),
                        self.answers.choice(Q::LegPainSide),
                    );
                }
            }
            Action::TapBody(region) => self.tap_body(region),
            Action::Type(id, text) => self.typed(id, text),
            Action::Toggle(id, option) => self.toggle(id, option),
            Action::Next => self.next(),
            Action::Back => {
                if let Some(previous) = self.history.pop() {
                    self.problems.clear();
                    self.screen = previous;
                    if !matches!(previous, Screen::Result) {
                        self.ended_early = false;
                    }
                }
            }
            Action::Edit(id) => {
                if let Some(step) = step_of(id) {
                    self.history.push(self.screen);
                    self.screen = Screen::Step(step);
                    self.editing = true;
                    self.problems.clear();
                }
            }
            Action::Restore(answers) => {
                self.body = BodySelection::new()
                    .reconcile(answers.choice(Q::PainReach), answers.choice(Q::LegPainSide));
                self.answers = answers;
                self.drafts.clear();
                self.problems.clear();
            }
            Action::Restart => {
                return Flow {
                    restarts: self.restarts + 1,
                    ..Flow::new()
                }
            }
        }
        self
    }

    fn typed(&mut self, id: Q, mut text: String) {
        // No real answer is longer; a pasted document is cut (and refused
        // below) rather than copied into every later state.
        if text.len() > MAX_DRAFT {
            let mut end = MAX_DRAFT;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
        }
        let q = question(id);
        let Kind::Int { min, max } = q.kind else {
            return;
        };
        match parse_number(&text, min, max) {
            Ok(Some(n)) => {
                self.answers.insert(id, Value::Int(n));
                self.problems.remove(id);
            }
            Ok(None) => {
                self.answers.remove(id);
                self.problems.remove(id);
            }
            // The old answer is dropped so a stale number is never assessed,
            // but the typed text stays on screen with the problem beside it.
            Err(p) => {
                self.answers.remove(id);
                self.problems.insert(id, p);
            }
        }
        self.drafts.insert(id, text);
    }

    /// Toggles a region, then answers both questions from the diagram.
    fn tap_body(&mut self, region: Region) {
        self.body.toggle(region);
        let (reach, side) = self.body.answers();
        for (id, value) in [(Q::PainReach, reach), (Q::LegPainSide, side)] {
            self.problems.remove(id);
            match value {
                Some(v) => self.answers.insert(id, Value::Choice(v)),
                None => {
                    self.answers.remove(id);
                }
            }
        }
    }

    /// "None" options exclude the others, and the others exclude "none".
    fn toggle(&mut self, id: Q, option: Opt) {
        let Kind::Multi(options) = question(id).kind else {
            return;
        };
        if !options.contains(&option) {
            return;
        }
        let exclusive = |o: &Opt| matches!(o, Opt::None | Opt::NoneKnown);
        let mut chosen: Vec<Opt> = self.answers.multi(id).to_vec();
        if let Some(at) = chosen.iter().position(|o| *o == option) {
            chosen.remove(at);
        } else if exclusive(&option) {
            chosen = vec![option];
        } else {
            chosen.retain(|o| !exclusive(o));
            chosen.push(option);
        }
        self.problems.remove(id);
        if chosen.is_empty() {
            self.answers.remove(id);
        } else {
            crate::engine::sort_small_by_key(&mut chosen, |o| options.iter().position(|x| x == o));
            self.answers.insert(id, Value::Multi(chosen));
        }
    }

    /// Problems that stop the person leaving step `i`: unanswered required
    /// questions, and number fields whose text is not yet a valid answer.
    fn step_problems(&self, i: usize) -> IdMap<InputError> {
        let mut out = IdMap::new();
        for q in STEPS[i].asked(&self.answers) {
            if let Some(p) = self.problems.get(q.id) {
                out.insert(q.id, *p);
            } else if !q.optional && !self.answers.has(q.id) {
                out.insert(q.id, InputError::Required);
            }
        }
        out
    }

    /// The first step shown for the current answers that still lacks a
    /// required answer (or holds an invalid number), or, failing that, the
    /// cauda equina step if it has never been on screen.
    fn first_step_still_to_show(&self) -> Option<usize> {
        shown_steps(&self.answers)
            .into_iter()
            .find(|&i| !self.step_problems(i).is_empty())
            .or_else(|| (!self.was_shown(cauda_equina_step())).then(cauda_equina_step))
    }

    /// Whether the questionnaire ends on leaving step `i`. An emergency ends
    /// it at once, on any step. A red flag that needs a doctor today ends it
    /// only once every warning-sign question, the cauda equina ones first of
    /// all, has an answer: a result below emergency never comes before them
    /// (`shared/clinical-reference.md`, 2026-11-27 rules).
    fn ends_early_after(&self, i: usize) -> bool {
        let a = self.assessment();
        match a.triage {
            Triage::Emergency => true,
            Triage::Urgent => {
                !a.red_flags.is_empty()
                    && i >= last_warning_step()
                    && self.was_shown(cauda_equina_step())
                    && crate::engine::questions::red_flag_questions()
                        .all(|q| self.answers.has(q.id))
            }
            _ => false,
        }
    }

    fn next(&mut self) {
        match self.screen {
            Screen::Step(i) => {
                let problems = self.step_problems(i);
                if !problems.is_empty() {
                    self.problems = problems;
                    return;
                }
                self.history.push(self.screen);
                if self.ends_early_after(i) {
                    self.ended_early = true;
                    self.editing = false;
                    self.screen = Screen::Result;
                    return;
                }
                if self.editing {
                    self.editing = false;
                    self.screen = Screen::Review;
                    return;
                }
                self.screen = shown_steps(&self.answers)
                    .into_iter()
                    .find(|&s| s > i)
                    .map_or(Screen::Review, Screen::Step);
            }
            Screen::Review => {
                self.history.push(self.screen);
                // `keep_results_safe` sends a path that skipped a step (an
                // edit after an early end) back to it.
                self.screen = Screen::Result;
            }
            Screen::Result => {}
        }
    }
}

#[cfg(test)]
mod tests;
