//! The JavaScript entry points behind the `<back-pain-check>` custom element.
//!
//! The element itself is defined by `loader.js` (custom elements must be JS
//! classes); it calls [`mount`] once per element with its shadow-root
//! container, the words of its first language and a function that fetches
//! another language's words, and keeps the returned [`Widget`] to pass
//! attribute changes, `reset()` and the `assessment` property through. Events for the host are
//! dispatched here, on the element, bubbling and composed.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, Callback};

use crate::settings::{Settings, ATTRIBUTES};
use crate::storage;
use crate::ui::{App, AppProps, Completed, LoadLanguage};

/// One widget on the page, owned by its element.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    props: AppProps,
    /// The last assessment shown, as a JS object (the contract's shape).
    latest: Rc<RefCell<JsValue>>,
    host: HtmlElement,
}

thread_local! {
    /// Every element with a live widget, for the panic hook.
    static HOSTS: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
}

/// On an internal error, every widget on the page shows its plain fallback
/// (drawn by loader.js) instead of a frozen or empty box. The wasm cannot be
/// trusted after a panic, so the hook only sends one event to each element.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Through Yew, which would otherwise replace the hook when it renders.
        yew::set_custom_panic_hook(Box::new(|info| {
            gloo_console::error!(info.to_string());
            let hosts = HOSTS.with(|h| h.borrow().clone());
            for host in hosts {
                if let Ok(event) = web_sys::Event::new("back-pain-check-failed") {
                    let _ = host.dispatch_event(&event);
                }
            }
        }));
    });
}

/// Test-only trigger for the fallback: a deliberate internal error. Not part
/// of the element's API; end-to-end tests call it through the module.
#[wasm_bindgen]
pub fn test_only_panic() {
    panic!("test_only_panic");
}

/// Renders a widget for `host` into `container` (inside the host's shadow
/// root). `words` is a language file (`crates/content/src/asset.rs`), read
/// before the first render; `load_words(code)` returns a promise of another
/// language's file. A file that cannot be read is an error the loader turns
/// into the element's fallback.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    container: Element,
    words: String,
    load_words: js_sys::Function,
) -> Result<Widget, JsValue> {
    crate::content::add(words).map_err(|e| JsValue::from_str(&e.to_string()))?;
    install_panic_hook();
    HOSTS.with(|h| h.borrow_mut().push(host.clone()));
    let mut settings = Settings::default();
    for name in ATTRIBUTES {
        if let Some(value) = host.get_attribute(name) {
            apply(&mut settings, name, Some(&value));
        }
    }
    let latest = Rc::new(RefCell::new(JsValue::NULL));
    let on_complete = {
        let host = host.clone();
        let latest = latest.clone();
        Callback::from(move |c: Completed| {
            let assessment = parse(&c.assessment.to_json());
            *latest.borrow_mut() = assessment.clone();
            let detail = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&detail, &"assessment".into(), &assessment);
            let _ = js_sys::Reflect::set(&detail, &"answers".into(), &parse(&c.answers.to_json()));
            dispatch(&host, "assessment-complete", &detail);
        })
    };
    let on_restart = {
        let host = host.clone();
        let latest = latest.clone();
        Callback::from(move |()| {
            *latest.borrow_mut() = JsValue::NULL;
            dispatch(&host, "assessment-restart", &JsValue::NULL);
        })
    };
    let path = host
        .owner_document()
        .and_then(|d| d.location())
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let id = host.id();
    let props = AppProps {
        settings: Rc::new(settings),
        on_complete,
        on_restart,
        reset: 0,
        storage_key: Some(storage::key(&path, Some(&id)).into()),
        load_language: Callback::from(move |request| load_language(&load_words, request)),
    };
    let app = yew::Renderer::<App>::with_root_and_props(container, props.clone()).render();
    let host_for_widget = host.clone();
    Ok(Widget {
        app: Some(app),
        props,
        latest,
        host: host_for_widget,
    })
}

/// Asks the loader for a language's file, reads it, and says whether the
/// language is here now. A failed fetch or an unreadable file is a `false`
/// (the widget keeps its language and says so), never an internal error.
fn load_language(load_words: &js_sys::Function, request: LoadLanguage) {
    let promise = load_words
        .call1(&JsValue::NULL, &JsValue::from_str(request.code))
        .map(|p| js_sys::Promise::resolve(&p));
    wasm_bindgen_futures::spawn_local(async move {
        let file = match promise {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.ok(),
            Err(_) => None,
        };
        let read = match file.and_then(|f| f.as_string()) {
            Some(file) => crate::content::add(file)
                .map_err(|e| gloo_console::warn!(e.to_string()))
                .is_ok(),
            None => false,
        };
        request.done.emit(read);
    });
}

#[wasm_bindgen]
impl Widget {
    /// An observed attribute changed (`value` is null when it was removed).
    pub fn set_attribute(&mut self, name: &str, value: Option<String>) {
        let mut settings = (*self.props.settings).clone();
        apply(&mut settings, name, value.as_deref());
        if settings != *self.props.settings {
            self.props.settings = Rc::new(settings);
            self.update();
        }
    }

    /// The latest assessment, or null before a result was shown.
    pub fn assessment(&self) -> JsValue {
        self.latest.borrow().clone()
    }

    /// Clears every answer and starts again.
    pub fn reset(&mut self) {
        self.props.reset += 1;
        self.update();
    }

    /// Removes the widget and frees what it holds.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        HOSTS.with(|h| h.borrow_mut().retain(|e| e != &self.host));
    }
}

impl Widget {
    fn update(&mut self) {
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
    }
}

/// Applies one attribute, warning once (naming it) when its value is invalid.
fn apply(settings: &mut Settings, name: &str, value: Option<&str>) {
    if let Err(invalid) = settings.apply(name, value, &crate::content::language_codes()) {
        gloo_console::warn!(invalid.to_string());
    }
}

/// Our own JSON, always valid; parsed into a plain JS object for the host.
fn parse(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
