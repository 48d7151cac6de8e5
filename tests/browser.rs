//! Component tests in headless Chromium (wasm-bindgen-test): the real Yew app,
//! rendered into a real document, driven through DOM events.
#![cfg(target_arch = "wasm32")]

use back_pain_check::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Renders a fresh widget into its own host element.
async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    host
}

fn find(host: &Element, selector: &str) -> Option<Element> {
    host.query_selector(selector).unwrap()
}

fn text(host: &Element, selector: &str) -> String {
    find(host, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

async fn type_into(host: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(host, selector).unwrap().dyn_into().unwrap();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

async fn click(host: &Element, selector: &str) {
    let el: HtmlElement = find(host, selector).unwrap().dyn_into().unwrap();
    el.click();
    yew::scheduler::flush().await;
}

fn step(host: &Element) -> String {
    find(host, "[data-step]")
        .and_then(|e| e.get_attribute("data-step"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn asks_age_first() {
    let host = mount().await;
    assert_eq!(step(&host), "about_you");
    assert!(text(&host, "legend").contains("How old are you?"));
    assert!(find(&host, "input.bpc-number").is_some());
}

#[wasm_bindgen_test]
async fn invalid_age_shows_a_message_and_stays() {
    let host = mount().await;
    type_into(&host, "input.bpc-number", "-3").await;
    assert!(text(&host, ".bpc-problem").contains("too low"));
    click(&host, "button[type=submit]").await;
    assert_eq!(step(&host), "about_you");
    let input: HtmlInputElement = find(&host, "input.bpc-number").unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "-3", "the typed text is never lost");
}

#[wasm_bindgen_test]
async fn valid_age_shows_the_next_screen() {
    let host = mount().await;
    type_into(&host, "input.bpc-number", "34").await;
    assert!(find(&host, ".bpc-problem").is_none());
    click(&host, "button[type=submit]").await;
    assert_eq!(step(&host), "duration");
    assert!(text(&host, ".bpc-progress-text").starts_with("Step 2 of"));
}
