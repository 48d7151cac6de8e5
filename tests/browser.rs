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

/// A click on an element that has no `.click()` (an SVG shape): a bubbling
/// "click" event, which is what Yew listens for.
async fn tap(host: &Element, selector: &str) {
    let el = find(host, selector).unwrap_or_else(|| panic!("no {selector}"));
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict("click", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

/// The position of the checked option of a question, if any.
fn checked_option(host: &Element, question: &str) -> Option<u32> {
    let inputs = host
        .query_selector_all(&format!("[data-question=\"{question}\"] input"))
        .unwrap();
    (0..inputs.length()).find(|&i| {
        inputs
            .item(i)
            .unwrap()
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .checked()
    })
}

/// From the first screen to the "where" step: a valid age, then the first
/// option of every question, then Next.
async fn go_to_where(host: &Element) {
    type_into(host, "input.bpc-number", "34").await;
    for _ in 0..10 {
        if step(host) == "where" {
            return;
        }
        let questions = host.query_selector_all("fieldset.bpc-question").unwrap();
        for i in 0..questions.length() {
            let q: Element = questions.item(i).unwrap().dyn_into().unwrap();
            if let Some(first) = q.query_selector("input[type=radio]").unwrap() {
                if !first.dyn_ref::<HtmlInputElement>().unwrap().checked() {
                    first.dyn_into::<HtmlElement>().unwrap().click();
                    yew::scheduler::flush().await;
                }
            }
        }
        click(host, "button[type=submit]").await;
    }
    panic!("never reached the where step, stuck at {}", step(host));
}

#[wasm_bindgen_test]
async fn body_diagram_taps_answer_the_where_questions() {
    let host = mount().await;
    go_to_where(&host).await;
    assert!(find(&host, ".bpc-region.bpc-selected").is_none());
    let svg = find(&host, "svg.bpc-body-svg").unwrap();
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg.get_attribute("aria-label").unwrap().contains("No pain"));

    tap(&host, "[data-region=\"left_lower_leg\"]").await;
    assert_eq!(checked_option(&host, "pain_reach"), Some(2), "below_knee");
    assert_eq!(checked_option(&host, "leg_pain_side"), Some(1), "one_leg");
    // Both views mark the same region.
    let marked = host
        .query_selector_all("[data-region=\"left_lower_leg\"].bpc-selected")
        .unwrap();
    assert_eq!(marked.length(), 2);
    let label = find(&host, "svg.bpc-body-svg")
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.contains("left leg below the knee"), "{label}");

    tap(&host, "[data-region=\"right_upper_leg\"]").await;
    assert_eq!(checked_option(&host, "pain_reach"), Some(2), "below_knee");
    assert_eq!(checked_option(&host, "leg_pain_side"), Some(2), "both_legs");

    tap(&host, "[data-region=\"left_lower_leg\"]").await;
    assert_eq!(
        checked_option(&host, "pain_reach"),
        Some(1),
        "buttock_or_thigh"
    );
    assert_eq!(checked_option(&host, "leg_pain_side"), Some(1), "one_leg");
}

#[wasm_bindgen_test]
async fn radio_answers_redraw_the_body_diagram() {
    let host = mount().await;
    go_to_where(&host).await;
    // "Lower back only": only the lower back is marked.
    click(
        &host,
        "[data-question=\"pain_reach\"] .bpc-option:nth-of-type(1) input",
    )
    .await;
    let marked: Vec<String> = {
        let list = host.query_selector_all(".bpc-region.bpc-selected").unwrap();
        (0..list.length())
            .map(|i| {
                list.item(i)
                    .unwrap()
                    .dyn_into::<Element>()
                    .unwrap()
                    .get_attribute("data-region")
                    .unwrap()
            })
            .collect()
    };
    assert_eq!(marked, vec!["lower_back"]);
    // "Both legs" with the reach "below the knee": both lower legs, in both views.
    click(
        &host,
        "[data-question=\"pain_reach\"] .bpc-option:nth-of-type(3) input",
    )
    .await;
    click(
        &host,
        "[data-question=\"leg_pain_side\"] .bpc-option:nth-of-type(3) input",
    )
    .await;
    for id in ["left_lower_leg", "right_lower_leg"] {
        let n = host
            .query_selector_all(&format!("[data-region=\"{id}\"].bpc-selected"))
            .unwrap()
            .length();
        assert_eq!(n, 2, "{id}");
    }
}

/// Answers every question on the current screen calmly: "No" for yes/no
/// questions, else the first option; age 34.
async fn answer_calmly(host: &Element) {
    if let Some(age) = find(host, "[data-question=\"age\"] input.bpc-number") {
        if age
            .dyn_ref::<HtmlInputElement>()
            .unwrap()
            .value()
            .is_empty()
        {
            type_into(host, "[data-question=\"age\"] input.bpc-number", "34").await;
        }
    }
    let questions = host.query_selector_all("fieldset.bpc-question").unwrap();
    for i in 0..questions.length() {
        let q: Element = questions.item(i).unwrap().dyn_into().unwrap();
        let pick = q
            .query_selector("input[value=\"false\"]")
            .unwrap()
            .or_else(|| {
                q.query_selector("input[type=radio], input[type=checkbox]")
                    .unwrap()
            });
        if let Some(input) = pick {
            if !input.dyn_ref::<HtmlInputElement>().unwrap().checked() {
                input.dyn_into::<HtmlElement>().unwrap().click();
                yew::scheduler::flush().await;
            }
        }
    }
}

/// Answers calmly and moves on until the screen `target` (a step id, or
/// "review").
async fn go_to(host: &Element, target: &str) {
    for _ in 0..40 {
        let here = if find(host, ".bpc-review").is_some() {
            "review".to_owned()
        } else {
            step(host)
        };
        if here == target {
            return;
        }
        answer_calmly(host).await;
        click(host, "button[type=submit]").await;
    }
    panic!("never reached {target}, stuck at {}", step(host));
}

fn progress(host: &Element) -> (u32, u32) {
    let t = text(host, ".bpc-progress-text");
    let mut n = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty());
    let at = n.next().unwrap().parse().unwrap();
    let total = n.next().unwrap().parse().unwrap();
    (at, total)
}

#[wasm_bindgen_test]
async fn back_keeps_answers() {
    let host = mount().await;
    go_to(&host, "course").await;
    let duration_choice = {
        click(&host, "button.bpc-secondary").await; // back to pain_now
        click(&host, "button.bpc-secondary").await; // back to duration
        assert_eq!(step(&host), "duration");
        checked_option(&host, "duration")
    };
    assert_eq!(
        duration_choice,
        Some(0),
        "the duration answer is still there"
    );
    click(&host, "button.bpc-secondary").await;
    assert_eq!(step(&host), "about_you");
    let age: HtmlInputElement = find(&host, "input.bpc-number").unwrap().dyn_into().unwrap();
    assert_eq!(age.value(), "34");
    click(&host, "button[type=submit]").await;
    assert_eq!(step(&host), "duration");
}

#[wasm_bindgen_test]
async fn edit_from_review_changes_an_answer_and_returns() {
    let host = mount().await;
    go_to(&host, "review").await;
    let smoking = "[data-question=\"smoking\"]";
    assert!(text(&host, &format!(".bpc-review-row{smoking} dd")).starts_with("No"));
    click(&host, &format!(".bpc-review-row{smoking} button")).await;
    assert_eq!(step(&host), "habits");
    click(&host, &format!("fieldset{smoking} input[value=\"true\"]")).await;
    click(&host, "button[type=submit]").await;
    assert!(find(&host, ".bpc-review").is_some(), "back on the review");
    assert!(text(&host, &format!(".bpc-review-row{smoking} dd")).starts_with("Yes"));
}

#[wasm_bindgen_test]
async fn a_red_flag_ends_the_flow_early() {
    let host = mount().await;
    go_to(&host, "warning_nerves").await;
    answer_calmly(&host).await;
    click(
        &host,
        "[data-question=\"saddle_numbness\"] input[value=\"true\"]",
    )
    .await;
    click(&host, "button[type=submit]").await;
    assert_eq!(
        find(&host, ".bpc-banner").and_then(|b| b.get_attribute("data-triage")),
        Some("emergency".into())
    );
    assert!(find(&host, ".bpc-review").is_none(), "no review first");
    assert!(text(&host, ".bpc-result .bpc-notice").contains("stopped the questions"));
}

#[wasm_bindgen_test]
async fn progress_updates_when_skip_logic_changes() {
    let host = mount().await;
    go_to(&host, "where").await;
    let (at, total) = progress(&host);
    click(
        &host,
        "[data-question=\"leg_pain_side\"] input[value=\"one_leg\"]",
    )
    .await;
    assert_eq!(
        progress(&host),
        (at, total + 1),
        "the walking question joins the path"
    );
    click(
        &host,
        "[data-question=\"leg_pain_side\"] input[value=\"none\"]",
    )
    .await;
    assert_eq!(progress(&host), (at, total));
}
