//! Writes every language's file (see `src/asset.rs`) into a folder:
//!
//!     cargo run -p back-pain-check-content --example texts -- DIR
//!
//! writes `DIR/texts-en.txt`, `DIR/texts-es.txt` ... and prints their names.
//! The build's post-build hook (scripts/trunk-post-build.mjs) runs it and
//! names each file by a hash of its content, like the other shipped files.

use std::path::PathBuf;
use std::process::ExitCode;

use back_pain_check_content::{encode, BUNDLED};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: texts DIR");
        return ExitCode::from(2);
    };
    for lang in BUNDLED {
        let name = format!("texts-{}.txt", lang.code);
        let written = encode(lang)
            .map_err(|e| e.to_string())
            .and_then(|file| std::fs::write(dir.join(&name), file).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("texts: {name}: {e}");
            return ExitCode::FAILURE;
        }
        println!("{name}");
    }
    ExitCode::SUCCESS
}
