//! Yew function components. They render a [`crate::flow::Flow`] and send
//! [`crate::flow::Action`]s back; no clinical rule lives here.

mod app;
mod fields;
mod result;
mod review;
mod step;

pub use app::App;
