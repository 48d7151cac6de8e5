//! The result: triage level, what to do and why. (Fuller results come with
//! the questionnaire issue.)

use yew::prelude::*;

use super::app::Ctx;
use crate::flow::Action;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub ctx: Ctx,
}

/// The emergency number until the embedding page sets its own.
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";

#[function_component(ResultScreen)]
pub fn result_screen(props: &ResultProps) -> Html {
    let ctx = &props.ctx;
    let a = ctx.flow().assessment();
    let level = a.triage.id();
    let triage = ctx.lang.triage(level);
    let title = triage.map_or(level, |t| t.title);
    let action = triage
        .map(|t| t.action.replace("{number}", DEFAULT_EMERGENCY_NUMBER))
        .unwrap_or_default();
    html! {
        <section class="bpc-result" data-triage={level}>
            <h2>{ ctx.ui.result_title }</h2>
            if ctx.flow().ended_early { <p class="bpc-notice">{ ctx.ui.ended_early }</p> }
            <div class={classes!("bpc-banner", format!("bpc-{level}"))}>
                <p class="bpc-banner-title">{ title }</p>
                <p>{ action }</p>
            </div>
            <ul class="bpc-reasons">
                { for a.reasons.iter().map(|r| {
                    let words = ctx.lang.reason(r.id).or_else(|| ctx.lang.red_flag(r.id)).map_or(r.id, |e| e.title);
                    html! { <li data-reason={r.id}>{ words }</li> }
                }) }
            </ul>
            <div class="bpc-nav">
                <button type="button" class="bpc-button bpc-secondary" onclick={ctx.send(Action::Back)}>
                    { ctx.ui.back }
                </button>
                <button type="button" class="bpc-button bpc-primary" onclick={ctx.send(Action::Restart)}>
                    { ctx.ui.start_over }
                </button>
            </div>
        </section>
    }
}
