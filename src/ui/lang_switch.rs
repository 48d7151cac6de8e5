//! The language switch: every other language the widget speaks, each named in
//! itself (so a person who cannot read the current one still finds theirs).

use yew::prelude::*;

use crate::content::LANGUAGES;

#[derive(Properties, PartialEq)]
pub struct SwitchProps {
    pub current: &'static str,
    pub on_choose: Callback<&'static str>,
    /// "Language", in the current language, for screen readers.
    pub label: &'static str,
}

#[function_component(LanguageSwitch)]
pub fn language_switch(props: &SwitchProps) -> Html {
    html! {
        <nav class="bpc-langs" aria-label={props.label}>
            { for LANGUAGES.iter().filter(|t| t.lang.code != props.current).map(|t| {
                let code = t.lang.code;
                let on_choose = props.on_choose.clone();
                html! {
                    <button type="button" class="bpc-link" lang={code} data-lang={code}
                        onclick={Callback::from(move |_| on_choose.emit(code))}>
                        { t.name }
                    </button>
                }
            }) }
        </nav>
    }
}
