//! The result's banner: an icon and words for the triage level (never colour
//! alone), what to do and how soon.

use yew::prelude::*;

use crate::engine::Triage;

pub fn triage_banner(triage: Triage, title: &'static str, action: &str) -> Html {
    let level = triage.id();
    html! {
        <div class={classes!("bpc-banner", format!("bpc-{level}"))} part="banner" data-triage={level}>
            <svg class="bpc-banner-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                { icon(triage) }
            </svg>
            <div>
                <p class="bpc-banner-title">{ title }</p>
                <p class="bpc-banner-action">{ action.to_owned() }</p>
            </div>
        </div>
    }
}

/// Distinct shapes per level: a warning triangle, a clock, a calendar, a house.
fn icon(level: Triage) -> Html {
    match level {
        Triage::Emergency => html! {
            <>
                <path d="M12 2 1 21h22L12 2z" class="bpc-icon-fill" />
                <path d="M11 9h2v6h-2zM11 17h2v2h-2z" class="bpc-icon-mark" />
            </>
        },
        Triage::Urgent => html! {
            <>
                <circle cx="12" cy="12" r="10" class="bpc-icon-fill" />
                <path d="M11 6h2v6.4l4 2.3-1 1.7-5-2.9z" class="bpc-icon-mark" />
            </>
        },
        Triage::SeeGp => html! {
            <>
                <rect x="3" y="4" width="18" height="17" rx="2" class="bpc-icon-fill" />
                <path d="M7 2h2v4H7zM15 2h2v4h-2zM6 10h12v2H6zM6 14h7v2H6z" class="bpc-icon-mark" />
            </>
        },
        Triage::SelfCare => html! {
            <>
                <path d="M12 3 2 12h3v9h14v-9h3L12 3z" class="bpc-icon-fill" />
                <path d="M10 14h4v7h-4z" class="bpc-icon-mark" />
            </>
        },
    }
}
