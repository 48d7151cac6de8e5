//! The words of saving on the device (only with `save="local"` and consent)
//! and of the plain fallback shown when the widget cannot run.

#[derive(Debug, PartialEq)]
pub struct RememberText {
    pub question: &'static str,
    pub help: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// Shown while answers are being kept.
    pub on: &'static str,
    pub forget: &'static str,
    pub forgotten: &'static str,
    pub restored: &'static str,
    /// A stored record that could not be used (corrupt, old or edited).
    pub ignored: &'static str,
    /// The browser refused storage (private mode, blocked by settings).
    pub unavailable: &'static str,
}
