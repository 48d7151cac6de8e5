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

pub static REMEMBER_EN: RememberText = RememberText {
    question: "Remember your answers on this device?",
    help: "They would be kept only in this browser, so you can come back to them later. They are never sent anywhere. You can make it forget them at any time.",
    yes: "Yes, remember them",
    no: "No, thanks",
    on: "Your answers are kept on this device only.",
    forget: "Forget my answers",
    forgotten: "Your saved answers have been removed from this device.",
    restored: "We brought back the answers you saved on this device. Check them as you go.",
    ignored: "We found saved answers we could not use, so we started fresh. New answers will be saved.",
    unavailable: "This browser does not allow saving, so your answers will not be kept.",
};

pub static REMEMBER_ES: RememberText = RememberText {
    question: "¿Quiere que este dispositivo recuerde sus respuestas?",
    help: "Se guardarían solo en este navegador, para que pueda volver a ellas más tarde. Nunca se envían a ningún sitio. Puede pedir que se borren cuando quiera.",
    yes: "Sí, recordarlas",
    no: "No, gracias",
    on: "Sus respuestas se guardan solo en este dispositivo.",
    forget: "Borrar mis respuestas",
    forgotten: "Sus respuestas guardadas se han borrado de este dispositivo.",
    restored: "Hemos recuperado las respuestas que guardó en este dispositivo. Revíselas a medida que avanza.",
    ignored: "Encontramos respuestas guardadas que no se pueden usar, así que empezamos de cero. Las nuevas respuestas se guardarán.",
    unavailable: "Este navegador no permite guardar, así que sus respuestas no se conservarán.",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(t: &RememberText) -> [&'static str; 10] {
        let RememberText {
            question,
            help,
            yes,
            no,
            on,
            forget,
            forgotten,
            restored,
            ignored,
            unavailable,
        } = t;
        [
            question,
            help,
            yes,
            no,
            on,
            forget,
            forgotten,
            restored,
            ignored,
            unavailable,
        ]
    }

    #[test]
    fn spanish_has_every_string_in_its_own_words() {
        for (es, en) in fields(&REMEMBER_ES).into_iter().zip(fields(&REMEMBER_EN)) {
            assert!(!es.trim().is_empty());
            assert_ne!(es, en);
        }
    }
}
