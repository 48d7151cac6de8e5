//! The widget's root: holds the flow in a reducer and picks the screen.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use super::lang_switch::language_switch;
use super::remember::{use_remember, RememberBar};
use super::{result::result_screen, review::review_screen, step::step_screen};
use crate::content::{language, language_codes, Lang, ResultText, UiText, LANGUAGES};
use crate::engine::{Answers, Assessment};
use crate::flow::{effective_answers, Action, Flow, Screen};
use crate::settings::match_language;
use crate::settings::Settings;
use wasm_bindgen::JsCast;

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
    /// Fetches the words of a language that is not here yet (the person
    /// switched language, or the host changed `lang`): the loader's files.
    #[prop_or_default]
    pub load_language: Callback<LoadLanguage>,
}

/// A request for a language's words: `done` says whether they arrived and
/// were read (`content::add`), so the widget can show them.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadLanguage {
    pub code: &'static str,
    pub done: Callback<bool>,
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

    /// One listener for a block of markup (see [`crate::markup`]): a click
    /// on or inside an element carrying `attr` sends what `action` makes of
    /// the attribute's value.
    pub fn send_marked(
        &self,
        attr: &'static str,
        action: fn(&str) -> Option<Action>,
    ) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |e: MouseEvent| {
            let chosen = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest(&format!("[{attr}]")).ok().flatten())
                .and_then(|t| t.get_attribute(attr))
                .and_then(|value| action(&value));
            if let Some(a) = chosen {
                state.dispatch(a);
            }
        })
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
    );

    // Language: the person's own choice in the widget, else the host's `lang`,
    // else the browser's languages, else English. A new `lang` from the host
    // wins over an earlier choice.
    let chosen = use_state(|| None::<&'static str>);
    {
        let chosen = chosen.clone();
        use_effect_with(props.settings.lang, move |_| chosen.set(None));
    }
    let wanted = (*chosen)
        .or(props.settings.lang)
        .or_else(browser_language)
        .unwrap_or("en");

    // Each language's words are a file of their own, fetched when first
    // wanted (mount() has read the first one before this renders). Until a
    // wanted language arrives, the one on screen stays; if it cannot be
    // fetched (offline), a notice says so and the switch can try again.
    let shown = use_mut_ref(|| None::<&'static Lang>);
    let failed = use_state(|| None::<&'static str>);
    let attempt = use_state(|| 0u32);
    let arrived = use_force_update();
    {
        let load = props.load_language.clone();
        let failed = failed.clone();
        use_effect_with((wanted, *attempt), move |&(code, _)| {
            if crate::content::lang(code).is_none() {
                let done = Callback::from(move |ok: bool| {
                    if ok {
                        failed.set(None);
                        arrived.force_update();
                    } else {
                        failed.set(Some(code));
                    }
                });
                load.emit(LoadLanguage { code, done });
            }
        });
    }
    let on_screen = crate::content::lang(wanted)
        .or(*shown.borrow())
        .or_else(|| LANGUAGES.iter().find_map(|l| crate::content::lang(l.code)));
    let Some(lang) = on_screen else {
        // Unreachable from the loader, which reads a language before mounting.
        return Html::default();
    };
    *shown.borrow_mut() = Some(lang);
    // The language's own name inside this language's sentence, marked with
    // its language so a screen reader says it right.
    let language_failed = (*failed)
        .filter(|code| *code != lang.code)
        .and_then(language)
        .map(|l| {
            let (before, after) = lang
                .ui
                .language_failed
                .split_once("{language}")
                .unwrap_or((lang.ui.language_failed, ""));
            html! { <>{ before }<span lang={l.code}>{ l.name }</span>{ after }</> }
        });

    let ctx = Ctx {
        state,
        lang,
        ui: lang.ui,
        result: lang.result,
        settings: props.settings.clone(),
        instance,
    };
    let flow = ctx.flow();

    // After the first screen, move focus to each new screen's heading, so
    // keyboard and screen-reader users start at the top of what changed. Never
    // on the first screen: the widget must not steal focus from the host page.
    let root = use_node_ref();
    {
        let root = root.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(flow.screen, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(heading) = root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector("[data-focus]").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = heading.focus();
            }
        });
    }

    // Each screen with what the live region says about it. The result's
    // assessment is made once, for both.
    let (screen, announcement) = match flow.screen {
        Screen::Step(i) => (step_screen(&ctx, i), step_announcement(&ctx, i)),
        Screen::Review => (review_screen(&ctx), ctx.ui.review_title.to_owned()),
        Screen::Result => {
            let a = flow.assessment();
            (result_screen(&ctx, &a), result_announcement(&ctx, &a))
        }
    };
    let theme = format!("bpc-theme-{}", ctx.settings.theme.id());
    let on_language = {
        let chosen = chosen.clone();
        Callback::from(move |code: &'static str| {
            chosen.set(Some(code));
            attempt.set(*attempt + 1);
        })
    };
    let dir = language(lang.code).map_or("ltr", |l| l.dir);
    html! {
        <div class={classes!("bpc", theme)} lang={ctx.lang.code} dir={dir} part="root" ref={root}>
            <header class="bpc-header" part="header">
                { language_switch(ctx.lang.code, &on_language, ctx.ui.language) }
                if let Some(notice) = language_failed {
                    <p class="bpc-notice bpc-language-failed" role="status">{ notice }</p>
                }
                <h1 class="bpc-title">{ ctx.ui.title }</h1>
                if let Some(name) = &ctx.settings.clinic_name {
                    <p class="bpc-clinic">{ name.clone() }</p>
                }
                <p class="bpc-privacy">{ ctx.ui.privacy }</p>
            </header>
            <RememberBar remember={remember} key_name={props.storage_key.clone()} text={lang.remember} />
            <p class="bpc-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            { screen }
        </div>
    }
}

/// What the live region says on reaching step `index`: progress and title.
fn step_announcement(ctx: &Ctx, index: usize) -> String {
    let (at, total) = ctx.flow().progress();
    let progress = ctx.ui.progress_text(at, total);
    format!("{progress}. {}", step_title(ctx, index))
}

/// What the live region says on reaching the result: its triage title.
fn result_announcement(ctx: &Ctx, a: &Assessment) -> String {
    let title = ctx.lang.triage(a.triage).title;
    format!("{}: {title}", ctx.ui.result_title)
}

/// The heading of a step: the title of the section its questions belong to.
pub fn step_title(ctx: &Ctx, index: usize) -> &'static str {
    crate::flow::STEPS[index]
        .questions
        .first()
        .map_or("", |q| ctx.lang.section(q.section))
}

/// The first of the browser's preferred languages that the widget speaks.
fn browser_language() -> Option<&'static str> {
    let languages = gloo_utils::window().navigator().languages();
    let codes = language_codes();
    languages
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|l| match_language(&l, &codes))
}
