//! Spanish text (neutral international Spanish).
//!
//! Written for patients, not translated word for word: "usted" throughout,
//! short sentences, medical terms explained in plain words, no diagnosis
//! ("sus respuestas encajan con", "puede"), no HTML, no exclamation marks.
//! Words understood both in Spain and in Latin America ("médico de cabecera o
//! de familia", "fisioterapeuta", "urgencias"), and phrasing that does not
//! assume the reader's gender (the widget does not know it), for example
//! "en posición sentada" rather than "sentado" or "sentada".
//!
//! Every table is keyed by the engine's typed ids (checked when the crate
//! compiles); `checks.rs` compares every string with English, key by key.
use super::*;

use AdviceGroup::{About, AtHome, AtWork, Condition, Exercise, Now, Prevention};

/// Every table of this language: its one entry in `BUNDLED`.
pub static LANG: Lang = Lang {
    code: "es",
    ui: &UI,
    result: &RESULT,
    remember: &REMEMBER,
    export: &EXPORT,
    questions: &QUESTIONS,
    sections: &SECTIONS,
    triage: &TRIAGE,
    red_flags: &RED_FLAGS,
    patterns: &PATTERNS,
    risk_factors: &RISK_FACTORS,
    reasons: &REASONS,
    advice: &ADVICE,
    said: SAID,
};

const QUESTIONS: [QuestionText; Q::COUNT] = [
    // Sobre usted
    qt(
        Q::Age,
        "¿Qué edad tiene?",
        "Este cuestionario está pensado para personas de 16 años o más.",
        &[],
    ),
    qt(
        Q::Sex,
        "¿Cuál es su sexo?",
        "Puede saltarse esta pregunta. Nos ayuda a valorar la probabilidad de que un hueso de la columna esté débil o roto.",
        &[(Opt::Female, "Mujer"), (Opt::Male, "Hombre"), (Opt::Other, "Otro")],
    ),
    // El dolor
    qt(
        Q::Duration,
        "¿Cuánto tiempo hace que empezó este episodio de dolor de espalda?",
        "Cuente desde que empezó esta vez el dolor, no desde episodios anteriores.",
        &[
            (Opt::Under1Week, "Menos de 1 semana"),
            (Opt::Weeks1To4, "De 1 a 4 semanas"),
            (Opt::Weeks4To12, "De 4 a 12 semanas"),
            (Opt::Over12Weeks, "Más de 12 semanas"),
        ],
    ),
    qt(
        Q::PainNow,
        "¿Cuánto le duele ahora mismo, del 0 al 10?",
        "0 significa nada de dolor. 10 significa el peor dolor que pueda imaginar.",
        &[],
    ),
    qt(
        Q::Improving,
        "En los últimos días, ¿cómo ha cambiado su dolor?",
        "",
        &[
            (Opt::Better, "Está mejorando"),
            (Opt::Same, "Está más o menos igual"),
            (Opt::Worse, "Está empeorando"),
        ],
    ),
    qt(
        Q::RestEases,
        "¿El dolor se alivia cuando descansa o se acuesta?",
        "",
        &[],
    ),
    qt(
        Q::PainReach,
        "¿Hasta dónde baja el dolor?",
        "Elija el punto más bajo al que llega el dolor. El dibujo muestra cada zona.",
        &[
            (Opt::BackOnly, "Solo la parte baja de la espalda"),
            (Opt::ButtockOrThigh, "Hasta la nalga o el muslo"),
            (Opt::BelowKnee, "Por debajo de la rodilla"),
        ],
    ),
    qt(
        Q::LegPainSide,
        "¿Tiene dolor u otras sensaciones extrañas en las piernas?",
        "Cuente el dolor, el adormecimiento, el hormigueo o la debilidad en una pierna o un pie.",
        &[
            (Opt::None, "Ninguna molestia en las piernas"),
            (Opt::OneLeg, "En una pierna"),
            (Opt::BothLegs, "En las dos piernas"),
        ],
    ),
    qt(
        Q::LegNumbness,
        "¿Tiene adormecimiento, hormigueo o sensación de pinchazos en una pierna o un pie?",
        "",
        &[],
    ),
    qt(
        Q::OnsetActivity,
        "¿Qué estaba haciendo cuando empezó el dolor?",
        "Elija todas las respuestas que correspondan.",
        &[
            (Opt::Lifting, "Levantar algo"),
            (Opt::Twisting, "Girar o torcer el cuerpo"),
            (Opt::Running, "Correr"),
            (Opt::OtherSport, "Otro deporte o ejercicio"),
            (Opt::LongSitting, "Pasar mucho tiempo en posición sentada"),
            (Opt::LongStanding, "Pasar mucho tiempo de pie"),
            (Opt::NoneKnown, "Nada en concreto: empezó sin causa aparente"),
        ],
    ),
    qt(
        Q::Injury,
        "¿Empezó el dolor después de una caída, un golpe u otra lesión?",
        "",
        &[
            (Opt::None, "No hubo ninguna lesión"),
            (Opt::Minor, "Un tirón, un resbalón o una caída desde su propia altura"),
            (Opt::Major,
                "Una caída fuerte, un accidente de tráfico o un golpe fuerte en la espalda",
            ),
        ],
    ),
    qt(
        Q::InjuryWhen,
        "¿Cuándo ocurrió esa lesión?",
        "",
        &[
            (Opt::Last7Days, "En los últimos 7 días"),
            (Opt::Weeks1To4, "Hace entre 1 y 4 semanas"),
            (Opt::LongerAgo, "Hace más de 4 semanas"),
        ],
    ),
    // Señales de alarma
    qt(
        Q::BladderBowel,
        "Desde que empezó el dolor de espalda, ¿ha cambiado su forma de orinar o de defecar?",
        "Por ejemplo: no consigue orinar o tiene que hacer fuerza para empezar; el chorro es débil; no nota cuándo tiene la vejiga llena; o se le escapan la orina o las heces sin querer.",
        &[],
    ),
    qt(
        Q::SaddleNumbness,
        "Desde que empezó el dolor de espalda, ¿nota diferente la piel de la zona genital, el ano o la parte interna de los muslos?",
        "Adormecida, con hormigueo, con pinchazos o simplemente rara. Por ejemplo, nota distinto el papel higiénico al limpiarse.",
        &[],
    ),
    qt(
        Q::SexualDysfunction,
        "Desde que empezó el dolor de espalda, ¿tiene problemas nuevos en las relaciones sexuales?",
        "Por ejemplo, dificultad para tener una erección o para eyacular, o menos sensibilidad en los genitales durante el sexo.",
        &[],
    ),
    qt(
        Q::LegWeakness,
        "¿Tiene debilidad en una o en las dos piernas o pies?",
        "Por ejemplo, arrastra el pie o lo deja caer de golpe al pisar, tropieza a menudo o se le dobla una pierna.",
        &[
            (Opt::None, "Sin debilidad"),
            (Opt::Stable, "Un poco, y no va a peor"),
            (Opt::Worsening, "Sí, y va a peor"),
            (Opt::SevereOrSudden,
                "Sí, mucha o de repente: se me cae el pie, se me dobla una pierna o empezó hace pocos días",
            ),
        ],
    ),
    qt(
        Q::Fever,
        "¿Tiene fiebre o escalofríos, o se encuentra muy mal en general?",
        "Por ejemplo, tiene calor y a la vez tiembla de frío, o se encuentra mucho peor de lo que explicaría el dolor de espalda por sí solo.",
        &[],
    ),
    qt(
        Q::InfectionRisk,
        "¿Se inyecta drogas, tiene las defensas bajas, o ha tenido hace poco una infección o una intervención en la columna?",
        "Las defensas pueden bajar por un tratamiento contra el cáncer, por los medicamentos que se toman tras un trasplante o por el VIH.",
        &[],
    ),
    qt(
        Q::WeightLoss,
        "¿Ha perdido peso últimamente sin proponérselo?",
        "Por ejemplo, la ropa le queda más ancha sin haber hecho dieta.",
        &[],
    ),
    qt(
        Q::CancerHistory,
        "¿Ha tenido cáncer alguna vez?",
        "Responda que sí aunque se lo trataran hace mucho tiempo.",
        &[],
    ),
    qt(
        Q::BoneRisk,
        "¿Tiene los huesos frágiles (osteoporosis), o ha tomado corticoides en pastillas durante mucho tiempo?",
        "Corticoides en pastillas, como la prednisona o la prednisolona, tomados durante 3 meses o más.",
        &[],
    ),
    qt(
        Q::NightPain,
        "¿Tiene dolor todo el tiempo por la noche o en reposo, en cualquier postura en que se acueste?",
        "No cuente el dolor que le despierta al darse la vuelta en la cama y luego se calma.",
        &[],
    ),
    // Cómo se comporta el dolor
    qt(
        Q::OnsetAge,
        "¿Qué edad tenía cuando empezó este dolor de espalda?",
        "Puede saltarse esta pregunta. Basta una edad aproximada.",
        &[],
    ),
    qt(
        Q::MorningStiffness,
        "Al levantarse por la mañana, ¿tiene la espalda rígida durante más de 30 minutos?",
        "",
        &[],
    ),
    qt(
        Q::BetterWithExercise,
        "¿Nota la espalda mejor cuando hace ejercicio o se mueve?",
        "",
        &[],
    ),
    qt(
        Q::WakesSecondHalfNight,
        "¿El dolor le despierta en la segunda mitad de la noche?",
        "Por ejemplo, de madrugada.",
        &[],
    ),
    qt(
        Q::WalkingLegPain,
        "Al caminar o estar de pie, ¿nota dolor, pesadez u hormigueo en las piernas que se alivia al sentarse o al inclinarse hacia adelante?",
        "",
        &[],
    ),
    qt(
        Q::ExtensionPain,
        "¿El dolor empeora al arquear la espalda o al inclinarse hacia atrás?",
        "",
        &[],
    ),
    // Correr
    qt(
        Q::Runs,
        "¿Sale a correr con regularidad?",
        "Cuente también correr a ritmo suave, correr como parte de otro deporte y correr en cinta.",
        &[],
    ),
    qt(
        Q::PainWhenRunning,
        "¿El dolor aparece o empeora cuando corre?",
        "",
        &[],
    ),
    // Estilo de vida y trabajo
    qt(
        Q::HeightCm,
        "¿Cuánto mide, en centímetros?",
        "Puede saltarse esta pregunta. Si mide 1 metro y 68, escriba 168. Si conoce su estatura en pies: 5 pies y 6 pulgadas son unos 168 cm.",
        &[],
    ),
    qt(
        Q::WeightKg,
        "¿Cuánto pesa, en kilos?",
        "Puede saltarse esta pregunta. Basta con un número aproximado. Si conoce su peso en libras: 100 libras son unos 45 kilos.",
        &[],
    ),
    qt(
        Q::Activity,
        "¿Cuánta actividad física hace en una semana normal?",
        "",
        &[
            (Opt::Inactive, "Casi nunca hago ejercicio"),
            (Opt::WeekendOnly, "Hago ejercicio sobre todo los fines de semana"),
            (Opt::Regular,
                "Hago actividad física varios días casi todas las semanas",
            ),
        ],
    ),
    qt(
        Q::Smoking,
        "¿Fuma?",
        "Cuente cigarrillos, tabaco de liar, puros y pipa.",
        &[],
    ),
    qt(
        Q::AlcoholUnitsWeek,
        "¿Cuántas unidades de alcohol toma, más o menos, a la semana?",
        "Puede saltarse esta pregunta. Una unidad son 8 gramos de alcohol: media pinta de cerveza normal (unos 250 ml) o un chupito de licor (25 ml). Una copa mediana de vino (175 ml) son unas 2 unidades. Sume las unidades de toda la semana.",
        &[],
    ),
    qt(
        Q::WorkDemands,
        "¿Qué exige su trabajo?",
        "Elija todas las respuestas que correspondan. Cuente también el trabajo no pagado y el cuidado de otras personas.",
        &[
            (Opt::HeavyLifting, "Levantar o cargar cosas pesadas"),
            (Opt::TwistingBending, "Agacharse o girar el cuerpo a menudo"),
            (Opt::LongSitting, "Muchas horas en posición sentada"),
            (Opt::LongStanding, "Muchas horas de pie"),
            (Opt::Vibration,
                "Conducir o usar máquinas que hacen vibrar todo el cuerpo",
            ),
            (Opt::None, "Nada de esto"),
        ],
    ),
    qt(
        Q::FamilyHistory,
        "¿Alguien de su familia cercana ha tenido artrosis, artritis, osteoporosis o problemas de columna?",
        "Familia cercana quiere decir padres, hermanos, hermanas, hijos o hijas.",
        &[],
    ),
    qt(
        Q::SpineStructure,
        "¿Le han dicho que tiene escoliosis (una desviación de la columna) u otro problema de la columna?",
        "",
        &[],
    ),
    // Cómo lo está llevando
    qt(
        Q::OtherPain,
        "En las dos últimas semanas, ¿ha tenido también dolor en el cuello o en el hombro?",
        "",
        &[],
    ),
    qt(
        Q::SlowDressing,
        "En las dos últimas semanas, ¿por culpa de la espalda ha tardado más en vestirse?",
        "",
        &[],
    ),
    qt(
        Q::ShortWalks,
        "En las dos últimas semanas, ¿la espalda solo le ha permitido caminar distancias cortas?",
        "",
        &[],
    ),
    qt(
        Q::FearOfMovement,
        "¿Cree que hacer actividad física podría ser peligroso para su espalda?",
        "No hay respuestas correctas ni incorrectas.",
        &[],
    ),
    qt(
        Q::Worry,
        "Últimamente, ¿ha tenido preocupaciones en la cabeza gran parte del tiempo?",
        "",
        &[],
    ),
    qt(
        Q::Catastrophising,
        "¿Siente que su dolor es terrible, como si nunca fuera a mejorar?",
        "",
        &[],
    ),
    qt(
        Q::LowMood,
        "Últimamente, ¿ha perdido el interés por cosas que normalmente disfruta?",
        "",
        &[],
    ),
    qt(
        Q::Bothersomeness,
        "En general, ¿cuánto le ha molestado el dolor de espalda en las dos últimas semanas?",
        "",
        &[
            (Opt::NotAtAll, "Nada"),
            (Opt::Slightly, "Un poco"),
            (Opt::Moderately, "Moderadamente"),
            (Opt::VeryMuch, "Mucho"),
            (Opt::Extremely, "Muchísimo"),
        ],
    ),
];

/// Short first-person words for an answer, quoted on the result ("Because you said ...").
/// `{n}` is the number given. Choices are quoted by their option labels.
static SAID: &[Said] = &[
    said(Q::Age, "{n} años", ""),
    said(Q::PainNow, "Dolor de {n} sobre 10", ""),
    said(
        Q::RestEases,
        "El reposo lo alivia",
        "El reposo no lo alivia",
    ),
    said(
        Q::LegNumbness,
        "Adormecimiento u hormigueo en una pierna",
        "Sin adormecimiento en las piernas",
    ),
    said(
        Q::BladderBowel,
        "Ha cambiado mi forma de orinar o defecar",
        "Sin cambios al orinar o defecar",
    ),
    said(
        Q::SaddleNumbness,
        "Noto distinta la piel alrededor del ano",
        "Sin cambios alrededor del ano",
    ),
    said(
        Q::SexualDysfunction,
        "Problemas nuevos en el sexo",
        "Sin problemas nuevos en el sexo",
    ),
    said(Q::Fever, "Fiebre o me encuentro muy mal", "Sin fiebre"),
    said(
        Q::InfectionRisk,
        "Más riesgo de infección",
        "Sin más riesgo de infección",
    ),
    said(
        Q::WeightLoss,
        "Pérdida de peso sin proponérmelo",
        "Sin pérdida de peso",
    ),
    said(
        Q::CancerHistory,
        "He tenido cáncer",
        "Nunca he tenido cáncer",
    ),
    said(
        Q::BoneRisk,
        "Huesos frágiles o corticoides durante mucho tiempo",
        "Sin huesos frágiles ni corticoides",
    ),
    said(
        Q::NightPain,
        "Dolor constante por la noche",
        "Sin dolor constante por la noche",
    ),
    said(Q::OnsetAge, "Empezó a los {n} años", ""),
    said(
        Q::MorningStiffness,
        "Rigidez de más de 30 minutos por la mañana",
        "Sin rigidez larga por la mañana",
    ),
    said(
        Q::BetterWithExercise,
        "El ejercicio lo mejora",
        "El ejercicio no lo mejora",
    ),
    said(
        Q::WakesSecondHalfNight,
        "Me despierta de madrugada",
        "No me despierta",
    ),
    said(
        Q::WalkingLegPain,
        "Dolor de piernas al caminar; sentarme lo alivia",
        "Sin dolor de piernas al caminar",
    ),
    said(
        Q::ExtensionPain,
        "Empeora al arquear la espalda",
        "Arquear la espalda no lo empeora",
    ),
    said(Q::Runs, "Corro a menudo", "No corro"),
    said(
        Q::PainWhenRunning,
        "Correr me provoca el dolor",
        "Correr no me lo provoca",
    ),
    said(Q::HeightCm, "Mido {n} cm", ""),
    said(Q::WeightKg, "Peso {n} kg", ""),
    said(Q::Smoking, "Fumo", "No fumo"),
    said(
        Q::AlcoholUnitsWeek,
        "{n} unidades de alcohol a la semana",
        "",
    ),
    said(
        Q::FamilyHistory,
        "Problemas de columna o huesos en mi familia",
        "Sin antecedentes en la familia",
    ),
    said(
        Q::SpineStructure,
        "Una enfermedad de la columna conocida",
        "Sin enfermedad de la columna conocida",
    ),
    said(
        Q::OtherPain,
        "También dolor de cuello u hombro",
        "Sin dolor de cuello ni hombro",
    ),
    said(
        Q::SlowDressing,
        "Tardo más en vestirme",
        "Me visto como siempre",
    ),
    said(
        Q::ShortWalks,
        "Solo camino distancias cortas",
        "Camino como siempre",
    ),
    said(
        Q::FearOfMovement,
        "Moverme puede dañar mi espalda",
        "La actividad me parece segura",
    ),
    said(
        Q::Worry,
        "Las preocupaciones no me dejan",
        "No me preocupo mucho",
    ),
    said(
        Q::Catastrophising,
        "Creo que nunca mejorará",
        "El dolor me parece llevadero",
    ),
    said(
        Q::LowMood,
        "Ya no disfruto como antes",
        "Sigo disfrutando de las cosas",
    ),
];

const SECTIONS: [(Section, &str); 7] = [
    (Section::About, "Sobre usted"),
    (Section::ThePain, "Su dolor"),
    (Section::WarningSigns, "Señales de alarma"),
    (Section::PainPattern, "Cómo se comporta el dolor"),
    (Section::Running, "Correr"),
    (Section::Lifestyle, "Su estilo de vida y su trabajo"),
    (Section::Recovery, "Cómo lo está llevando"),
];

const TRIAGE: [TriageText; 4] = [
    TriageText {
        id: Triage::SelfCare,
        title: "Puede cuidarse la espalda en casa",
        action: "Siga su plan de abajo. Consulte a un médico si no mejora en 2 a 4 semanas, o antes si aparece una señal de alarma.",
    },
    TriageText {
        id: Triage::SeeGp,
        title: "Pida cita con un médico o un fisioterapeuta",
        action: "Pida cita con su médico de familia o un fisioterapeuta para dentro de 1 a 2 semanas. Mientras tanto, siga su plan y busque ayuda antes si aparece una señal de alarma.",
    },
    TriageText {
        id: Triage::Urgent,
        title: "Consulte a un médico hoy",
        action: "Contacte con un médico hoy, como muy tarde en 24 horas. Llame a su centro de salud o consultorio y diga que es urgente, o acuda a un servicio de atención urgente o de guardia.",
    },
    TriageText {
        id: Triage::Emergency,
        title: "Pida ayuda de emergencia ahora",
        action: "Llame ahora al {number} o vaya al servicio de urgencias del hospital más cercano. No espere a ver si mejora y no conduzca: pida a alguien que le lleve.",
    },
];

const RED_FLAGS: [Explainer<RedFlag>; RedFlag::COUNT] = [
    ex(
        RedFlag::CaudaEquina,
        "Posible presión sobre los nervios de la base de la columna",
        "Sus respuestas pueden indicar presión sobre el haz de nervios de la parte final de la columna (síndrome de la cola de caballo). Hay que revisarlo en el hospital de inmediato: un tratamiento rápido puede proteger el control de la vejiga y del intestino, la vida sexual y las piernas.",
    ),
    ex(
        RedFlag::ProgressiveDeficit,
        "Debilidad en la pierna fuerte, repentina o que va a peor",
        "Una debilidad así puede significar que un nervio está muy presionado. Hay que revisarlo de inmediato, para proteger el nervio antes de que quede un daño duradero.",
    ),
    ex(
        RedFlag::Malignancy,
        "Señales que piden descartar una causa menos frecuente",
        "Haber tenido cáncer, perder peso sin proponérselo o el dolor constante por la noche pueden acompañar a una causa más seria, como un cáncer en la columna. Con síntomas de los nervios, estos pueden estar presionados.",
    ),
    ex(
        RedFlag::Infection,
        "Posible infección",
        "El dolor de espalda junto con fiebre, sentirse muy mal o un riesgo más alto de infección puede deberse, en casos raros, a una infección en la columna. Tiene tratamiento, pero un médico debe verle pronto y quizá le pida pruebas.",
    ),
    ex(
        RedFlag::Fracture,
        "Posible fractura de un hueso de la columna",
        "Sus respuestas indican que sus huesos pueden estar más débiles de lo normal, por ejemplo por osteoporosis, por tomar corticoides o por la edad. En ese caso, hasta una caída leve o un esfuerzo pueden fisurar un hueso de la columna. Un médico debe verle en un plazo de un día, para encontrarlo y tratarlo.",
    ),
    ex(
        RedFlag::MajorTrauma,
        "Dolor de espalda después de una lesión grave",
        "Después de una caída fuerte, un accidente de tráfico o un golpe fuerte, el dolor de espalda puede deberse a una fractura u otra lesión. Si al moverse le duele más, muévase lo menos posible hasta que le revisen.",
    ),
];

const PATTERNS: [Explainer<Pattern>; Pattern::COUNT] = [
    ex(
        Pattern::NonSpecific,
        "Posible dolor de espalda común (sobrecarga o esguince)",
        "Sus respuestas pueden encajar con el tipo de dolor de espalda más frecuente: una sobrecarga o un pequeño esguince de los músculos, los ligamentos o las articulaciones, o un desgaste como la artrosis de las pequeñas articulaciones. A menudo no se encuentra una sola causa, y es normal.",
    ),
    ex(
        Pattern::Radicular,
        "Posible ciática (un nervio irritado)",
        "Sus respuestas pueden encajar con una ciática. Ocurre cuando se irrita la raíz de un nervio que sale de la parte baja de la columna, a menudo por un disco abultado o una hernia discal. Por eso el dolor baja por la pierna, a veces con adormecimiento u hormigueo. Suele mejorar con el tiempo, y un profesional de la salud puede confirmarlo.",
    ),
    ex(
        Pattern::Stenosis,
        "Posible estrechamiento en la parte baja de la columna (estenosis del canal lumbar)",
        "Sus respuestas pueden encajar con una estenosis del canal lumbar. Con la edad, el espacio de los nervios en la parte baja de la columna puede estrecharse. Entonces, al caminar o estar de pie aparecen dolor o pesadez en las piernas, que se alivian al sentarse o inclinarse hacia adelante. Un profesional de la salud puede confirmarlo, y el ejercicio y la fisioterapia suelen ayudar.",
    ),
    ex(
        Pattern::Inflammatory,
        "Posible dolor de espalda inflamatorio",
        "Sus respuestas pueden encajar con un dolor de espalda de tipo inflamatorio, que puede ser señal de una enfermedad llamada espondiloartritis axial. Suele empezar antes de los 40 años, empeora con el reposo y mejora con el movimiento. Debe revisarlo un médico, y tiene tratamiento.",
    ),
    ex(
        Pattern::Spondylolysis,
        "Posible fractura por sobrecarga en una vértebra (espondilólisis)",
        "Sus respuestas pueden encajar con una espondilólisis: una pequeña fractura por sobrecarga en la parte de atrás de una vértebra (uno de los huesos de la columna), que puede dejar que la vértebra se deslice hacia delante (espondilolistesis). Es frecuente en deportistas jóvenes que arquean mucho la espalda. Un profesional puede confirmarlo; suele curar bien con reposo y rehabilitación.",
    ),
];

const RISK_FACTORS: [Explainer<Risk>; Risk::COUNT] = [
    ex(
        Risk::ExcessWeight,
        "Exceso de peso",
        "El peso de más aumenta la carga sobre los discos y las articulaciones de la espalda. Esto se puede cambiar, y bajar aunque sea un poco de peso ayuda.",
    ),
    ex(
        Risk::Inactivity,
        "Poco ejercicio",
        "Si los músculos de la espalda y del abdomen están débiles, sostienen peor la columna. Esto se puede cambiar: la actividad regular da fuerza y hace menos probable el dolor de espalda.",
    ),
    ex(
        Risk::WeekendWarrior,
        "Ejercicio sobre todo los fines de semana",
        "Hacer mucho ejercicio después de una semana tranquila aumenta el riesgo de sobrecargas. Repartir la actividad a lo largo de la semana reduce ese riesgo.",
    ),
    ex(
        Risk::Smoking,
        "Fumar",
        "Fumar reduce el riego sanguíneo de los discos, retrasa la curación y debilita los huesos. Dejarlo ayuda a cualquier edad.",
    ),
    ex(
        Risk::Alcohol,
        "Beber más de 14 unidades de alcohol a la semana",
        "Beber por encima de esa cantidad se asocia a más dolor de espalda y a huesos más débiles. Beber menos puede ayudar.",
    ),
    ex(
        Risk::WorkLifting,
        "Levantar peso, agacharse o girar el cuerpo en el trabajo",
        "Levantar mucho peso y agacharse o girar el cuerpo a menudo sobrecargan la parte baja de la espalda. Levantar las cargas de forma más segura y tener ayuda con ellas puede reducir esa sobrecarga.",
    ),
    ex(
        Risk::WorkPosture,
        "Muchas horas en posición sentada o de pie en el trabajo",
        "Mantener la misma postura durante horas carga las mismas partes de la espalda todo el día. Cambiar de postura a menudo y un puesto de trabajo bien adaptado pueden ayudar.",
    ),
    ex(
        Risk::WorkVibration,
        "Vibraciones de todo el cuerpo en el trabajo",
        "Pasar muchas horas conduciendo o usando máquinas que hacen vibrar todo el cuerpo se asocia al dolor de espalda. Las pausas, un buen asiento y menos tiempo de exposición pueden ayudar.",
    ),
    ex(
        Risk::MoodAndStress,
        "Preocupación, estrés o ánimo bajo",
        "El dolor y el estado de ánimo se influyen mutuamente: el estrés y el ánimo bajo pueden hacer que el dolor se sienta más fuerte y dure más. Esto se puede cambiar, y cuidar el ánimo forma parte de un buen cuidado de la espalda.",
    ),
    ex(
        Risk::AgeOver30,
        "Tener más de 30 años",
        "El dolor de espalda es más frecuente a partir de los 30 años, porque los discos se desgastan poco a poco. La edad no se puede cambiar, pero la actividad física mantiene la espalda más fuerte.",
    ),
    ex(
        Risk::FamilyHistory,
        "Antecedentes en la familia",
        "La artrosis, la osteoporosis o los problemas de columna en su familia pueden hacer más probables los problemas de espalda. Algunos cánceres que se dan en familias también pueden afectar a la columna: coménteselo a su médico.",
    ),
    ex(
        Risk::SpineStructure,
        "Un problema de columna ya conocido",
        "Una diferencia en la forma de la columna, como la escoliosis, puede hacer más probable el dolor de espalda. Coménteselo a cualquier profesional de la salud que le atienda.",
    ),
];

const REASONS: [Explainer<ReasonId>; ReasonId::COUNT - RedFlag::COUNT] = [
    ex(
        ReasonId::UnansweredRedFlags,
        "Faltan respuestas sobre señales de alarma",
        "Sin estas respuestas, este cuestionario no puede descartar una causa grave, así que no puede decir que sea seguro cuidarse en casa. Un profesional de la salud puede hacerle esas preguntas.",
    ),
    ex(
        ReasonId::MissingAnswers,
        "Faltan respuestas a algunas preguntas clave",
        "Estas respuestas deciden si debe consultar a alguien. Sin ellas, es más seguro que le revise un profesional de la salud.",
    ),
    ex(
        ReasonId::ContradictoryAnswers,
        "Algunas respuestas no encajan entre sí",
        "Algunas de sus respuestas parecen contradecirse, por ejemplo sobre hasta dónde llega el dolor. Las hemos interpretado de la forma más prudente. Un profesional de la salud puede revisarlas con usted.",
    ),
    ex(
        ReasonId::Under16,
        "Tiene menos de 16 años",
        "Este cuestionario está pensado para adultos. En niños y adolescentes, el dolor de espalda se debe más a menudo a una causa concreta, así que debe revisarlo un médico.",
    ),
    ex(
        ReasonId::UnansweredCaudaEquina,
        "Señales de los nervios sin responder, con síntomas en las piernas",
        "Con dolor u otros síntomas en las piernas, las preguntas sobre la vejiga, el intestino, el sexo y la sensibilidad alrededor del ano son las más importantes. Sin respuestas claras, un médico debe preguntarle por ellas hoy.",
    ),
    ex(
        ReasonId::BothLegsNerve,
        "Síntomas nuevos de los nervios en las dos piernas",
        "El dolor por debajo de la rodilla o el adormecimiento en las dos piernas puede indicar presión sobre varios nervios a la vez. Un médico debe examinarle hoy.",
    ),
    ex(
        ReasonId::LegWeakness,
        "Debilidad en una pierna o un pie",
        "La debilidad puede significar que un nervio está presionado. Aunque no vaya a peor, un médico debe examinarle en un plazo de un día.",
    ),
    ex(
        ReasonId::OldInjury,
        "Dolor desde una lesión grave de hace tiempo",
        "Una lesión grave de hace más de 4 semanas puede dejar un dolor duradero. Un médico o un fisioterapeuta debe revisarle la espalda, y quizá buscar una lesión que pasó inadvertida.",
    ),
    ex(
        ReasonId::PainBelowKnee,
        "El dolor llega por debajo de la rodilla",
        "El dolor que baja por debajo de la rodilla suele venir de un nervio irritado. Un médico o un fisioterapeuta debe comprobar cómo funciona el nervio.",
    ),
    ex(
        ReasonId::LegNumbness,
        "Adormecimiento u hormigueo en una pierna",
        "El adormecimiento, el hormigueo o la sensación de pinchazos pueden indicar que hay un nervio afectado. Un profesional de la salud puede comprobar la sensibilidad, la fuerza y los reflejos de sus piernas.",
    ),
    ex(
        ReasonId::BothLegs,
        "Síntomas en las dos piernas",
        "Los síntomas en las dos piernas son poco habituales en el dolor de espalda común, así que debe revisarlos un profesional de la salud. Llame a emergencias de inmediato si empieza a tener problemas para orinar o defecar, o adormecimiento en la zona genital o el ano.",
    ),
    ex(
        ReasonId::LastingWeeks,
        "El dolor dura más de 4 semanas",
        "La mayoría de los dolores de espalda mejoran en pocas semanas. Cuando duran más, un profesional de la salud puede buscar qué está frenando la recuperación y ofrecerle más apoyo.",
    ),
    ex(
        ReasonId::SevereNotEased,
        "Dolor fuerte que no se alivia con el reposo",
        "Conviene que un profesional de la salud revise un dolor muy fuerte que no se calma con el reposo, para comprobar la causa y ayudarle a controlar el dolor.",
    ),
    ex(
        ReasonId::GettingWorse,
        "El dolor va a peor",
        "El dolor de espalda suele aliviarse poco a poco. Si va a peor, debe revisarlo un profesional de la salud.",
    ),
    ex(
        ReasonId::NotImproving,
        "El dolor no mejora",
        "La mayoría de los dolores de espalda empiezan a aliviarse en pocos días. Si el suyo no ha cambiado después de la primera semana, un profesional de la salud puede revisarlo y ayudarle con un plan.",
    ),
    ex(
        ReasonId::WeightLoss,
        "Pérdida de peso sin proponérselo",
        "Perder peso sin proponérselo tiene muchas causas posibles, y algunas necesitan pruebas. Un médico debe estudiarlo junto con su dolor de espalda.",
    ),
    ex(
        ReasonId::NightPain,
        "Dolor constante por la noche o en reposo",
        "Un dolor que no se alivia en ninguna postura es menos típico del dolor de espalda común. Un médico debe revisarlo para descartar una causa menos frecuente.",
    ),
    ex(
        ReasonId::BoneRisk,
        "Huesos frágiles o corticoides durante mucho tiempo",
        "Los huesos débiles pueden fisurarse con más facilidad, a veces con un golpe pequeño o sin ningún golpe. Un médico puede comprobarlo y ayudarle a proteger sus huesos.",
    ),
    ex(
        ReasonId::WomanOver70,
        "Mujer de 70 años o más",
        "Con la edad los huesos se vuelven más finos, sobre todo en las mujeres, y un hueso de la columna puede fisurarse con un golpe pequeño o sin ningún golpe. Un médico debe revisar un dolor de espalda nuevo.",
    ),
    ex(
        ReasonId::Over70NewPain,
        "70 años o más, con dolor de espalda nuevo",
        "Con la edad los huesos se vuelven más finos, y un hueso de la columna puede fisurarse con un golpe pequeño o sin ningún golpe. A partir de los 70 años, un médico debe revisar un dolor de espalda nuevo.",
    ),
    ex(
        ReasonId::WalkingLegPain,
        "Dolor en las piernas al caminar, que se alivia al sentarse",
        "Un dolor en las piernas que le limita al caminar y se alivia al sentarse necesita que un médico o un fisioterapeuta busque la causa, tenga la edad que tenga.",
    ),
    ex(
        ReasonId::SlowRecoveryRisk,
        "Más riesgo de una recuperación lenta",
        "Sus respuestas sobre cómo el dolor afecta a su vida y a su ánimo indican que puede necesitar más apoyo que los cuidados en casa. Un médico o un fisioterapeuta puede ayudarle a moverse con confianza.",
    ),
    ex(
        ReasonId::Radicular,
        "Señales de un nervio irritado (ciática)",
        "El dolor que viene de un nervio suele mejorar con el tiempo, pero un profesional de la salud debe comprobar cómo funciona el nervio y ayudarle a controlar el dolor.",
    ),
    ex(
        ReasonId::Stenosis,
        "Dolor de piernas al caminar que se alivia al sentarse",
        "Puede ser señal de un estrechamiento en la parte baja de la columna (estenosis del canal lumbar). Un profesional de la salud puede confirmarlo y proponerle ejercicios y otros tratamientos.",
    ),
    ex(
        ReasonId::Inflammatory,
        "Señales de dolor de espalda inflamatorio",
        "Este tipo de dolor de espalda debe revisarlo un médico, a veces con análisis de sangre o pruebas de imagen. Si se confirma, hay buenos tratamientos, y empezar pronto ayuda.",
    ),
    ex(
        ReasonId::Spondylolysis,
        "Dolor al arquear la espalda en una persona joven que hace deporte",
        "En personas jóvenes que hacen deporte, puede tratarse de una fractura por sobrecarga en la parte de atrás de una vértebra (espondilólisis). Un profesional de la salud debe revisarlo antes de que vuelva a entrenar con normalidad.",
    ),
];

const ADVICE: [AdviceText; Advice::COUNT] = [
    // Qué hacer ahora.
    adv(
        Advice::EmergencyNow,
        Now,
        "Pida ayuda de emergencia ahora",
        "Vaya ahora. Pida a alguien que le lleve y no conduzca.",
        &[
            "Algunas de sus respuestas pueden ser señales de un problema serio que necesita tratamiento rápido. Llame al número de emergencias o vaya ahora al servicio de urgencias del hospital más cercano. No espere a ver si se le pasa.",
            "Si puede, pida a alguien que le lleve o que se quede con usted.",
            "Enseñe este resultado al personal sanitario o dígales qué señales de alarma tiene. Lleve una lista de los medicamentos que toma.",
        ],
    ),
    adv(
        Advice::UrgentToday,
        Now,
        "Consulte a un médico hoy",
        "Llame ahora a su centro de salud y diga que es urgente.",
        &[
            "Algunas de sus respuestas indican que un médico debe verle hoy, o como muy tarde en 24 horas. No espere a una cita normal.",
            "Llame a su centro de salud o consultorio y diga que es urgente. Si no pueden atenderle hoy, acuda a un servicio de atención urgente o de guardia, o llame a una línea telefónica de consejo sanitario.",
            "Explique qué respuestas de su resultado llevaron a este consejo. Si antes de que le atiendan aparece alguna de las señales de \"Cuándo pedir ayuda\", llame al número de emergencias.",
        ],
    ),
    adv(
        Advice::BookAppointment,
        Now,
        "Pida una cita",
        "Pida cita con el médico o el fisioterapeuta en 1 a 2 semanas.",
        &[
            "Pida cita con su médico de cabecera o de familia, o con un fisioterapeuta (kinesiólogo en algunos países), para dentro de 1 a 2 semanas. En muchos lugares puede ir al fisioterapeuta sin que le deriven.",
            "Antes de ir, anote cuándo empezó el dolor, qué lo mejora o lo empeora y qué medicamentos ha probado. Su resultado muestra las respuestas que llevaron a este consejo.",
            "Mientras tanto, muévase todo lo que pueda y siga los consejos para casa que encontrará más abajo. Si aparece una señal de alarma, busque ayuda antes.",
        ],
    ),
    adv(
        Advice::SelfCarePlan,
        Now,
        "Su plan para las próximas semanas",
        "Siga con su día normal tanto como el dolor le permita.",
        &[
            "Sus respuestas encajan con un dolor de espalda que normalmente se puede cuidar en casa. Siga con sus actividades normales tanto como el dolor le permita, aunque durante un tiempo vaya más despacio.",
            "Use analgésicos, calor o frío si le ayudan a seguir moviéndose. Elija algunos ejercicios suaves de los consejos de abajo y hágalos cada día.",
            "Habrá días buenos y días malos. La mayoría de las personas se encuentran claramente mejor en pocas semanas. Consulte a un médico si el dolor no mejora en 2 a 4 semanas, si no se ha aliviado nada después de la primera semana o si aparece una señal de alarma.",
        ],
    ),
    adv(
        Advice::Under16,
        Now,
        "Este cuestionario está pensado para adultos",
        "Vaya al médico, si puede con su madre, su padre o quien le cuida.",
        &[
            "Esta herramienta está diseñada para personas de 16 años o más. Sus preguntas y consejos pueden no servir para niños y adolescentes.",
            "En las personas jóvenes, el dolor de espalda se debe más a menudo a una causa concreta, como una lesión por sobrecarga al hacer deporte. Vaya al médico, si puede con su madre, su padre o la persona que le cuida, para que lo revise bien.",
            "Si tiene alguna de las señales de alarma de este cuestionario, pida ayuda de inmediato.",
        ],
    ),
    adv(
        Advice::UnansweredWarningSigns,
        Now,
        "No se revisaron algunas señales de alarma",
        "Responda las preguntas de alarma pendientes o pregunte por ellas al médico.",
        &[
            "Algunas preguntas sobre señales de alarma quedaron sin responder o con la respuesta \"No lo sé\". Estas preguntas buscan causas raras, pero graves, de dolor de espalda.",
            "Sin esas respuestas, este resultado no puede descartar una causa grave. Por eso no le propone cuidarse la espalda en casa por su cuenta.",
            "Puede volver atrás y responderlas ahora, o hablarlas con un médico o con el personal de enfermería.",
        ],
    ),
    // Con qué pueden encajar las respuestas.
    adv(
        Advice::Sciatica,
        Condition,
        "Ciática: qué ayuda",
        "Manténgase activo con suavidad. El dolor del nervio suele aliviarse en 6 a 12 semanas.",
        &[
            "La ciática es un dolor por la irritación de una raíz nerviosa en la parte baja de la espalda, a menudo presionada por un disco abultado (hernia de disco). Baja por la pierna, a veces con adormecimiento u hormigueo.",
            "Muévase tanto como el dolor le permita. Caminar un poco y cambiar a menudo de postura suele ayudar más que el reposo. Un antiinflamatorio puede aliviar.",
            "La mayoría de las ciáticas se calman en 6 a 12 semanas. Un médico o un fisioterapeuta puede revisar el nervio y darle ejercicios.",
            "Pida ayuda de inmediato si una pierna se debilita, se afectan las dos piernas, o cambian la orina, las heces, el sexo o la sensibilidad alrededor del ano.",
        ],
    ),
    adv(
        Advice::InflammatoryPain,
        Condition,
        "Dolor de espalda que puede ser inflamatorio",
        "Pregunte al médico si podría ser un dolor de espalda inflamatorio.",
        &[
            "Un dolor de espalda que empezó poco a poco antes de los 40 años, empeora con el reposo y mejora con el ejercicio puede deberse a una inflamación de las articulaciones de la columna (espondiloartritis axial).",
            "Necesita un médico. Los análisis de sangre y las pruebas de imagen ayudan a confirmarlo, y el tratamiento temprano con ejercicio y medicamentos funciona bien.",
            "Qué preguntar: ¿podría ser un dolor de espalda inflamatorio? ¿Necesito análisis o ver a un reumatólogo (especialista en articulaciones)?",
            "Mencione si ha tenido inflamación en los ojos, psoriasis, problemas intestinales o familiares con un dolor de espalda parecido: lo hacen más probable.",
        ],
    ),
    adv(
        Advice::StressFractureRest,
        Condition,
        "Descanse de lo que le duele hasta que le revisen",
        "Deje de correr y todo lo que le duela hasta que le revisen.",
        &[
            "En deportistas jóvenes, un dolor de espalda que empeora al arquearse hacia atrás puede deberse a una fractura por sobrecarga en la parte de atrás de una vértebra (espondilólisis). A veces la vértebra se desliza hacia delante (espondilolistesis).",
            "Hasta que le revise un médico o un fisioterapeuta, deje de correr y cualquier deporte o movimiento que le cause dolor, sobre todo arquear la espalda hacia atrás.",
            "Caminar y las actividades diarias están bien si no duelen. Si se detecta pronto, suele curarse bien con reposo y un programa de rehabilitación.",
        ],
    ),
    // En casa.
    adv(
        Advice::StayActive,
        AtHome,
        "Siga en movimiento",
        "Siga con sus actividades normales todo lo que pueda. Evite la cama.",
        &[
            "Mantener la actividad es una de las mejores cosas que puede hacer por su espalda. Siga con sus actividades diarias normales todo lo que pueda, aunque al principio haga menos o vaya más despacio.",
            "Evite el reposo en cama. Pasar mucho tiempo en la cama vuelve la espalda más rígida y débil, y puede retrasar la recuperación. Los descansos cortos, cuando los necesite, están bien.",
            "Durante un tiempo, deje las tareas pesadas o que exijan mucho esfuerzo, pero siga moviéndose. El movimiento suave alivia la rigidez, reduce el dolor y evita que los músculos se debiliten.",
            "Es normal sentir algo de dolor al moverse. No significa que se esté haciendo daño.",
        ],
    ),
    adv(
        Advice::PainMedicines,
        AtHome,
        "Medicamentos para el dolor",
        "Un antiinflamatorio como el ibuprofeno puede ayudarle a seguir moviéndose.",
        &[
            "Los antiinflamatorios, como el ibuprofeno, pueden aliviar el dolor de espalda. Tome la dosis más baja que le ayude, durante el menor tiempo posible, y siga las instrucciones del envase o del prospecto.",
            "Pregunte antes a un médico o en la farmacia si tiene 65 años o más, ha tenido una úlcera de estómago, tiene problemas de riñón, de corazón o asma, toma medicamentos para que la sangre no coagule o está embarazada. Pregunte antes también si toma corticoides en pastillas (como la prednisona) durante mucho tiempo: junto con un antiinflamatorio aumentan el riesgo de sangrado de estómago.",
            "Las guías médicas no recomiendan el paracetamol (acetaminofén) solo para el dolor de espalda, porque a la mayoría de las personas les ayuda poco. Los analgésicos opioides, como la codeína o la morfina, no se aconsejan para el dolor de espalda de larga duración, porque los riesgos superan a los beneficios.",
            "Los medicamentos funcionan mejor como una ayuda para seguir moviéndose, no como un tratamiento por sí solos.",
        ],
    ),
    adv(
        Advice::HeatAndIce,
        AtHome,
        "Calor y frío",
        "Pruebe una almohadilla de calor o una bolsa de frío de 15 a 20 minutos.",
        &[
            "Una almohadilla térmica, una bolsa de agua caliente o un baño caliente pueden relajar los músculos tensos y aliviar el dolor. A algunas personas les ayuda más el frío, sobre todo en los primeros días.",
            "Use lo que le siente mejor. Envuélvalo en una toalla para que no toque la piel, y aplíquelo de 15 a 20 minutos cada vez.",
            "Revise la piel a menudo. Tenga más cuidado si tiene diabetes o poca sensibilidad en la piel.",
        ],
    ),
    adv(
        Advice::SleepPositions,
        AtHome,
        "Dormir con más comodidad",
        "Duerma de lado con una almohada entre las rodillas.",
        &[
            "Pruebe a acostarse de lado con las rodillas un poco dobladas hacia el pecho. Una almohada entre las rodillas mantiene en línea la cadera y la espalda.",
            "Si prefiere dormir boca arriba, una almohada bajo las rodillas puede quitar algo de carga a la parte baja de la espalda.",
            "Un colchón firme, que sujete bien, suele ayudar más que uno muy blando. Para levantarse de la cama, gírese primero de lado y luego empújese con los brazos mientras baja las piernas.",
        ],
    ),
    adv(
        Advice::MoodAndWorry,
        AtHome,
        "Preocupación, ánimo y dolor",
        "La preocupación y el ánimo bajo empeoran el dolor. Hablarlo ayuda.",
        &[
            "El dolor y el estado de ánimo se influyen mutuamente. La preocupación, el estrés y el ánimo bajo pueden hacer que el dolor se sienta más fuerte y dure más, y el dolor puede bajar el ánimo.",
            "Es muy común tener miedo de que moverse cause daño. En el dolor de espalda común, que algo duela no suele significar que se esté dañando, y la actividad suave ayuda a recuperarse.",
            "Las terapias psicológicas, como la terapia cognitivo-conductual, forman parte de un buen tratamiento del dolor de espalda. Pueden ayudarle a sobrellevarlo y a volver a hacer lo que le gusta. Pregunte a su médico.",
            "Si siente que no hay esperanza o piensa en hacerse daño, hable hoy mismo con un médico o llame a una línea de ayuda.",
        ],
    ),
    adv(
        Advice::LongLastingPain,
        AtHome,
        "Cuando el dolor dura más",
        "Pregunte por un programa de ejercicio y apoyo para manejar el dolor.",
        &[
            "Un dolor que se alarga semanas o meses puede agotar y afectar al sueño, al trabajo, al ánimo y al tiempo con los demás. Puede afectar mucho a la calidad de vida, aunque rara vez es peligroso.",
            "Un dolor de larga duración no suele significar que haya un daño continuo. Con el tiempo, los nervios que llevan los mensajes de dolor pueden volverse más sensibles, y el dolor puede sentirse fuerte aunque la espalda se esté curando.",
            "Lo que mejor funciona es un plan que combine ejercicio, mantener la actividad y apoyo para sobrellevar el dolor. Un médico o un fisioterapeuta puede ayudarle a preparar uno y a fijarse metas pequeñas y constantes.",
        ],
    ),
    // En el trabajo.
    adv(
        Advice::LiftingSafely,
        AtWork,
        "Levantar peso de forma segura",
        "Doble las rodillas, acerque la carga y gire con los pies.",
        &[
            "Antes de levantar algo, compruebe cuánto pesa. Si pesa demasiado o es difícil de sujetar, no lo intente: pida ayuda o use un carro u otra ayuda para cargas.",
            "Colóquese cerca de la carga con los pies separados. Doble las rodillas, no solo la espalda, apriete los músculos del abdomen y mantenga la cabeza alta, en línea con la espalda.",
            "Sujete la carga pegada al cuerpo mientras la levanta. No gire el tronco al levantar o llevar peso: para girar, mueva los pies.",
            "En el trabajo, pregunte por formación, ayudas para levantar cargas y formas de repartir las tareas pesadas.",
        ],
    ),
    adv(
        Advice::DeskAndStanding,
        AtWork,
        "Trabajar en posición sentada o de pie",
        "Cambie de postura al menos cada 30 a 60 minutos.",
        &[
            "Ponga la superficie de trabajo a una altura cómoda, para no tener que encorvarse ni estirarse para llegar. En un escritorio, coloque el borde superior de la pantalla más o menos a la altura de los ojos y relaje los hombros.",
            "Cambie de postura a menudo. Levántese, camine un poco o estírese con suavidad al menos cada 30 a 60 minutos.",
            "Un cojín pequeño o una toalla enrollada detrás de la parte baja de la espalda le da apoyo en la silla. Si los pies no le llegan bien al suelo, use un reposapiés o unos libros.",
            "Si pasa mucho tiempo de pie, apoye un pie en un escalón bajo y cambie de pie de vez en cuando. Use calzado cómodo y de tacón bajo.",
        ],
    ),
    adv(
        Advice::VibrationAtWork,
        AtWork,
        "Vibraciones en el trabajo",
        "Haga pausas fuera del asiento y pida un asiento mejor.",
        &[
            "Pasar muchas horas conduciendo o usando máquinas que hacen vibrar todo el cuerpo sobrecarga la espalda.",
            "Haga pausas regulares para bajar, caminar y estirarse. Ajuste el asiento para que sujete la parte baja de la espalda y pueda llegar a los mandos con facilidad.",
            "Pregunte en su empresa por asientos o cabinas que absorban la vibración, y por turnarse en el uso de la máquina.",
        ],
    ),
    // Ejercicio y correr.
    adv(
        Advice::BackExercise,
        Exercise,
        "Ejercicio para la espalda",
        "Camine, nade o vaya en bici casi cada día, y aumente poco a poco.",
        &[
            "El ejercicio regular es una de las mejores formas de aliviar el dolor de espalda y de evitar que vuelva. Fortalece los músculos de la espalda y del abdomen, que sostienen la columna.",
            "Las actividades de bajo impacto son un buen comienzo: caminar, nadar, ir en bicicleta, yoga o pilates. Empiece con suavidad y haga un poco más cada semana.",
            "Un fisioterapeuta puede enseñarle ejercicios adecuados para su espalda, su edad y su forma física. Es normal sentir alguna molestia al hacer ejercicio. Baje la intensidad si después el dolor es mucho mayor.",
        ],
    ),
    adv(
        Advice::GetMoving,
        Exercise,
        "Moverse más",
        "Llegue poco a poco a 150 minutos de actividad a la semana.",
        &[
            "Hacer más actividad física ayuda a proteger la espalda, y nunca es tarde para empezar. Hasta los paseos cortos cuentan.",
            "Intente llegar a unos 150 minutos a la semana de actividad moderada, como caminar a paso ligero, repartidos en casi todos los días. Empiece muy por debajo de esa cifra y vaya sumando un poco cada vez.",
            "Elija algo que le guste, así le será más fácil mantenerlo. Caminar y nadar son suaves para la espalda.",
        ],
    ),
    adv(
        Advice::WeekendWarrior,
        Exercise,
        "Reparta el ejercicio durante la semana",
        "Reparta el ejercicio en la semana en vez de una sesión larga.",
        &[
            "Pasar casi toda la semana sin moverse y luego hacer horas de deporte o de gimnasio el fin de semana es una forma frecuente de sobrecargar la espalda.",
            "Intente repartir la actividad en varios días. Las sesiones cortas entre semana preparan los músculos para las más largas.",
            "Caliente antes de hacer deporte, vuelva poco a poco después de un descanso y pare si nota un dolor fuerte y repentino.",
        ],
    ),
    adv(
        Advice::StenosisWalking,
        Exercise,
        "Caminar cuando le duelen las piernas",
        "Cuando le duelan las piernas, inclínese hacia delante o siéntese un momento.",
        &[
            "Si al caminar o estar de pie aparece dolor en las piernas, inclinarse hacia adelante suele aliviarlo, porque deja más espacio a los nervios. Sentarse un momento también ayuda.",
            "Apoyarse en un carrito de la compra o usar bastones de marcha puede ayudarle a caminar más distancia. Ir en bicicleta, también en bicicleta estática, suele resultar más fácil que caminar.",
            "Siga caminando un poco cada día y descanse cuando lo necesite. Un fisioterapeuta puede darle ejercicios que le ayuden a mantener la actividad.",
        ],
    ),
    adv(
        Advice::RunningReturn,
        Exercise,
        "Correr con dolor de espalda",
        "Corra menos rato, más despacio y menos días hasta que se calme.",
        &[
            "Normalmente no hace falta dejar de correr. Siga moviéndose, pero reduzca la distancia, la frecuencia y la intensidad hasta que el dolor se calme.",
            "Alternar correr y caminar funciona bien, por ejemplo 1 minuto corriendo y 1 minuto caminando. Aumente de forma gradual, un poco cada semana, siempre que el dolor no aumente.",
            "Fortalezca el tronco y las caderas dos o tres veces por semana, por ejemplo con puentes de glúteo, planchas laterales y el ejercicio de la almeja (acostarse de lado y separar las rodillas con los pies juntos).",
            "Si el dolor le obliga a cambiar su forma de correr, o empeora durante o después de correr, reduzca todavía más.",
        ],
    ),
    adv(
        Advice::RunnerLegPain,
        Exercise,
        "Correr con dolor en la pierna",
        "Corra menos, y pare si el dolor de la pierna se extiende u hormiguea.",
        &[
            "En corredores, el dolor que va de la parte baja de la espalda a la nalga o el muslo suele venir de un músculo con sobrecarga, de la articulación sacroilíaca o de los músculos piriforme o isquiotibiales. El dolor por debajo de la rodilla, el hormigueo o el adormecimiento apuntan más a un nervio irritado.",
            "Reduzca la distancia y la intensidad, o cambie un tiempo a caminar, bici o natación. Deje de correr si el dolor de la pierna se extiende o empiezan el hormigueo o la debilidad.",
            "Consulte a un médico o un fisioterapeuta si el dolor de la pierna dura más de un par de semanas, le despierta por la noche o vuelve cada vez que corre.",
        ],
    ),
    // Prevención.
    adv(
        Advice::HealthyWeight,
        Prevention,
        "Un peso saludable",
        "Cambios pequeños y constantes en la comida y la actividad alivian su espalda.",
        &[
            "El peso de más aumenta la carga sobre los discos y las articulaciones de la espalda. Perder aunque sea un poco de peso puede aliviar esa carga.",
            "Lo que mejor funciona son cambios pequeños y constantes: más verdura y fibra, menos bebidas azucaradas, comer menos entre horas y moverse más cada día. Un médico, el personal de enfermería o un especialista en nutrición pueden ayudarle a hacer un plan.",
        ],
    ),
    adv(
        Advice::BoneHealth,
        Prevention,
        "Mantener los huesos fuertes",
        "Tome suficiente calcio y vitamina D, y pregunte por una revisión de huesos.",
        &[
            "Los huesos fuertes se rompen con menos facilidad. El cuerpo necesita calcio, fósforo y vitamina D para formar y mantener los huesos.",
            "La leche, el queso, el yogur, el pescado en lata con espinas blandas (como las sardinas), el tofu y las verduras de hoja verde aportan calcio. El fósforo está en los lácteos, la carne, el pescado, los frutos secos y las legumbres. El sol en la piel produce vitamina D, y mucha gente necesita un suplemento en invierno.",
            "Caminar y otros ejercicios en los que se sostiene el propio peso también ayudan, igual que no fumar y beber poco alcohol. Si tiene osteoporosis o toma corticoides en pastillas, pregunte a su médico si necesita una prueba de los huesos o un tratamiento.",
        ],
    ),
    adv(
        Advice::StopSmoking,
        Prevention,
        "Dejar de fumar",
        "Dejar de fumar ayuda a los discos y los huesos. Con apoyo es más fácil.",
        &[
            "Fumar reduce el riego sanguíneo de los discos de la espalda, y eso puede hacer que se desgasten antes. También retrasa la curación y aumenta el riesgo de tener huesos frágiles (osteoporosis). La tos del fumador también puede sobrecargar la espalda.",
            "Dejarlo ayuda a su espalda y a todo su cuerpo, a cualquier edad. Los programas para dejar de fumar, los sustitutos de la nicotina y otros medicamentos hacen mucho más probable conseguirlo. Pregunte a su médico o en la farmacia.",
        ],
    ),
    adv(
        Advice::Alcohol,
        Prevention,
        "Beber menos alcohol",
        "No pase de 14 unidades a la semana, con días sin alcohol.",
        &[
            "Beber más de 14 unidades a la semana se asocia a más dolor de espalda y a huesos más débiles. El alcohol también empeora el sueño, y eso hace más difícil sobrellevar el dolor.",
            "Reparta las bebidas a lo largo de la semana y deje varios días sin alcohol. Una unidad son 8 gramos de alcohol: media pinta de cerveza normal es 1 unidad, y una copa grande de vino (250 ml), unas 3.",
            "Si le cuesta beber menos, su médico puede ayudarle, de forma confidencial.",
        ],
    ),
    // Temas que cualquiera puede abrir (Más sobre el dolor de espalda).
    adv(
        Advice::WhatIsHappening,
        About,
        "Cómo funciona la parte baja de la espalda",
        "La parte baja de la espalda sostiene el tronco con 5 vértebras, discos y articulaciones.",
        &[
            "La parte baja de la espalda, o columna lumbar, sostiene el peso de la parte de arriba del cuerpo. Tiene 5 huesos llamados vértebras. Entre cada dos vértebras hay un disco: una capa exterior resistente alrededor de un centro blando, como de gelatina. Los discos amortiguan los golpes. Por detrás, dos pequeñas articulaciones (las facetarias) unen cada vértebra con la siguiente y guían los movimientos al doblarse y girar.",
            "Los ligamentos son bandas fuertes que mantienen unidos los huesos y los discos. Los tendones unen los músculos a los huesos. Junto con los músculos, sostienen la columna y evitan que se mueva demasiado.",
            "El dolor de espalda puede ser sordo y continuo, o intenso, punzante o como una descarga, y puede costar enderezarse. Casi siempre viene de un músculo, un ligamento o una articulación con sobrecarga, no de un daño grave. Unas 4 de cada 5 personas tienen dolor de espalda en algún momento de su vida.",
            "Con la edad, los discos se vuelven más finos y las articulaciones se desgastan un poco (artrosis). Es normal, y muchas personas con estos cambios no tienen dolor. A menudo el dolor de espalda no tiene una sola causa conocida.",
        ],
    ),
    adv(
        Advice::HowLongItLasts,
        About,
        "Cuánto dura el dolor de espalda",
        "La mayoría de los dolores de espalda se alivian en semanas; algunos duran más.",
        &[
            "El dolor de espalda que dura hasta 4 semanas se llama agudo. De 4 a 12 semanas se llama subagudo. A partir de las 12 semanas se llama crónico, que simplemente quiere decir de larga duración.",
            "La mayoría de las personas mejoran mucho en pocas semanas, aunque al principio el dolor sea fuerte. Alrededor de 1 de cada 5 personas con un nuevo episodio de dolor de espalda siguen con dolor después de 12 semanas.",
            "El dolor de espalda puede volver de vez en cuando. Un nuevo episodio no significa que la espalda esté dañada, y normalmente los mismos pasos vuelven a ayudar.",
        ],
    ),
    adv(
        Advice::WhatADoctorDoes,
        About,
        "Qué hará el médico o el fisioterapeuta",
        "Preguntas y una exploración; pruebas de imagen solo si cambian el tratamiento.",
        &[
            "Le preguntará por su dolor, su salud y su vida diaria. Después le examinará: cómo se mueve, dónde le duele y cuánto puede doblar la espalda.",
            "Puede que compruebe sus reflejos, la fuerza de sus piernas y cómo nota el tacto. Así se ve si hay algún nervio afectado.",
            "En las primeras semanas no suelen hacer falta radiografías ni otras pruebas de imagen, salvo que haya señales preocupantes. Muchas personas sin ningún dolor tienen cambios en los discos en una resonancia, así que una prueba de imagen puede confundir más que ayudar.",
            "Pregunte todo lo que no tenga claro. Juntos pueden hacer un plan a su medida.",
        ],
    ),
    adv(
        Advice::SkipUnhelpfulTreatments,
        About,
        "Tratamientos que puede evitar",
        "Algunos tratamientos no ayudan y no vale la pena pagarlos.",
        &[
            "Las guías médicas no recomiendan para el dolor de espalda las fajas ni los corsés, la tracción (estirar la columna con pesas o una máquina), los aparatos TENS (pequeñas descargas eléctricas a través de la piel) ni los ultrasonidos. No se ha demostrado que ayuden lo suficiente.",
            "Tampoco suelen hacer falta pruebas de imagen, salvo que un médico encuentre señales preocupantes.",
            "Es mejor dedicar su tiempo y su dinero a mantener la actividad y hacer ejercicio. Los tratamientos manuales, como el masaje o la manipulación, pueden ayudar a algunas personas si se combinan con ejercicio.",
        ],
    ),
    adv(
        Advice::PreventNextEpisode,
        About,
        "Cuidar la espalda",
        "El ejercicio, levantar pesos con cuidado y moverse a menudo ayudan a evitarlo.",
        &[
            "El ejercicio regular que mantiene fuertes los músculos de la espalda y del abdomen es la mejor forma de reducir la probabilidad de otro episodio de dolor de espalda.",
            "Levante peso con cuidado, cambie de postura a menudo y organice su puesto de trabajo para no tener que encorvarse ni girar el tronco. Mantenga un peso saludable y no fume.",
            "Si el dolor vuelve, recuerde lo que le ayudó esta vez: seguir moviéndose, tomar un analgésico sencillo si lo necesita y aumentar la actividad poco a poco.",
        ],
    ),
];

// Every table lists each id once, in its enum's order: checked when the
// crate compiles, so lookups by id are plain indexing.
keyed_by_id!(
    QUESTIONS.id,
    SECTIONS.0,
    TRIAGE.id,
    RED_FLAGS.id,
    PATTERNS.id,
    RISK_FACTORS.id,
    REASONS.id after RedFlag::COUNT,
    ADVICE.id,
);

static UI: UiText = UiText {
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
    language_failed: "No se ha podido cargar {language}. Compruebe su conexión e inténtelo de nuevo.",
};

static RESULT: ResultText = ResultText {
    why: "Por qué le decimos esto",
    your_answers: "Sus respuestas:",
    unanswered: "Algunas preguntas sobre señales de alarma quedaron sin responder o con \"No lo sé\", así que este resultado no puede descartar una causa grave.",
    may_fit: "Con qué pueden encajar sus respuestas",
    still_to_check: "Algunas señales de alarma aún no tienen respuesta, así que no podemos decir con qué encajan sus respuestas. Falta comprobar:",
    not_a_diagnosis: "Esto no es un diagnóstico. Solo un profesional de la salud que le examine puede decir qué causa su dolor.",
    spine_caption: "La parte baja de la espalda vista de lado: cinco vértebras con discos entre ellas, las pequeñas articulaciones de detrás (facetarias) y las raíces nerviosas que salen de la columna.",
    spine_vertebra: "Vértebra",
    spine_disc: "Disco",
    spine_facet: "Articulación",
    spine_nerve: "Raíz nerviosa",
    how_long: "Cuánto tiempo ha durado",
    acute: "Reciente (agudo): menos de 4 semanas. La mayoría de los dolores como este se alivian en pocas semanas.",
    subacute: "Unas semanas (subagudo): de 4 a 12 semanas. Conviene que lo revise un profesional y preparar un plan para recuperarse.",
    chronic: "De larga duración (crónico): 12 semanas o más. Un dolor que dura tanto todavía puede mejorar, y un buen apoyo ayuda.",
    outlook: "Sus perspectivas de recuperación",
    outlook_low: "Riesgo bajo de una recuperación lenta. Sus respuestas indican que probablemente se recuperará bien con cuidados sencillos en casa y manteniendo la actividad.",
    outlook_medium: "Riesgo medio de una recuperación lenta. El dolor está afectando a su vida diaria; un fisioterapeuta o un médico pueden ayudarle a recuperarse antes.",
    outlook_high: "Riesgo más alto de una recuperación lenta. Lo que siente y piensa sobre el dolor importa tanto como el propio dolor. Funciona mejor una atención que cuide el cuerpo y la mente, así que coménteselo a su médico o fisioterapeuta.",
    outlook_note: "Basado en los aspectos que examina el enfoque STarT Back. Es una orientación, no una puntuación validada.",
    risk_factors: "Lo que puede contribuir al dolor de espalda",
    can_change: "Lo que usted puede cambiar",
    cannot_change: "Lo que no se puede cambiar",
    advice: "Consejos para usted",
    group_now: "Qué hacer ahora",
    group_home: "En casa",
    group_work: "En el trabajo",
    group_exercise: "Ejercicio y correr",
    group_prevention: "Evitar que vuelva",
    group_condition: "Sobre sus síntomas",
    group_about: "Más sobre el dolor de espalda",
    your_plan: "Su plan",
    because: "Porque respondió:",
    meanwhile: "Mientras busca ayuda",
    answer_now: "Responderlas ahora",
    net_now: "Llame al {number} de inmediato si aparece:",
    net_now_signs: &[
        "dificultad para orinar, chorro débil, o escapes de orina o heces",
        "adormecimiento, hormigueo o una sensación distinta en genitales, ano o cara interna de los muslos",
        "problemas nuevos de erección, eyaculación o sensibilidad en el sexo",
        "debilidad en las dos piernas, o repentina, fuerte o que empeora",
    ],
    net_today: "Consulte a un médico el mismo día si tiene:",
    net_today_signs: &[
        "dolor, adormecimiento u hormigueo en las dos piernas",
        "fiebre, o se encuentra muy mal",
    ],
    net_emergency: "Si no puede llegar de forma segura, o algo empeora por el camino, llame al {number} de inmediato.",
    recovery: "Qué influye en su recuperación",
    safety_net: "Cuándo pedir ayuda",
    emergency_number: "Número de emergencias: {number}",
    print: "Imprimir o guardar",
};

static REMEMBER: RememberText = RememberText {
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

static EXPORT: ExportText = ExportText {
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
