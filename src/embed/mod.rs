//! Browser entry point: mounts the widget into every `<back-pain-check>`
//! element on the page. (The full custom element comes with the embedding issue.)

use wasm_bindgen::prelude::*;

use crate::ui::App;

/// The tag a host page uses to place the widget.
pub const TAG: &str = "back-pain-check";

#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(TAG) else {
        return;
    };
    for i in 0..hosts.length() {
        if let Some(el) = hosts
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            yew::Renderer::<App>::with_root(el).render();
        }
    }
}
