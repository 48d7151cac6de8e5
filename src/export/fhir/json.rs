//! Writes the engine's JSON by hand, so no serde ships in the wasm.

/// A tiny JSON writer: the output is all ids and numbers, so no escaping
/// beyond quotes and backslashes is needed, and no serde ships in the wasm.
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
