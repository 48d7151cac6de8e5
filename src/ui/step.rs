//! One step of the questionnaire: its questions, progress, Back and Next.

use yew::prelude::*;

use super::app::{step_title, Ctx};
use super::body_diagram::BodyDiagram;
use super::fields::QuestionField;
use crate::flow::{Action, STEPS};

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub ctx: Ctx,
    pub index: usize,
}

#[function_component(StepScreen)]
pub fn step_screen(props: &StepProps) -> Html {
    let ctx = &props.ctx;
    let flow = ctx.flow();
    let step = &STEPS[props.index];
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
            <h2 class="bpc-step-title" tabindex="-1" data-focus="">{ step_title(ctx, props.index) }</h2>
            <div class="bpc-progress" part="progress">
                <span class="bpc-progress-text">{ progress }</span>
                <progress max={total.to_string()} value={at.to_string()} aria-hidden="true"></progress>
            </div>
            if step.id == "where" {
                <BodyDiagram ctx={ctx.clone()} />
            }
            { for step.asked(&flow.answers).map(|q| html! {
                <QuestionField ctx={ctx.clone()} id={q.id} />
            }) }
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
