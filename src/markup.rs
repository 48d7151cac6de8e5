//! A small HTML writer for the widget's read-only screens (the review list
//! and the result).
//!
//! Those screens hold hundreds of elements and no state. Written as one
//! string and parsed by the browser in one go, they cost one call from wasm to
//! the page instead of several per element, and far less wasm code than the
//! same markup built node by node. Every text and attribute value is escaped
//! here, so words from the host page (a clinic's name) can never become markup.

/// HTML text being written. Tags and attribute names are the caller's
/// constants; everything else goes through [`escape`].
#[derive(Debug, Default)]
pub struct Markup {
    html: String,
}

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag name="value" ...>`. An attribute with an empty name is skipped,
    /// so callers can leave out optional ones with `("", "")`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.html.push('<');
        self.html.push_str(tag);
        for (name, value) in attrs {
            if name.is_empty() {
                continue;
            }
            self.html.push(' ');
            self.html.push_str(name);
            self.html.push_str("=\"");
            escape(&mut self.html, value);
            self.html.push('"');
        }
        self.html.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.html.push_str("</");
        self.html.push_str(tag);
        self.html.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.html, text);
        self
    }

    /// Appends markup written earlier by a [`Markup`] (already escaped).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.html.push_str(markup);
        self
    }

    /// `<tag ...>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// An SVG shape with no content, closed at once.
    pub fn shape(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.open(tag, attrs).close(tag)
    }

    pub fn finish(self) -> String {
        self.html
    }
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped: safe both as text
/// and inside a double-quoted attribute value.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn writes_elements_and_escapes_every_value() {
        let mut m = Markup::new();
        m.open(
            "p",
            &[("class", "a\"b"), ("", "skipped"), ("data-x", "<&>")],
        )
        .text("Tom & Jerry's <b>")
        .close("p")
        .element("strong", &[], "ok")
        .shape("rect", &[("x", "1")]);
        assert_eq!(
            m.finish(),
            "<p class=\"a&quot;b\" data-x=\"&lt;&amp;&gt;\">Tom &amp; Jerry&#39;s &lt;b&gt;</p>\
             <strong>ok</strong><rect x=\"1\"></rect>"
        );
    }

    #[test]
    fn host_words_never_become_markup() {
        let mut m = Markup::new();
        m.element(
            "p",
            &[("title", "\"><script>x()</script>")],
            "<img src=x onerror=alert(1)>",
        );
        let html = m.finish();
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{html}"
        );
    }
}
