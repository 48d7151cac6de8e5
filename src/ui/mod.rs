//! Yew function components. They render a [`crate::flow::Flow`] and send
//! [`crate::flow::Action`]s back; no clinical rule lives here.

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

pub use app::{App, AppProps, Completed};
