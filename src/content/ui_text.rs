//! The words of the widget's own controls and messages (not the clinical
//! content). A struct rather than a table, so a language that misses a string
//! does not compile.

use crate::flow::{Problem, Region};

#[derive(Debug)]
pub struct UiText {
    /// Names the language switch for screen readers.
    pub language: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub see_result: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// The third answer of every warning-sign question.
    pub not_sure: &'static str,
    /// "Step {at} of {total}".
    pub progress: &'static str,
    pub review_title: &'static str,
    pub review_intro: &'static str,
    pub change: &'static str,
    pub not_answered: &'static str,
    pub result_title: &'static str,
    pub ended_early: &'static str,
    pub start_over: &'static str,
    pub optional: &'static str,
    pub choose_all: &'static str,
    pub pain_scale_low: &'static str,
    pub pain_scale_high: &'static str,
    pub problem_required: &'static str,
    pub problem_not_a_number: &'static str,
    pub problem_not_whole: &'static str,
    /// "{min}" is replaced by the smallest allowed number.
    pub problem_too_low: &'static str,
    /// "{max}" is replaced by the largest allowed number.
    pub problem_too_high: &'static str,
    /// Above the body diagram.
    pub body_instruction: &'static str,
    /// The figure seen from behind.
    pub body_back: &'static str,
    /// The figure seen from the front.
    pub body_front: &'static str,
    /// The diagram's label for screen readers; "{regions}" is replaced by the
    /// marked regions, joined with ", ".
    pub body_marked: &'static str,
    /// The diagram's label when nothing is marked.
    pub body_nothing_marked: &'static str,
    pub region_lower_back: &'static str,
    pub region_left_upper_leg: &'static str,
    pub region_right_upper_leg: &'static str,
    pub region_left_lower_leg: &'static str,
    pub region_right_lower_leg: &'static str,
}

impl UiText {
    /// "Step 3 of 20", in this language.
    pub fn progress_text(&self, at: usize, total: usize) -> String {
        self.progress
            .replace("{at}", &at.to_string())
            .replace("{total}", &total.to_string())
    }

    /// The message for a problem with an answer.
    pub fn problem(&self, p: Problem) -> String {
        match p {
            Problem::Required => self.problem_required.to_owned(),
            Problem::NotANumber => self.problem_not_a_number.to_owned(),
            Problem::NotWhole => self.problem_not_whole.to_owned(),
            Problem::TooLow { min } => self.problem_too_low.replace("{min}", &min.to_string()),
            Problem::TooHigh { max } => self.problem_too_high.replace("{max}", &max.to_string()),
        }
    }

    /// The name of a body diagram region.
    pub fn region(&self, r: Region) -> &'static str {
        match r {
            Region::LowerBack => self.region_lower_back,
            Region::LeftUpperLeg => self.region_left_upper_leg,
            Region::RightUpperLeg => self.region_right_upper_leg,
            Region::LeftLowerLeg => self.region_left_lower_leg,
            Region::RightLowerLeg => self.region_right_lower_leg,
        }
    }
}

pub static UI_EN: UiText = UiText {
    language: "Language",
    title: "Check your back pain",
    intro: "A few short questions about your back pain, then clear advice on what to do next. It takes about three minutes.",
    privacy: "Your answers stay on this device. Nothing is sent anywhere.",
    next: "Next",
    back: "Back",
    see_result: "See my result",
    yes: "Yes",
    no: "No",
    not_sure: "Not sure",
    progress: "Step {at} of {total}",
    review_title: "Check your answers",
    review_intro: "You can change any answer before you see your result.",
    change: "Change",
    not_answered: "Not answered",
    result_title: "Your result",
    ended_early: "We stopped the questions here: one answer needs action now.",
    start_over: "Start again",
    optional: "optional",
    choose_all: "Choose all that apply.",
    pain_scale_low: "0 = no pain",
    pain_scale_high: "10 = worst pain you can imagine",
    problem_required: "Please answer this question to go on.",
    problem_not_a_number: "Please type a number using digits, for example 42.",
    problem_not_whole: "Please type a whole number, without a decimal point.",
    problem_too_low: "That number is too low. The smallest allowed is {min}.",
    problem_too_high: "That number is too high. The largest allowed is {max}.",
    body_instruction: "Tap where you feel pain. Tap again to clear.",
    body_back: "Back",
    body_front: "Front",
    body_marked: "Body diagram. Pain marked: {regions}.",
    body_nothing_marked: "Body diagram. No pain marked yet.",
    region_lower_back: "lower back",
    region_left_upper_leg: "left buttock or thigh",
    region_right_upper_leg: "right buttock or thigh",
    region_left_lower_leg: "left leg below the knee",
    region_right_lower_leg: "right leg below the knee",
};

pub static UI_ES: UiText = UiText {
    language: "Idioma",
    title: "Evalúe su dolor de espalda",
    intro: "Unas preguntas breves sobre su dolor de espalda y, después, consejos claros sobre qué hacer. Se tarda unos tres minutos.",
    privacy: "Sus respuestas se quedan en este dispositivo. No se envía nada a ningún sitio.",
    next: "Siguiente",
    back: "Atrás",
    see_result: "Ver mi resultado",
    yes: "Sí",
    no: "No",
    not_sure: "No lo sé",
    progress: "Paso {at} de {total}",
    review_title: "Revise sus respuestas",
    review_intro: "Puede cambiar cualquier respuesta antes de ver su resultado.",
    change: "Cambiar",
    not_answered: "Sin responder",
    result_title: "Su resultado",
    ended_early: "Hemos parado las preguntas aquí: una respuesta pide actuar ya.",
    start_over: "Empezar de nuevo",
    optional: "opcional",
    choose_all: "Elija todas las respuestas que correspondan.",
    pain_scale_low: "0 = sin dolor",
    pain_scale_high: "10 = el peor dolor que pueda imaginar",
    problem_required: "Responda a esta pregunta para continuar, por favor.",
    problem_not_a_number: "Escriba un número con cifras, por ejemplo 42.",
    problem_not_whole: "Escriba un número entero, sin decimales.",
    problem_too_low: "Ese número es demasiado bajo. El mínimo permitido es {min}.",
    problem_too_high: "Ese número es demasiado alto. El máximo permitido es {max}.",
    body_instruction: "Toque donde siente dolor. Vuelva a tocar para quitar la marca.",
    body_back: "Por detrás",
    body_front: "Por delante",
    body_marked: "Dibujo del cuerpo. Dolor marcado en: {regions}.",
    body_nothing_marked: "Dibujo del cuerpo. Todavía no hay dolor marcado.",
    region_lower_back: "parte baja de la espalda",
    region_left_upper_leg: "nalga o muslo izquierdo",
    region_right_upper_leg: "nalga o muslo derecho",
    region_left_lower_leg: "pierna izquierda por debajo de la rodilla",
    region_right_lower_leg: "pierna derecha por debajo de la rodilla",
};
