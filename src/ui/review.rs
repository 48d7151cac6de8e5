//! Every answer, in plain words, each with a way to change it.
//!
//! The list is read-only, so it is written as one HTML string (see
//! [`crate::markup`]); its "Change" buttons are plain buttons whose clicks
//! one listener on the list turns into [`Action::Edit`].

use yew::prelude::*;

use super::app::Ctx;
use crate::engine::{Value, Q};
use crate::flow::{effective_answers, Action, STEPS};
use crate::markup::Markup;

/// An answer as the person would say it (the same words the exports use).
pub fn answer_words(ctx: &Ctx, id: Q, value: &Value) -> String {
    crate::export::answer_words(ctx.lang, ctx.ui, id, value)
}

/// One listener for a block of markup whose buttons carry `data-edit` with a
/// question id: a click edits that question (the review's "Change", the
/// result's "Answer them now").
pub fn edit_marked(ctx: &Ctx) -> Callback<MouseEvent> {
    ctx.send_marked("data-edit", |id| Q::from_id(id).map(Action::Edit))
}

pub fn review_screen(ctx: &Ctx) -> Html {
    let answers = effective_answers(&ctx.flow().answers);
    let mut m = Markup::new();
    for q in STEPS.iter().flat_map(|s| s.asked(&ctx.flow().answers)) {
        let value = answers
            .get(q.id)
            .map(|v| answer_words(ctx, q.id, v))
            .unwrap_or_else(|| ctx.ui.not_answered.to_owned());
        m.open(
            "div",
            &[("class", "bpc-review-row"), ("data-question", q.id.id())],
        )
        .element("dt", &[], ctx.lang.question(q.id).text)
        .open("dd", &[])
        .element("span", &[], &value)
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "bpc-link"),
                ("data-edit", q.id.id()),
            ],
            ctx.ui.change,
        )
        .close("dd")
        .close("div");
    }
    // A click on any "Change" button: edit the question it names.
    let onclick = edit_marked(ctx);
    html! {
        <section key="review" class="bpc-review" part="review">
            <h2 tabindex="-1" data-focus="">{ ctx.ui.review_title }</h2>
            <p>{ ctx.ui.review_intro }</p>
            <dl {onclick}>{ Html::from_html_unchecked(m.finish().into()) }</dl>
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
