//! The words of the exports for a clinician: the plain-text summary, the
//! copy and download buttons and their messages, and the few labels the FHIR
//! resources carry. A struct rather than a table, so a language that misses a
//! string does not compile.

#[derive(Debug)]
pub struct ExportText {
    /// The first line of the plain-text summary.
    pub summary_title: &'static str,
    /// Before the date, in the summary and on the printed page.
    pub date: &'static str,
    /// The date in words: "{day}", "{month}" (a name from `months`), "{year}".
    pub date_words: &'static str,
    pub months: [&'static str; 12],
    /// Heading of the list of every answer (summary and printed page).
    pub your_answers: &'static str,
    /// After a risk factor a person can change, in the summary.
    pub can_change: &'static str,
    /// The last line of the summary.
    pub footer: &'static str,
    pub copy_summary: &'static str,
    pub copied: &'static str,
    /// When the browser offers no clipboard (e.g. an insecure page).
    pub clipboard_unavailable: &'static str,
    /// When the browser refused to write to the clipboard.
    pub copy_failed: &'static str,
    pub download_fhir: &'static str,
    /// "{file}" is replaced by the file's name.
    pub downloaded: &'static str,
    pub download_failed: &'static str,
    /// FHIR: the Questionnaire's title.
    pub fhir_title: &'static str,
    /// FHIR: who the RiskAssessment is about (nobody is identified).
    pub fhir_subject: &'static str,
    /// FHIR: what the triage predicts.
    pub fhir_triage_outcome: &'static str,
    /// FHIR: what the recovery outlook predicts.
    pub fhir_outlook_outcome: &'static str,
    /// FHIR: introduces the question ids behind a prediction.
    pub fhir_because: &'static str,
    /// FHIR: introduces the advice titles in a note.
    pub fhir_advice: &'static str,
    /// FHIR: introduces the assessment JSON in a note.
    pub fhir_contract: &'static str,
    /// FHIR: how the assessment was made; "{version}" is the rule set's version.
    pub fhir_method: &'static str,
    /// FHIR narrative: a response whose questions ended early on a warning sign.
    pub fhir_stopped: &'static str,
    /// FHIR narrative: heading of the warning signs found.
    pub fhir_red_flags: &'static str,
    /// FHIR narrative: heading of the Questionnaire's list of questions.
    pub fhir_questions: &'static str,
    /// FHIR narrative: before the date and time the answers were given.
    pub fhir_authored: &'static str,
    /// FHIR: the recovery outlook bands in short words (low, medium, high).
    pub fhir_bands: [&'static str; 3],
}
