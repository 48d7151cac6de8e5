//! The widget's root: holds the flow in a reducer and picks the screen.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use super::remember::{use_remember, RememberBar};
use super::{result::ResultScreen, review::ReviewScreen, step::StepScreen};
use crate::content::{Lang, ResultText, UiText, EN, REMEMBER_EN, RESULT_EN, UI_EN};
use crate::engine::{Answers, Assessment};
use crate::flow::{effective_answers, Action, Flow, Screen};
use crate::settings::Settings;

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

/// A finished assessment, for the host page.
#[derive(Debug, Clone, PartialEq)]
pub struct Completed {
    pub assessment: Assessment,
    pub answers: Answers,
}

/// What the embedding gives the widget.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub settings: Rc<Settings>,
    /// Called each time the result screen shows a (new) assessment.
    #[prop_or_default]
    pub on_complete: Callback<Completed>,
    /// Called when the person starts again.
    #[prop_or_default]
    pub on_restart: Callback<()>,
    /// Raising this number clears every answer (the host's `reset()`).
    #[prop_or_default]
    pub reset: u32,
    /// Where this element's answers are kept when the person agrees to it.
    #[prop_or_default]
    pub storage_key: Option<AttrValue>,
}

/// What every screen needs: the state, a way to act on it, and the words.
#[derive(Clone)]
pub struct Ctx {
    pub state: UseReducerHandle<FlowState>,
    pub lang: &'static Lang,
    pub ui: &'static UiText,
    pub result: &'static ResultText,
    pub settings: Rc<Settings>,
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
            && self.settings == other.settings
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
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(FlowState::default);
    let instance = *use_memo((), |_| NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed));

    // The host's reset(): start again whenever the number goes up.
    {
        let state = state.clone();
        use_effect_with(props.reset, move |reset| {
            if *reset > 0 {
                state.dispatch(Action::Restart);
            }
        });
    }
    // Tell the host about each result shown, and each restart.
    {
        let flow = &state.0;
        let at_result = flow.screen == Screen::Result;
        let on_complete = props.on_complete.clone();
        use_effect_with(
            (at_result, flow.answers.clone()),
            move |(at_result, answers)| {
                if *at_result {
                    let answers = effective_answers(answers);
                    on_complete.emit(Completed {
                        assessment: crate::engine::assess(&answers),
                        answers,
                    });
                }
            },
        );
        let on_restart = props.on_restart.clone();
        use_effect_with(flow.restarts, move |restarts| {
            if *restarts > 0 {
                on_restart.emit(());
            }
        });
    }

    let remember = use_remember(
        props.settings.save,
        props.storage_key.clone(),
        state.clone(),
        &REMEMBER_EN,
    );

    let ctx = Ctx {
        state,
        lang: &EN,
        ui: &UI_EN,
        result: &RESULT_EN,
        settings: props.settings.clone(),
        instance,
    };
    let screen = match ctx.flow().screen {
        Screen::Step(i) => html! { <StepScreen ctx={ctx.clone()} index={i} /> },
        Screen::Review => html! { <ReviewScreen ctx={ctx.clone()} /> },
        Screen::Result => html! { <ResultScreen ctx={ctx.clone()} /> },
    };
    let theme = format!("bpc-theme-{}", ctx.settings.theme.id());
    html! {
        <div class={classes!("bpc", theme)} lang={ctx.lang.code} part="root">
            <header class="bpc-header" part="header">
                <h1 class="bpc-title">{ ctx.ui.title }</h1>
                if let Some(name) = &ctx.settings.clinic_name {
                    <p class="bpc-clinic">{ name.clone() }</p>
                }
                <p class="bpc-privacy">{ ctx.ui.privacy }</p>
            </header>
            <RememberBar remember={remember} key_name={props.storage_key.clone()} text={&REMEMBER_EN} />
            { screen }
        </div>
    }
}
