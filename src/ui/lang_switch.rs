//! The language switch: every other language the widget speaks, each named in
//! itself (so a person who cannot read the current one still finds theirs).

use yew::prelude::*;

use crate::content::LANGUAGES;

/// Buttons for every language but `current`; `label` is "Language" in the
/// current language, for screen readers.
pub fn language_switch(
    current: &str,
    on_choose: &Callback<&'static str>,
    label: &'static str,
) -> Html {
    html! {
        <nav class="bpc-langs" aria-label={label}>
            { for LANGUAGES.iter().filter(|l| l.code != current).map(|l| {
                let code = l.code;
                let on_choose = on_choose.clone();
                html! {
                    <button type="button" class="bpc-link" lang={code} data-lang={code}
                        onclick={Callback::from(move |_| on_choose.emit(code))}>
                        { l.name }
                    </button>
                }
            }) }
        </nav>
    }
}
