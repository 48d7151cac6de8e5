//! One step of the questionnaire: its questions, progress, Back and Next.

use yew::prelude::*;

use super::app::{step_title, Ctx};
use super::body_diagram::body_diagram;
use super::fields::question_field;
use crate::flow::{Action, STEPS};

/// Step `index`. The form, heading, progress and buttons are kept from step
/// to step (less DOM work per answer); each question is keyed by its id, so no
/// typed text or checked box carries over from one step to the next.
pub fn step_screen(ctx: &Ctx, index: usize) -> Html {
    let flow = ctx.flow();
    let step = &STEPS[index];
    let (at, total) = flow.progress();
    let progress = ctx.ui.progress_text(at, total);
    let onsubmit = {
        let state = ctx.state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::Next);
        })
    };
    html! {
        <form class="bpc-step" part="step" data-step={step.id} {onsubmit} novalidate=true>
            <h2 class="bpc-step-title" tabindex="-1" data-focus="">{ step_title(ctx, index) }</h2>
            <div class="bpc-progress" part="progress">
                <span class="bpc-progress-text">{ progress }</span>
                <progress max={total.to_string()} value={at.to_string()} aria-hidden="true"></progress>
            </div>
            if step.id == "where" {
                { body_diagram(ctx) }
            }
            { for step.asked(&flow.answers).map(|q| question_field(ctx, q.id)) }
            <div class="bpc-nav">
                if flow.can_go_back() {
                    <button type="button" class="bpc-button bpc-secondary" part="button secondary-button" onclick={ctx.send(Action::Back)}>
                        { ctx.ui.back }
                    </button>
                }
                <button type="submit" class="bpc-button bpc-primary" part="button primary-button">{ ctx.ui.next }</button>
            </div>
        </form>
    }
}
