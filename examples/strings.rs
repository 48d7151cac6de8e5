//! Prints every string a person can read in one language, as a JSON array:
//! `cargo run --example strings -- es`. The end-to-end tests use it to check
//! that a Spanish walk shows no English.

use back_pain_check::content::bundled;

fn main() {
    let code = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let mut out: Vec<&str> = bundled(&code)
        .strings()
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    out.retain(|s| !s.is_empty());
    println!(
        "{}",
        serde_json::to_string(&out).expect("strings serialise")
    );
}
