//! The widget's root: holds the flow in a reducer and picks the screen.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use super::{result::ResultScreen, review::ReviewScreen, step::StepScreen};
use crate::content::{Lang, ResultText, UiText, EN, RESULT_EN, UI_EN};
use crate::flow::{Action, Flow, Screen};

static NEXT_INSTANCE: AtomicUsize = AtomicUsize::new(1);

/// The flow as Yew reducer state.
#[derive(Debug, Default, PartialEq)]
pub struct FlowState(pub Flow);

impl Reducible for FlowState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(FlowState(self.0.clone().reduce(action)))
    }
}

/// What every screen needs: the state, a way to act on it, and the words.
#[derive(Clone)]
pub struct Ctx {
    pub state: UseReducerHandle<FlowState>,
    pub lang: &'static Lang,
    pub ui: &'static UiText,
    pub result: &'static ResultText,
    /// Makes element ids unique when several widgets share a page.
    pub instance: usize,
}

// Text tables are statics: the same table is the same address.
impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
            && std::ptr::eq(self.lang, other.lang)
            && std::ptr::eq(self.ui, other.ui)
            && std::ptr::eq(self.result, other.result)
            && self.instance == other.instance
    }
}

impl Ctx {
    pub fn flow(&self) -> &Flow {
        &self.state.0
    }

    /// A document id for a part of this widget instance.
    pub fn dom_id(&self, part: &str) -> String {
        format!("bpc{}-{part}", self.instance)
    }

    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(FlowState::default);
    let instance = *use_memo((), |_| NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed));
    let ctx = Ctx {
        state,
        lang: &EN,
        ui: &UI_EN,
        result: &RESULT_EN,
        instance,
    };
    let screen = match ctx.flow().screen {
        Screen::Step(i) => html! { <StepScreen ctx={ctx.clone()} index={i} /> },
        Screen::Review => html! { <ReviewScreen ctx={ctx.clone()} /> },
        Screen::Result => html! { <ResultScreen ctx={ctx.clone()} /> },
    };
    html! {
        <div class="bpc" lang={ctx.lang.code}>
            <header class="bpc-header">
                <h1 class="bpc-title">{ ctx.ui.title }</h1>
                <p class="bpc-privacy">{ ctx.ui.privacy }</p>
            </header>
            { screen }
        </div>
    }
}
