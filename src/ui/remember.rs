//! Keeping answers on the device, only with `save="local"` and the person's
//! "yes". Nothing is read or written otherwise. The record format and its
//! checks live in `crate::storage`; this file is the browser glue and the
//! small bar that asks, reports and forgets.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;
use yew::prelude::*;

use super::app::FlowState;
use crate::content::RememberText;
use crate::engine::{Answers, RawValue};
use crate::flow::Action;
use crate::settings::Save;
use crate::storage::{decode, encode, RawRecord, StorageError};

/// More entries than any real record has: a sign of a hand-made one.
const MAX_ENTRIES: u32 = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    /// Saving is off for this widget (`save="none"`), or storage is refused.
    Off,
    /// `save="local"`: the person has not been asked yet.
    Ask,
    Yes,
    No,
}

/// What to tell the person, in whatever language is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    On,
    Forgotten,
    Restored,
    Ignored,
    Unavailable,
}

impl Notice {
    fn text(self, t: &RememberText) -> &'static str {
        match self {
            Notice::On => t.on,
            Notice::Forgotten => t.forgotten,
            Notice::Restored => t.restored,
            Notice::Ignored => t.ignored,
            Notice::Unavailable => t.unavailable,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Remember {
    pub consent: Consent,
    pub notice: Option<Notice>,
}

/// Loads a saved record at start-up, saves every change after a "yes".
#[hook]
pub fn use_remember(
    save: Save,
    key: Option<AttrValue>,
    state: UseReducerHandle<FlowState>,
) -> UseStateHandle<Remember> {
    let remember = use_state(|| Remember {
        consent: Consent::Off,
        notice: None,
    });
    {
        let remember = remember.clone();
        let state = state.clone();
        use_effect_with((save, key.clone()), move |(save, key)| {
            let next = match (save, key) {
                (Save::Local, Some(key)) => start(key, &state),
                _ => Remember {
                    consent: Consent::Off,
                    notice: None,
                },
            };
            remember.set(next);
        });
    }
    {
        let remember = remember.clone();
        let saving = remember.consent == Consent::Yes;
        use_effect_with(
            (saving, key, state.0.answers.clone()),
            move |(saving, key, answers)| {
                if let (true, Some(key)) = (saving, key) {
                    if write(key, answers).is_err() {
                        remember.set(Remember {
                            consent: Consent::Off,
                            notice: Some(Notice::Unavailable),
                        });
                    }
                }
            },
        );
    }
    remember
}

fn start(key: &str, state: &UseReducerHandle<FlowState>) -> Remember {
    let (consent, notice) = match read(key) {
        Err(()) => (Consent::Off, Some(Notice::Unavailable)),
        Ok(None) => (Consent::Ask, None),
        Ok(Some(Ok(answers))) => {
            state.dispatch(Action::Restore(answers));
            (Consent::Yes, Some(Notice::Restored))
        }
        // They agreed before; the unusable record is replaced by new answers.
        Ok(Some(Err(_))) => (Consent::Yes, Some(Notice::Ignored)),
    };
    Remember { consent, notice }
}

/// web-sys's Storage, not gloo-storage: gloo's `LocalStorage` throws when the
/// browser refuses storage (here that is a notice, not a broken widget), and
/// reading records through its serde_json made the wasm 9 KB (gzip) larger.
fn storage() -> Result<Storage, ()> {
    gloo_utils::window()
        .local_storage()
        .map_err(|_| ())?
        .ok_or(())
}

/// `Ok(None)`: nothing saved. `Err(())`: the browser refuses storage.
fn read(key: &str) -> Result<Option<Result<Answers, StorageError>>, ()> {
    let Some(text) = storage()?.get_item(key).map_err(|_| ())? else {
        return Ok(None);
    };
    let record = match js_sys::JSON::parse(&text) {
        Ok(value) => raw_record(&value),
        Err(_) => return Ok(Some(Err(StorageError::Unreadable))),
    };
    Ok(Some(decode(record)))
}

fn write(key: &str, answers: &Answers) -> Result<(), ()> {
    storage()?.set_item(key, &encode(answers)).map_err(|_| ())
}

pub fn forget(key: &str) {
    if let Ok(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The parts of a parsed record, typed loosely; `storage::decode` judges them.
fn raw_record(value: &JsValue) -> RawRecord {
    let field = |name: &str| Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED);
    let version = field("version")
        .as_f64()
        .filter(|v| v.fract() == 0.0)
        .map(|v| v as i64);
    let answers = field("answers");
    let answers = (answers.is_object() && !Array::is_array(&answers))
        .then(|| Object::entries(answers.unchecked_ref()))
        .filter(|entries| entries.length() <= MAX_ENTRIES)
        .map(|entries| {
            entries
                .iter()
                .filter_map(|pair| {
                    let pair: Array = pair.dyn_into().ok()?;
                    Some((pair.get(0).as_string()?, raw_value(&pair.get(1))))
                })
                .collect()
        });
    RawRecord { version, answers }
}

fn raw_value(v: &JsValue) -> RawValue {
    if let Some(b) = v.as_bool() {
        RawValue::Bool(b)
    } else if let Some(n) = v.as_f64() {
        if n.fract() == 0.0 && n.abs() < 9.0e15 {
            RawValue::Int(n as i64)
        } else {
            RawValue::Other("number with a fraction")
        }
    } else if let Some(s) = v.as_string() {
        RawValue::Str(s)
    } else if Array::is_array(v) {
        let items: Array = v.clone().unchecked_into();
        RawValue::List(
            items
                .iter()
                .take(MAX_ENTRIES as usize)
                .map(|i| raw_value(&i))
                .collect(),
        )
    } else if v.is_null() {
        RawValue::Other("null")
    } else {
        RawValue::Other("object")
    }
}

#[derive(Properties, PartialEq)]
pub struct BarProps {
    pub remember: UseStateHandle<Remember>,
    pub key_name: Option<AttrValue>,
    pub text: &'static RememberText,
}

/// Asks once, says what happened, and offers to forget.
#[function_component(RememberBar)]
pub fn remember_bar(props: &BarProps) -> Html {
    let r = &*props.remember;
    let t = props.text;
    let set = |consent: Consent, notice: Option<Notice>| {
        let remember = props.remember.clone();
        let key = props.key_name.clone();
        Callback::from(move |_: MouseEvent| {
            if consent == Consent::No {
                if let Some(key) = &key {
                    forget(key);
                }
            }
            remember.set(Remember { consent, notice });
        })
    };
    if r.consent == Consent::Off && r.notice.is_none() {
        return Html::default();
    }
    html! {
        <div class="bpc-remember" part="remember">
            if let Some(notice) = r.notice {
                <p class="bpc-remember-notice" role="status">{ notice.text(t) }</p>
            }
            if r.consent == Consent::Ask {
                <p class="bpc-remember-question">{ t.question }</p>
                <p class="bpc-small">{ t.help }</p>
                <div class="bpc-remember-actions">
                    <button type="button" class="bpc-button bpc-secondary" part="button"
                        onclick={set(Consent::Yes, Some(Notice::On))}>{ t.yes }</button>
                    <button type="button" class="bpc-button bpc-secondary" part="button"
                        onclick={set(Consent::No, None)}>{ t.no }</button>
                </div>
            }
            if r.consent == Consent::Yes {
                <button type="button" class="bpc-link" onclick={set(Consent::No, Some(Notice::Forgotten))}>
                    { t.forget }
                </button>
            }
        </div>
    }
}
