//! The words of the exports for a clinician: the plain-text summary, the
//! copy and download buttons and their messages, and the few labels the FHIR
//! resources carry. A struct rather than a table, so a language that misses a
//! string does not compile.

use super::Lang;

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

pub static EXPORT_EN: ExportText = ExportText {
    summary_title: "Back pain check: summary for a doctor or physiotherapist",
    date: "Date",
    date_words: "{day} {month} {year}",
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    your_answers: "Your answers",
    can_change: "(can change)",
    footer: "Made on this device by back-pain-check; nothing was sent anywhere. This is not a diagnosis.",
    copy_summary: "Copy summary",
    copied: "Summary copied. You can paste it into a message or an email.",
    clipboard_unavailable: "Copying is not available in this browser. Use Print or save instead.",
    copy_failed: "The summary could not be copied. Use Print or save instead.",
    download_fhir: "Download for your doctor or physiotherapist (FHIR)",
    downloaded: "Saved {file}. Give this file to your doctor or physiotherapist: it holds your answers and your result.",
    download_failed: "The file could not be made in this browser. Use Print or save instead.",
    fhir_title: "Back pain check",
    fhir_subject: "The person who answered (not identified)",
    fhir_triage_outcome: "How urgently to get care",
    fhir_outlook_outcome: "Slow recovery",
    fhir_because: "Because of the answers to:",
    fhir_advice: "Advice given:",
    fhir_contract: "The assessment (back-pain-check assessment contract, JSON):",
    fhir_method: "back-pain-check self-assessment rules, version {version}",
    fhir_stopped: "The questions stopped early at a warning sign, so the later questions were not asked.",
    fhir_red_flags: "Warning signs",
    fhir_questions: "Questions",
    fhir_authored: "Answered",
    fhir_bands: [
        "Low risk of a slow recovery",
        "Medium risk of a slow recovery",
        "Higher risk of a slow recovery",
    ],
};

pub static EXPORT_ES: ExportText = ExportText {
    summary_title: "Evaluación del dolor de espalda: resumen para un profesional de la salud",
    date: "Fecha",
    date_words: "{day} de {month} de {year}",
    months: [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ],
    your_answers: "Sus respuestas",
    can_change: "(se puede cambiar)",
    footer: "Hecho en este dispositivo por back-pain-check; no se ha enviado nada. Esto no es un diagnóstico.",
    copy_summary: "Copiar resumen",
    copied: "Resumen copiado. Puede pegarlo en un mensaje o en un correo electrónico.",
    clipboard_unavailable: "Este navegador no permite copiar. Use «Imprimir o guardar».",
    copy_failed: "No se ha podido copiar el resumen. Use «Imprimir o guardar».",
    download_fhir: "Descargar para su médico (FHIR)",
    downloaded: "Guardado {file}. Entregue este archivo a su profesional de la salud: contiene sus respuestas y su resultado.",
    download_failed: "Este navegador no ha podido crear el archivo. Use «Imprimir o guardar».",
    fhir_title: "Evaluación del dolor de espalda",
    fhir_subject: "La persona que respondió (sin identificar)",
    fhir_triage_outcome: "Con qué urgencia buscar atención",
    fhir_outlook_outcome: "Recuperación lenta",
    fhir_because: "Por las respuestas a:",
    fhir_advice: "Consejos dados:",
    fhir_contract: "La evaluación (contrato de evaluación de back-pain-check, JSON):",
    fhir_method: "reglas de autoevaluación de back-pain-check, versión {version}",
    fhir_stopped: "Las preguntas terminaron antes por una señal de alarma, así que no se hicieron las siguientes.",
    fhir_red_flags: "Señales de alarma",
    fhir_questions: "Preguntas",
    fhir_authored: "Respondido",
    fhir_bands: [
        "Riesgo bajo de una recuperación lenta",
        "Riesgo medio de una recuperación lenta",
        "Riesgo más alto de una recuperación lenta",
    ],
};

/// The export words for a language, English when there is no table for it
/// (looked up in [`super::LANGUAGES`] with the language's other tables).
pub fn export_text(lang: &Lang) -> &'static ExportText {
    super::texts(lang.code).export
}
