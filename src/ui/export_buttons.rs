//! Taking the result to a clinician, all made on the device (the printed
//! page's date and answers are in the result's markup): "Copy summary" (plain
//! text to the clipboard) and "Download for your clinician (FHIR)" (a Bundle made into
//! a Blob and saved through a temporary `<a download>`). Nothing is uploaded.

use gloo_file::{Blob, ObjectUrl};
use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::app::Ctx;
use crate::content::{ExportText, Lang};
use crate::engine::assess;
use crate::export::{date_words, fhir, summary};
use crate::flow::effective_answers;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub ctx: Ctx,
}

/// Now on this device, in its own time zone, as a FHIR dateTime
/// (`2026-11-27T16:05:09+01:00`): when the answers were given.
fn now_fhir() -> String {
    let d = js_sys::Date::new_0();
    // getTimezoneOffset is UTC minus local time, in minutes.
    let offset = -(d.get_timezone_offset() as i32);
    fhir::date_time(
        (d.get_full_year(), d.get_month() + 1, d.get_date()),
        (d.get_hours(), d.get_minutes(), d.get_seconds()),
        offset,
    )
}

/// Today on this device: a FHIR date (`2025-01-31`) and the same in words.
pub(super) fn today(lang: &Lang) -> (String, String) {
    let d = js_sys::Date::new_0();
    let (year, month, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    let iso = format!("{year:04}-{month:02}-{day:02}");
    (iso, date_words(lang, year, month, day))
}

/// The copy and download buttons with a status line.
#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportProps) -> Html {
    let ctx = &props.ctx;
    let t: &'static ExportText = ctx.lang.export;
    let status = use_state(|| None::<String>);

    let copy = {
        let ctx = ctx.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let answers = effective_answers(&ctx.flow().answers);
            let (_, date) = today(ctx.lang);
            let text = summary::plain_text(
                &answers,
                &assess(&answers),
                ctx.lang,
                &date,
                &ctx.settings.emergency_number,
            );
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let message = match copy_text(&text).await {
                    Copy::Done => t.copied,
                    Copy::Unavailable => t.clipboard_unavailable,
                    Copy::Refused => t.copy_failed,
                };
                status.set(Some(message.to_owned()));
            });
        })
    };

    let download = {
        let ctx = ctx.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let answers = effective_answers(&ctx.flow().answers);
            let (iso, _) = today(ctx.lang);
            let json = fhir::bundle(ctx.lang, &answers, &assess(&answers), &now_fhir());
            let file = format!("back-pain-check-{iso}.fhir.json");
            let message = match save_file(&json, &file, "application/fhir+json") {
                Ok(()) => t.downloaded.replace("{file}", &file),
                Err(_) => t.download_failed.to_owned(),
            };
            status.set(Some(message));
        })
    };

    html! {
        <div class="bpc-export bpc-no-print" part="export">
                <button type="button" class="bpc-button bpc-secondary" part="button secondary-button" data-export="copy" onclick={copy}>
                    { t.copy_summary }
                </button>
                <button type="button" class="bpc-button bpc-secondary" part="button secondary-button" data-export="fhir" onclick={download}>
                    { t.download_fhir }
                </button>
                <p class="bpc-export-status" role="status" aria-live="polite">
                    { (*status).clone().unwrap_or_default() }
                </p>
        </div>
    }
}

enum Copy {
    Done,
    /// No clipboard here (an insecure page, or an old browser).
    Unavailable,
    /// The browser said no (permission, or the page lost focus).
    Refused,
}

async fn copy_text(text: &str) -> Copy {
    let navigator = gloo_utils::window().navigator();
    // `navigator.clipboard` is undefined outside secure contexts.
    let clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    if clipboard.is_undefined() || clipboard.is_null() {
        return Copy::Unavailable;
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    match wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await {
        Ok(_) => Copy::Done,
        Err(_) => Copy::Refused,
    }
}

/// Saves `text` as a file: a Blob, an object URL, a temporary `<a download>`
/// clicked, and the URL revoked (the `ObjectUrl` dropped) once the click has
/// been handled: revoked at once, some browsers would cancel the download.
fn save_file(text: &str, name: &str, mime: &str) -> Result<(), JsValue> {
    let document = gloo_utils::document();
    // A JS string, as before: gloo's `&str` path would add a second way of
    // passing text (a Uint8Array view) to the JS glue.
    let text = js_sys::JsString::from(text);
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    Timeout::new(0, move || drop(url)).forget();
    Ok(())
}
