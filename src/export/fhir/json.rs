//! The FHIR resources' JSON writer.
//!
//! The contract's JSON (answers, assessment) is serde's; FHIR keeps this
//! small streaming writer because the same resources as serde structs
//! (tried: one struct per resource and element) made the shipped wasm
//! 10.5 KB larger raw and 2.5 KB larger gzip, and the widget's files must
//! not grow. The e2e suite validates the output with FHIR.js, Medplum and
//! LHC-Forms.

/// A tiny JSON writer: keys are ours, and values are escaped for quotes,
/// backslashes; control characters become spaces.
#[derive(Default)]
pub(crate) struct JsonWriter {
    pub out: String,
    /// Whether the current object or array needs a comma before the next item.
    needs_comma: bool,
}

impl JsonWriter {
    fn sep(&mut self) {
        if self.needs_comma {
            self.out.push(',');
        }
    }

    pub fn open(&mut self, c: char) {
        self.sep();
        self.out.push(c);
        self.needs_comma = false;
    }

    pub fn close(&mut self, c: char) {
        self.out.push(c);
        self.needs_comma = true;
    }

    pub fn key(&mut self, k: &str) {
        self.string(k);
        self.out.push(':');
        self.needs_comma = false;
    }

    pub fn raw(&mut self, s: &str) {
        self.sep();
        self.out.push_str(s);
        self.needs_comma = true;
    }

    pub fn string(&mut self, s: &str) {
        self.sep();
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                c if (c as u32) < 0x20 => self.out.push(' '),
                c => self.out.push(c),
            }
        }
        self.out.push('"');
        self.needs_comma = true;
    }

    pub fn strings(&mut self, items: &[&str]) {
        self.open('[');
        for s in items {
            self.string(s);
        }
        self.close(']');
    }
}
