//! The host page's settings, read from the element's attributes.
//!
//! Pure Rust so that every attribute value, however odd, is tested natively.
//! An invalid value never breaks the widget: the attribute falls back to its
//! default and the caller logs the returned warning once.

use std::fmt;

/// The emergency number used when the host sets none (the European one).
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";
const MAX_NUMBER_LEN: usize = 16;
const MAX_NAME_LEN: usize = 120;
const MAX_CONTACT_LEN: usize = 200;

/// One attribute the element observes, as a host developer reads about it.
/// The README's attribute table and `custom-elements.json` are both made
/// from [`ATTRIBUTE_TABLE`] (`cargo run --example manifest`), and tests hold
/// it to [`Settings::apply`] and to `loader.js`, so none of them can drift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribute {
    pub name: &'static str,
    /// The accepted values, in words (markdown).
    pub values: &'static str,
    /// The only values accepted, when they are a fixed list; empty for text.
    pub options: &'static [&'static str],
    /// The default, in words (markdown).
    pub default: &'static str,
    /// The attribute value that means the default, when there is one.
    pub default_value: Option<&'static str>,
}

/// The attributes the element observes, with what hosts may set them to.
impl Attribute {
    /// The accepted values in words, `{languages}` written out as the codes
    /// the widget speaks (`en` or `es`).
    pub fn values_text(&self) -> String {
        let codes: Vec<String> = crate::content::language_codes()
            .iter()
            .map(|c| format!("`{c}`"))
            .collect();
        let languages = match codes.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        };
        self.values.replace("{languages}", &languages)
    }
}

pub const ATTRIBUTE_TABLE: &[Attribute] = &[
    Attribute {
        name: "lang",
        // `{languages}`: the codes of `content::LANGUAGES`, filled in by
        // `Attribute::values_text` so the docs follow the language list.
        values: "{languages} (a region such as `es-MX` is fine)",
        options: &[],
        default: "the browser's languages, else English; the person can switch in the widget",
        default_value: None,
    },
    Attribute {
        name: "theme",
        values: "`light`, `dark`, `auto`",
        options: &["light", "dark", "auto"],
        default: "`auto` (follows the system)",
        default_value: Some("auto"),
    },
    Attribute {
        name: "emergency-number",
        values: "a phone number such as `112`, `999`, `911`",
        options: &[],
        default: "`112`",
        default_value: Some(DEFAULT_EMERGENCY_NUMBER),
    },
    Attribute {
        name: "clinic-name",
        values: "text, up to 120 characters",
        options: &[],
        default: "none",
        default_value: None,
    },
    Attribute {
        name: "clinic-contact",
        values: "text, up to 200 characters (how to book)",
        options: &[],
        default: "none",
        default_value: None,
    },
    Attribute {
        name: "save",
        values: "`none`, `local`",
        options: &["none", "local"],
        default: "`none` (nothing is stored)",
        default_value: Some("none"),
    },
];

/// The attributes the element observes, by name.
pub const ATTRIBUTES: &[&str] = &attribute_names::<{ ATTRIBUTE_TABLE.len() }>();

const fn attribute_names<const N: usize>() -> [&'static str; N] {
    let mut names = [""; N];
    let mut i = 0;
    while i < N {
        names[i] = ATTRIBUTE_TABLE[i].name;
        i += 1;
    }
    names
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the person's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Save {
    /// Nothing is stored anywhere.
    #[default]
    None,
    /// The person may choose to keep their answers on this device.
    Local,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The language asked for by the host, when it is one we have.
    pub lang: Option<&'static str>,
    pub theme: Theme,
    pub emergency_number: String,
    pub clinic_name: Option<String>,
    pub clinic_contact: Option<String>,
    pub save: Save,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: None,
            theme: Theme::Auto,
            emergency_number: DEFAULT_EMERGENCY_NUMBER.to_owned(),
            clinic_name: None,
            clinic_contact: None,
            save: Save::None,
        }
    }
}

/// An attribute value that was refused; `Display` is the console warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeError {
    pub attribute: &'static str,
    pub expected: &'static str,
}

impl fmt::Display for AttributeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<back-pain-check>: ignored an invalid \"{}\" attribute (expected {}); using the default",
            self.attribute, self.expected
        )
    }
}

impl std::error::Error for AttributeError {}

impl Settings {
    /// Applies one attribute (`None` when it was removed). On an invalid value
    /// the attribute returns to its default and the warning is returned.
    /// Unknown attribute names are ignored.
    pub fn apply(
        &mut self,
        name: &str,
        value: Option<&str>,
        languages: &[&'static str],
    ) -> Result<(), AttributeError> {
        let defaults = Settings::default();
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        let invalid = |attribute, expected| AttributeError {
            attribute,
            expected,
        };
        match name {
            "lang" => {
                self.lang = None;
                if let Some(v) = value {
                    self.lang = Some(
                        match_language(v, languages)
                            .ok_or(invalid("lang", "a language the widget has, such as \"en\""))?,
                    );
                }
            }
            "theme" => {
                self.theme = defaults.theme;
                self.theme = match value {
                    None | Some("auto") => Theme::Auto,
                    Some("light") => Theme::Light,
                    Some("dark") => Theme::Dark,
                    Some(_) => return Err(invalid("theme", "light, dark or auto")),
                };
            }
            "emergency-number" => {
                self.emergency_number = defaults.emergency_number;
                if let Some(v) = value {
                    let ok = v.len() <= MAX_NUMBER_LEN
                        && v.chars().any(|c| c.is_ascii_digit())
                        && v.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
                    if !ok {
                        return Err(invalid(
                            "emergency-number",
                            "a phone number such as 112 or 911",
                        ));
                    }
                    self.emergency_number = v.to_owned();
                }
            }
            "clinic-name" => {
                self.clinic_name = None;
                self.clinic_name = text(value, MAX_NAME_LEN)
                    .map_err(|_| invalid("clinic-name", "up to 120 characters of text"))?;
            }
            "clinic-contact" => {
                self.clinic_contact = None;
                self.clinic_contact = text(value, MAX_CONTACT_LEN)
                    .map_err(|_| invalid("clinic-contact", "up to 200 characters of text"))?;
            }
            "save" => {
                self.save = defaults.save;
                self.save = match value {
                    None | Some("none") => Save::None,
                    Some("local") => Save::Local,
                    Some(_) => return Err(invalid("save", "none or local")),
                };
            }
            _ => {}
        }
        Ok(())
    }
}

/// Free text for display: bounded, and without control characters.
fn text(value: Option<&str>, max: usize) -> Result<Option<String>, ()> {
    match value {
        None => Ok(None),
        Some(v) if v.chars().count() > max || v.chars().any(char::is_control) => Err(()),
        Some(v) => Ok(Some(v.to_owned())),
    }
}

/// The first of `languages` that a BCP 47 tag asks for: "es-MX" matches "es".
pub fn match_language(tag: &str, languages: &[&'static str]) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    languages.iter().copied().find(|l| *l == primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["en", "es"];

    fn applied(name: &str, value: Option<&str>) -> (Settings, Result<(), AttributeError>) {
        let mut s = Settings::default();
        let r = s.apply(name, value, LANGS);
        (s, r)
    }

    #[test]
    fn valid_values_apply() {
        assert_eq!(applied("theme", Some("dark")).0.theme, Theme::Dark);
        assert_eq!(applied("save", Some("local")).0.save, Save::Local);
        assert_eq!(applied("lang", Some("es-MX")).0.lang, Some("es"));
        assert_eq!(
            applied("emergency-number", Some(" 999 "))
                .0
                .emergency_number,
            "999"
        );
        assert_eq!(
            applied("emergency-number", Some("+44 (0) 111"))
                .0
                .emergency_number,
            "+44 (0) 111"
        );
        assert_eq!(
            applied("clinic-name", Some("Riverside Physio"))
                .0
                .clinic_name
                .as_deref(),
            Some("Riverside Physio")
        );
    }

    #[test]
    fn invalid_values_fall_back_and_name_the_attribute() {
        for (name, value) in [
            ("theme", "purple"),
            ("save", "cloud"),
            ("lang", "xx"),
            ("emergency-number", "call us"),
            ("emergency-number", "12345678901234567890"),
            ("clinic-name", "a\u{7}b"),
        ] {
            let mut s = Settings {
                theme: Theme::Dark,
                save: Save::Local,
                lang: Some("es"),
                emergency_number: "911".into(),
                clinic_name: Some("Old".into()),
                ..Settings::default()
            };
            let e = s.apply(name, Some(value), LANGS).unwrap_err();
            assert_eq!(e.attribute, name);
            assert!(e.to_string().contains(&format!("\"{name}\"")));
            let d = Settings::default();
            match name {
                "theme" => assert_eq!(s.theme, d.theme),
                "save" => assert_eq!(s.save, d.save),
                "lang" => assert_eq!(s.lang, d.lang),
                "emergency-number" => assert_eq!(s.emergency_number, d.emergency_number),
                _ => assert_eq!(s.clinic_name, d.clinic_name),
            }
        }
    }

    #[test]
    fn removed_or_empty_attributes_return_to_defaults() {
        let mut s = Settings::default();
        s.apply("theme", Some("light"), LANGS).unwrap();
        s.apply("theme", None, LANGS).unwrap();
        assert_eq!(s.theme, Theme::Auto);
        s.apply("emergency-number", Some("911"), LANGS).unwrap();
        s.apply("emergency-number", Some("  "), LANGS).unwrap();
        assert_eq!(s.emergency_number, DEFAULT_EMERGENCY_NUMBER);
    }

    #[test]
    fn huge_values_are_refused_quickly() {
        let huge = "9".repeat(3 * 1024 * 1024);
        assert!(applied("emergency-number", Some(&huge)).1.is_err());
        assert!(applied("clinic-name", Some(&huge)).1.is_err());
    }
}
