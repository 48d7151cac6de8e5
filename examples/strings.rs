//! Prints every string a person can read in one language, as a JSON array:
//! `cargo run --example strings -- es`. The end-to-end tests use it to check
//! that a Spanish walk shows no English.

use back_pain_check::content::{export_text, texts};

fn main() {
    let code = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let t = texts(&code);
    let mut out: Vec<&str> = Vec::new();
    let l = t.lang;
    for q in l.questions {
        out.extend([q.text, q.help]);
        out.extend(q.options.iter().map(|(_, label)| *label));
    }
    out.extend(l.sections.iter().map(|(_, title)| *title));
    for tr in l.triage {
        out.extend([tr.title, tr.action]);
    }
    for e in l
        .red_flags
        .iter()
        .chain(l.patterns)
        .chain(l.risk_factors)
        .chain(l.reasons)
    {
        out.extend([e.title, e.text]);
    }
    for a in l.advice {
        out.push(a.title);
        out.extend(a.body.iter().copied());
    }
    // The widget's own strings, through their Debug form: every field is a &str.
    for debug in [
        format!("{:?}", t.ui),
        format!("{:?}", t.result),
        format!("{:?}", t.remember),
        format!("{:?}", export_text(t.lang)),
    ] {
        out.extend(
            debug_strings(&debug)
                .into_iter()
                .map(|s| &*Box::leak(s.into_boxed_str())),
        );
    }
    out.retain(|s| !s.is_empty());
    println!(
        "{}",
        serde_json::to_string(&out).expect("strings serialise")
    );
}

/// The string values of a derived `Debug` of a struct of `&str` fields.
fn debug_strings(debug: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = debug;
    while let Some(start) = rest.find(": \"") {
        rest = &rest[start + 3..];
        let mut value = String::new();
        let mut chars = rest.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, next)) = chars.next() {
                        value.push(match next {
                            'n' => '\n',
                            other => other,
                        });
                    }
                }
                '"' => {
                    rest = &rest[i + 1..];
                    break;
                }
                c => value.push(c),
            }
        }
        out.push(value);
    }
    out
}
