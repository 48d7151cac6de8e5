//! The Yew app. Its parts render a [`crate::flow::Flow`] and send
//! [`crate::flow::Action`]s back; no clinical rule lives here.
//!
//! Only what keeps state is a function component (`App`, the remember bar,
//! the export buttons); the rest are plain functions returning `Html`, which
//! cost no component machinery. The read-only screens are written with
//! [`crate::markup`] and handed to Yew as raw HTML.

mod app;
mod body_diagram;
mod export_buttons;
mod fields;
mod lang_switch;
mod remember;
mod result;
mod review;
mod spine_diagram;
mod step;
mod triage_banner;
mod words;

pub use app::{App, AppProps, Completed, LoadLanguage};
