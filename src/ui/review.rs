//! Every answer, in plain words, each with a way to change it.

use yew::prelude::*;

use super::app::Ctx;
use crate::engine::Value;
use crate::flow::{effective_answers, Action, STEPS};

/// An answer as the person would say it (the same words the exports use).
pub fn answer_words(ctx: &Ctx, id: &'static str, value: &Value) -> String {
    crate::export::answer_words(ctx.lang, ctx.ui, id, value)
}

pub fn review_screen(ctx: &Ctx) -> Html {
    let answers = effective_answers(&ctx.flow().answers);
    let rows = STEPS.iter().flat_map(|s| s.asked(&ctx.flow().answers)).map(|q| {
        let text = ctx.lang.question(q.id).map_or(q.id, |t| t.text);
        let value = answers
            .get(q.id)
            .map(|v| answer_words(ctx, q.id, v))
            .unwrap_or_else(|| ctx.ui.not_answered.to_owned());
        html! {
            <div class="bpc-review-row" data-question={q.id}>
                <dt>{ text }</dt>
                <dd>
                    <span>{ value }</span>
                    <button type="button" class="bpc-link" onclick={ctx.send(Action::Edit(q.id))}>
                        { ctx.ui.change }
                    </button>
                </dd>
            </div>
        }
    });
    html! {
        <section key="review" class="bpc-review" part="review">
            <h2 tabindex="-1" data-focus="">{ ctx.ui.review_title }</h2>
            <p>{ ctx.ui.review_intro }</p>
            <dl>{ for rows }</dl>
            <div class="bpc-nav">
                <button type="button" class="bpc-button bpc-secondary" part="button secondary-button" onclick={ctx.send(Action::Back)}>
                    { ctx.ui.back }
                </button>
                <button type="button" class="bpc-button bpc-primary" part="button primary-button" onclick={ctx.send(Action::Next)}>
                    { ctx.ui.see_result }
                </button>
            </div>
        </section>
    }
}
