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
//! Every table has the same ids, in the same order, as `en.rs`; the tests at
//! the end check it.
use super::*;

use AdviceGroup::{About, AtHome, AtWork, Condition, Exercise, Now, Prevention};

pub static ES: Lang = Lang {
    code: "es",
    questions: QUESTIONS,
    sections: SECTIONS,
    triage: TRIAGE,
    red_flags: RED_FLAGS,
    patterns: PATTERNS,
    risk_factors: RISK_FACTORS,
    reasons: REASONS,
    advice: ADVICE,
    said: SAID,
};

static QUESTIONS: &[QuestionText] = &[
    // Sobre usted
    qt(
        "age",
        "¿Qué edad tiene?",
        "Este cuestionario está pensado para personas de 16 años o más.",
        &[],
    ),
    qt(
        "sex",
        "¿Cuál es su sexo?",
        "Puede saltarse esta pregunta. Nos ayuda a valorar la probabilidad de que un hueso de la columna esté débil o roto.",
        &[("female", "Mujer"), ("male", "Hombre"), ("other", "Otro")],
    ),
    // El dolor
    qt(
        "duration",
        "¿Cuánto tiempo hace que empezó este episodio de dolor de espalda?",
        "Cuente desde que empezó esta vez el dolor, no desde episodios anteriores.",
        &[
            ("under_1_week", "Menos de 1 semana"),
            ("1_to_4_weeks", "De 1 a 4 semanas"),
            ("4_to_12_weeks", "De 4 a 12 semanas"),
            ("over_12_weeks", "Más de 12 semanas"),
        ],
    ),
    qt(
        "pain_now",
        "¿Cuánto le duele ahora mismo, del 0 al 10?",
        "0 significa nada de dolor. 10 significa el peor dolor que pueda imaginar.",
        &[],
    ),
    qt(
        "improving",
        "En los últimos días, ¿cómo ha cambiado su dolor?",
        "",
        &[
            ("better", "Está mejorando"),
            ("same", "Está más o menos igual"),
            ("worse", "Está empeorando"),
        ],
    ),
    qt(
        "rest_eases",
        "¿El dolor se alivia cuando descansa o se acuesta?",
        "",
        &[],
    ),
    qt(
        "pain_reach",
        "¿Hasta dónde baja el dolor?",
        "Elija el punto más bajo al que llega el dolor. El dibujo muestra cada zona.",
        &[
            ("back_only", "Solo la parte baja de la espalda"),
            ("buttock_or_thigh", "Hasta la nalga o el muslo"),
            ("below_knee", "Por debajo de la rodilla"),
        ],
    ),
    qt(
        "leg_pain_side",
        "¿Tiene dolor u otras sensaciones extrañas en las piernas?",
        "Cuente el dolor, el adormecimiento, el hormigueo o la debilidad en una pierna o un pie.",
        &[
            ("none", "Ninguna molestia en las piernas"),
            ("one_leg", "En una pierna"),
            ("both_legs", "En las dos piernas"),
        ],
    ),
    qt(
        "leg_numbness",
        "¿Tiene adormecimiento, hormigueo o sensación de pinchazos en una pierna o un pie?",
        "",
        &[],
    ),
    qt(
        "onset_activity",
        "¿Qué estaba haciendo cuando empezó el dolor?",
        "Elija todas las respuestas que correspondan.",
        &[
            ("lifting", "Levantar algo"),
            ("twisting", "Girar o torcer el cuerpo"),
            ("running", "Correr"),
            ("other_sport", "Otro deporte o ejercicio"),
            ("long_sitting", "Pasar mucho tiempo en posición sentada"),
            ("long_standing", "Pasar mucho tiempo de pie"),
            ("none_known", "Nada en concreto: empezó sin causa aparente"),
        ],
    ),
    // Señales de alarma
    qt(
        "bladder_bowel",
        "Desde que empezó el dolor de espalda, ¿ha cambiado su forma de orinar o de defecar?",
        "Por ejemplo: no consigue orinar o tiene que hacer fuerza para empezar; el chorro es débil; no nota cuándo tiene la vejiga llena; o se le escapan la orina o las heces sin querer.",
        &[],
    ),
    qt(
        "saddle_numbness",
        "Desde que empezó el dolor de espalda, ¿nota diferente la piel de la zona genital, el ano o la parte interna de los muslos?",
        "Adormecida, con hormigueo, con pinchazos o simplemente rara. Por ejemplo, nota distinto el papel higiénico al limpiarse.",
        &[],
    ),
    qt(
        "sexual_dysfunction",
        "Desde que empezó el dolor de espalda, ¿tiene problemas nuevos en las relaciones sexuales?",
        "Por ejemplo, dificultad para tener una erección o para eyacular, o menos sensibilidad en los genitales durante el sexo.",
        &[],
    ),
    qt(
        "leg_weakness",
        "¿Tiene debilidad en una o en las dos piernas o pies?",
        "Por ejemplo, arrastra el pie o lo deja caer de golpe al pisar, tropieza a menudo o se le dobla una pierna.",
        &[
            ("none", "Sin debilidad"),
            ("stable", "Un poco, y no va a peor"),
            ("worsening", "Sí, y va a peor"),
            (
                "severe_or_sudden",
                "Sí, mucha o de repente: se me cae el pie, se me dobla una pierna o empezó hace pocos días",
            ),
        ],
    ),
    qt(
        "fever",
        "¿Tiene fiebre o escalofríos, o se encuentra muy mal en general?",
        "Por ejemplo, tiene calor y a la vez tiembla de frío, o se encuentra mucho peor de lo que explicaría el dolor de espalda por sí solo.",
        &[],
    ),
    qt(
        "infection_risk",
        "¿Se inyecta drogas, tiene las defensas bajas, o ha tenido hace poco una infección o una intervención en la columna?",
        "Las defensas pueden bajar por un tratamiento contra el cáncer, por los medicamentos que se toman tras un trasplante o por el VIH.",
        &[],
    ),
    qt(
        "weight_loss",
        "¿Ha perdido peso últimamente sin proponérselo?",
        "Por ejemplo, la ropa le queda más ancha sin haber hecho dieta.",
        &[],
    ),
    qt(
        "cancer_history",
        "¿Ha tenido cáncer alguna vez?",
        "Responda que sí aunque se lo trataran hace mucho tiempo.",
        &[],
    ),
    qt(
        "injury",
        "¿Empezó el dolor después de una caída, un golpe u otra lesión?",
        "",
        &[
            ("none", "No hubo ninguna lesión"),
            ("minor", "Un tirón, un resbalón o una caída desde su propia altura"),
            (
                "major",
                "Una caída fuerte, un accidente de tráfico o un golpe fuerte en la espalda",
            ),
        ],
    ),
    qt(
        "injury_when",
        "¿Cuándo ocurrió esa lesión?",
        "",
        &[
            ("last_7_days", "En los últimos 7 días"),
            ("1_to_4_weeks", "Hace entre 1 y 4 semanas"),
            ("longer_ago", "Hace más de 4 semanas"),
        ],
    ),
    qt(
        "bone_risk",
        "¿Tiene los huesos frágiles (osteoporosis), o ha tomado corticoides en pastillas durante mucho tiempo?",
        "Corticoides en pastillas, como la prednisona o la prednisolona, tomados durante 3 meses o más.",
        &[],
    ),
    qt(
        "night_pain",
        "¿Tiene dolor todo el tiempo por la noche o en reposo, en cualquier postura en que se acueste?",
        "No cuente el dolor que le despierta al darse la vuelta en la cama y luego se calma.",
        &[],
    ),
    // Cómo se comporta el dolor
    qt(
        "onset_age",
        "¿Qué edad tenía cuando empezó este dolor de espalda?",
        "Puede saltarse esta pregunta. Basta una edad aproximada.",
        &[],
    ),
    qt(
        "morning_stiffness",
        "Al levantarse por la mañana, ¿tiene la espalda rígida durante más de 30 minutos?",
        "",
        &[],
    ),
    qt(
        "better_with_exercise",
        "¿Nota la espalda mejor cuando hace ejercicio o se mueve?",
        "",
        &[],
    ),
    qt(
        "wakes_second_half_night",
        "¿El dolor le despierta en la segunda mitad de la noche?",
        "Por ejemplo, de madrugada.",
        &[],
    ),
    qt(
        "walking_leg_pain",
        "Al caminar o estar de pie, ¿nota dolor, pesadez u hormigueo en las piernas que se alivia al sentarse o al inclinarse hacia adelante?",
        "",
        &[],
    ),
    qt(
        "extension_pain",
        "¿El dolor empeora al arquear la espalda o al inclinarse hacia atrás?",
        "",
        &[],
    ),
    // Correr
    qt(
        "runs",
        "¿Sale a correr con regularidad?",
        "Cuente también correr a ritmo suave, correr como parte de otro deporte y correr en cinta.",
        &[],
    ),
    qt(
        "pain_when_running",
        "¿El dolor aparece o empeora cuando corre?",
        "",
        &[],
    ),
    // Estilo de vida y trabajo
    qt(
        "height_cm",
        "¿Cuánto mide, en centímetros?",
        "Puede saltarse esta pregunta. Si mide 1 metro y 68, escriba 168. Si conoce su estatura en pies: 5 pies y 6 pulgadas son unos 168 cm.",
        &[],
    ),
    qt(
        "weight_kg",
        "¿Cuánto pesa, en kilos?",
        "Puede saltarse esta pregunta. Basta con un número aproximado. Si conoce su peso en libras: 100 libras son unos 45 kilos.",
        &[],
    ),
    qt(
        "activity",
        "¿Cuánta actividad física hace en una semana normal?",
        "",
        &[
            ("inactive", "Casi nunca hago ejercicio"),
            ("weekend_only", "Hago ejercicio sobre todo los fines de semana"),
            (
                "regular",
                "Hago actividad física varios días casi todas las semanas",
            ),
        ],
    ),
    qt(
        "smoking",
        "¿Fuma?",
        "Cuente cigarrillos, tabaco de liar, puros y pipa.",
        &[],
    ),
    qt(
        "alcohol_units_week",
        "¿Cuántas unidades de alcohol toma, más o menos, a la semana?",
        "Puede saltarse esta pregunta. Una unidad son 8 gramos de alcohol: media pinta de cerveza normal (unos 250 ml) o un chupito de licor (25 ml). Una copa mediana de vino (175 ml) son unas 2 unidades. Sume las unidades de toda la semana.",
        &[],
    ),
    qt(
        "work_demands",
        "¿Qué exige su trabajo?",
        "Elija todas las respuestas que correspondan. Cuente también el trabajo no pagado y el cuidado de otras personas.",
        &[
            ("heavy_lifting", "Levantar o cargar cosas pesadas"),
            ("twisting_bending", "Agacharse o girar el cuerpo a menudo"),
            ("long_sitting", "Muchas horas en posición sentada"),
            ("long_standing", "Muchas horas de pie"),
            (
                "vibration",
                "Conducir o usar máquinas que hacen vibrar todo el cuerpo",
            ),
            ("none", "Nada de esto"),
        ],
    ),
    qt(
        "family_history",
        "¿Alguien de su familia cercana ha tenido artrosis, artritis, osteoporosis o problemas de columna?",
        "Familia cercana quiere decir padres, hermanos, hermanas, hijos o hijas.",
        &[],
    ),
    qt(
        "spine_structure",
        "¿Le han dicho que tiene escoliosis (una desviación de la columna) u otro problema de la columna?",
        "",
        &[],
    ),
    // Cómo lo está llevando
    qt(
        "other_pain",
        "En las dos últimas semanas, ¿ha tenido también dolor en el cuello o en el hombro?",
        "",
        &[],
    ),
    qt(
        "slow_dressing",
        "En las dos últimas semanas, ¿por culpa de la espalda ha tardado más en vestirse?",
        "",
        &[],
    ),
    qt(
        "short_walks",
        "En las dos últimas semanas, ¿la espalda solo le ha permitido caminar distancias cortas?",
        "",
        &[],
    ),
    qt(
        "fear_of_movement",
        "¿Cree que hacer actividad física podría ser peligroso para su espalda?",
        "No hay respuestas correctas ni incorrectas.",
        &[],
    ),
    qt(
        "worry",
        "Últimamente, ¿ha tenido preocupaciones en la cabeza gran parte del tiempo?",
        "",
        &[],
    ),
    qt(
        "catastrophising",
        "¿Siente que su dolor es terrible, como si nunca fuera a mejorar?",
        "",
        &[],
    ),
    qt(
        "low_mood",
        "Últimamente, ¿ha perdido el interés por cosas que normalmente disfruta?",
        "",
        &[],
    ),
    qt(
        "bothersomeness",
        "En general, ¿cuánto le ha molestado el dolor de espalda en las dos últimas semanas?",
        "",
        &[
            ("not_at_all", "Nada"),
            ("slightly", "Un poco"),
            ("moderately", "Moderadamente"),
            ("very_much", "Mucho"),
            ("extremely", "Muchísimo"),
        ],
    ),
];

/// Short first-person words for an answer, quoted on the result ("Because you said ...").
/// `{n}` is the number given. Choices are quoted by their option labels.
static SAID: &[Said] = &[
    said("age", "{n} años", ""),
    said("pain_now", "Dolor de {n} sobre 10", ""),
    said(
        "rest_eases",
        "El reposo lo alivia",
        "El reposo no lo alivia",
    ),
    said(
        "leg_numbness",
        "Adormecimiento u hormigueo en una pierna",
        "Sin adormecimiento en las piernas",
    ),
    said(
        "bladder_bowel",
        "Ha cambiado mi forma de orinar o defecar",
        "Sin cambios al orinar o defecar",
    ),
    said(
        "saddle_numbness",
        "Noto distinta la piel alrededor del ano",
        "Sin cambios alrededor del ano",
    ),
    said(
        "sexual_dysfunction",
        "Problemas nuevos en el sexo",
        "Sin problemas nuevos en el sexo",
    ),
    said("fever", "Fiebre o me encuentro muy mal", "Sin fiebre"),
    said(
        "infection_risk",
        "Más riesgo de infección",
        "Sin más riesgo de infección",
    ),
    said(
        "weight_loss",
        "Pérdida de peso sin proponérmelo",
        "Sin pérdida de peso",
    ),
    said(
        "cancer_history",
        "He tenido cáncer",
        "Nunca he tenido cáncer",
    ),
    said(
        "bone_risk",
        "Huesos frágiles o corticoides durante mucho tiempo",
        "Sin huesos frágiles ni corticoides",
    ),
    said(
        "night_pain",
        "Dolor constante por la noche",
        "Sin dolor constante por la noche",
    ),
    said("onset_age", "Empezó a los {n} años", ""),
    said(
        "morning_stiffness",
        "Rigidez de más de 30 minutos por la mañana",
        "Sin rigidez larga por la mañana",
    ),
    said(
        "better_with_exercise",
        "El ejercicio lo mejora",
        "El ejercicio no lo mejora",
    ),
    said(
        "wakes_second_half_night",
        "Me despierta de madrugada",
        "No me despierta",
    ),
    said(
        "walking_leg_pain",
        "Dolor de piernas al caminar; sentarme lo alivia",
        "Sin dolor de piernas al caminar",
    ),
    said(
        "extension_pain",
        "Empeora al arquear la espalda",
        "Arquear la espalda no lo empeora",
    ),
    said("runs", "Corro a menudo", "No corro"),
    said(
        "pain_when_running",
        "Correr me provoca el dolor",
        "Correr no me lo provoca",
    ),
    said("height_cm", "Mido {n} cm", ""),
    said("weight_kg", "Peso {n} kg", ""),
    said("smoking", "Fumo", "No fumo"),
    said(
        "alcohol_units_week",
        "{n} unidades de alcohol a la semana",
        "",
    ),
    said(
        "family_history",
        "Problemas de columna o huesos en mi familia",
        "Sin antecedentes en la familia",
    ),
    said(
        "spine_structure",
        "Una enfermedad de la columna conocida",
        "Sin enfermedad de la columna conocida",
    ),
    said(
        "other_pain",
        "También dolor de cuello u hombro",
        "Sin dolor de cuello ni hombro",
    ),
    said(
        "slow_dressing",
        "Tardo más en vestirme",
        "Me visto como siempre",
    ),
    said(
        "short_walks",
        "Solo camino distancias cortas",
        "Camino como siempre",
    ),
    said(
        "fear_of_movement",
        "Moverme puede dañar mi espalda",
        "La actividad me parece segura",
    ),
    said(
        "worry",
        "Las preocupaciones no me dejan",
        "No me preocupo mucho",
    ),
    said(
        "catastrophising",
        "Creo que nunca mejorará",
        "El dolor me parece llevadero",
    ),
    said(
        "low_mood",
        "Ya no disfruto como antes",
        "Sigo disfrutando de las cosas",
    ),
];

static SECTIONS: &[(&str, &str)] = &[
    ("about", "Sobre usted"),
    ("the_pain", "Su dolor"),
    ("warning_signs", "Señales de alarma"),
    ("pain_pattern", "Cómo se comporta el dolor"),
    ("running", "Correr"),
    ("lifestyle", "Su estilo de vida y su trabajo"),
    ("recovery", "Cómo lo está llevando"),
];

static TRIAGE: &[TriageText] = &[
    TriageText {
        id: "emergency",
        title: "Pida ayuda de emergencia ahora",
        action: "Llame ahora al {number} o vaya al servicio de urgencias del hospital más cercano. No espere a ver si mejora y no conduzca: pida a alguien que le lleve.",
    },
    TriageText {
        id: "urgent",
        title: "Consulte a un médico hoy",
        action: "Contacte con un médico hoy, como muy tarde en 24 horas. Llame a su centro de salud o consultorio y diga que es urgente, o acuda a un servicio de atención urgente o de guardia.",
    },
    TriageText {
        id: "see_gp",
        title: "Pida cita con un médico o un fisioterapeuta",
        action: "Pida cita con su médico de familia o un fisioterapeuta para dentro de 1 a 2 semanas. Mientras tanto, siga su plan y busque ayuda antes si aparece una señal de alarma.",
    },
    TriageText {
        id: "self_care",
        title: "Puede cuidarse la espalda en casa",
        action: "Siga su plan de abajo. Consulte a un médico si no mejora en 2 a 4 semanas, o antes si aparece una señal de alarma.",
    },
];

static RED_FLAGS: &[Explainer] = &[
    ex(
        "cauda_equina",
        "Posible presión sobre los nervios de la base de la columna",
        "Sus respuestas pueden indicar presión sobre el haz de nervios de la parte final de la columna (síndrome de la cola de caballo). Hay que revisarlo en el hospital de inmediato: un tratamiento rápido puede proteger el control de la vejiga y del intestino, la vida sexual y las piernas.",
    ),
    ex(
        "progressive_deficit",
        "Debilidad en la pierna fuerte, repentina o que va a peor",
        "Una debilidad así puede significar que un nervio está muy presionado. Hay que revisarlo de inmediato, para proteger el nervio antes de que quede un daño duradero.",
    ),
    ex(
        "malignancy",
        "Señales que piden descartar una causa menos frecuente",
        "Haber tenido cáncer, perder peso sin proponérselo o el dolor constante por la noche pueden acompañar a una causa más seria, como un cáncer en la columna. Con síntomas de los nervios, estos pueden estar presionados.",
    ),
    ex(
        "infection",
        "Posible infección",
        "El dolor de espalda junto con fiebre, sentirse muy mal o un riesgo más alto de infección puede deberse, en casos raros, a una infección en la columna. Tiene tratamiento, pero un médico debe verle pronto y quizá le pida pruebas.",
    ),
    ex(
        "fracture",
        "Posible fractura de un hueso de la columna",
        "Sus respuestas indican que sus huesos pueden estar más débiles de lo normal, por ejemplo por osteoporosis, por tomar corticoides o por la edad. En ese caso, hasta una caída leve o un esfuerzo pueden fisurar un hueso de la columna. Un médico debe verle en un plazo de un día, para encontrarlo y tratarlo.",
    ),
    ex(
        "major_trauma",
        "Dolor de espalda después de una lesión grave",
        "Después de una caída fuerte, un accidente de tráfico o un golpe fuerte, el dolor de espalda puede deberse a una fractura u otra lesión. Si al moverse le duele más, muévase lo menos posible hasta que le revisen.",
    ),
];

static PATTERNS: &[Explainer] = &[
    ex(
        "non_specific",
        "Posible dolor de espalda común (sobrecarga o esguince)",
        "Sus respuestas pueden encajar con el tipo de dolor de espalda más frecuente: una sobrecarga o un pequeño esguince de los músculos, los ligamentos o las articulaciones, o un desgaste como la artrosis de las pequeñas articulaciones. A menudo no se encuentra una sola causa, y es normal.",
    ),
    ex(
        "radicular",
        "Posible ciática (un nervio irritado)",
        "Sus respuestas pueden encajar con una ciática. Ocurre cuando se irrita la raíz de un nervio que sale de la parte baja de la columna, a menudo por un disco abultado o una hernia discal. Por eso el dolor baja por la pierna, a veces con adormecimiento u hormigueo. Suele mejorar con el tiempo, y un profesional de la salud puede confirmarlo.",
    ),
    ex(
        "stenosis",
        "Posible estrechamiento en la parte baja de la columna (estenosis del canal lumbar)",
        "Sus respuestas pueden encajar con una estenosis del canal lumbar. Con la edad, el espacio de los nervios en la parte baja de la columna puede estrecharse. Entonces, al caminar o estar de pie aparecen dolor o pesadez en las piernas, que se alivian al sentarse o inclinarse hacia adelante. Un profesional de la salud puede confirmarlo, y el ejercicio y la fisioterapia suelen ayudar.",
    ),
    ex(
        "inflammatory",
        "Posible dolor de espalda inflamatorio",
        "Sus respuestas pueden encajar con un dolor de espalda de tipo inflamatorio, que puede ser señal de una enfermedad llamada espondiloartritis axial. Suele empezar antes de los 40 años, empeora con el reposo y mejora con el movimiento. Debe revisarlo un médico, y tiene tratamiento.",
    ),
    ex(
        "spondylolysis",
        "Posible fractura por sobrecarga en una vértebra (espondilólisis)",
        "Sus respuestas pueden encajar con una espondilólisis: una pequeña fractura por sobrecarga en la parte de atrás de una vértebra (uno de los huesos de la columna), que puede dejar que la vértebra se deslice hacia delante (espondilolistesis). Es frecuente en deportistas jóvenes que arquean mucho la espalda. Un profesional puede confirmarlo; suele curar bien con reposo y rehabilitación.",
    ),
];

static RISK_FACTORS: &[Explainer] = &[
    ex(
        "excess_weight",
        "Exceso de peso",
        "El peso de más aumenta la carga sobre los discos y las articulaciones de la espalda. Esto se puede cambiar, y bajar aunque sea un poco de peso ayuda.",
    ),
    ex(
        "inactivity",
        "Poco ejercicio",
        "Si los músculos de la espalda y del abdomen están débiles, sostienen peor la columna. Esto se puede cambiar: la actividad regular da fuerza y hace menos probable el dolor de espalda.",
    ),
    ex(
        "weekend_warrior",
        "Ejercicio sobre todo los fines de semana",
        "Hacer mucho ejercicio después de una semana tranquila aumenta el riesgo de sobrecargas. Repartir la actividad a lo largo de la semana reduce ese riesgo.",
    ),
    ex(
        "smoking",
        "Fumar",
        "Fumar reduce el riego sanguíneo de los discos, retrasa la curación y debilita los huesos. Dejarlo ayuda a cualquier edad.",
    ),
    ex(
        "alcohol",
        "Beber más de 14 unidades de alcohol a la semana",
        "Beber por encima de esa cantidad se asocia a más dolor de espalda y a huesos más débiles. Beber menos puede ayudar.",
    ),
    ex(
        "work_lifting",
        "Levantar peso, agacharse o girar el cuerpo en el trabajo",
        "Levantar mucho peso y agacharse o girar el cuerpo a menudo sobrecargan la parte baja de la espalda. Levantar las cargas de forma más segura y tener ayuda con ellas puede reducir esa sobrecarga.",
    ),
    ex(
        "work_posture",
        "Muchas horas en posición sentada o de pie en el trabajo",
        "Mantener la misma postura durante horas carga las mismas partes de la espalda todo el día. Cambiar de postura a menudo y un puesto de trabajo bien adaptado pueden ayudar.",
    ),
    ex(
        "work_vibration",
        "Vibraciones de todo el cuerpo en el trabajo",
        "Pasar muchas horas conduciendo o usando máquinas que hacen vibrar todo el cuerpo se asocia al dolor de espalda. Las pausas, un buen asiento y menos tiempo de exposición pueden ayudar.",
    ),
    ex(
        "mood_and_stress",
        "Preocupación, estrés o ánimo bajo",
        "El dolor y el estado de ánimo se influyen mutuamente: el estrés y el ánimo bajo pueden hacer que el dolor se sienta más fuerte y dure más. Esto se puede cambiar, y cuidar el ánimo forma parte de un buen cuidado de la espalda.",
    ),
    ex(
        "age_over_30",
        "Tener más de 30 años",
        "El dolor de espalda es más frecuente a partir de los 30 años, porque los discos se desgastan poco a poco. La edad no se puede cambiar, pero la actividad física mantiene la espalda más fuerte.",
    ),
    ex(
        "family_history",
        "Antecedentes en la familia",
        "La artrosis, la osteoporosis o los problemas de columna en su familia pueden hacer más probables los problemas de espalda. Algunos cánceres que se dan en familias también pueden afectar a la columna: coménteselo a su médico.",
    ),
    ex(
        "spine_structure",
        "Un problema de columna ya conocido",
        "Una diferencia en la forma de la columna, como la escoliosis, puede hacer más probable el dolor de espalda. Coménteselo a cualquier profesional de la salud que le atienda.",
    ),
];

static REASONS: &[Explainer] = &[
    ex(
        "unanswered_red_flags",
        "Faltan respuestas sobre señales de alarma",
        "Sin estas respuestas, este cuestionario no puede descartar una causa grave, así que no puede decir que sea seguro cuidarse en casa. Un profesional de la salud puede hacerle esas preguntas.",
    ),
    ex(
        "missing_answers",
        "Faltan respuestas a algunas preguntas clave",
        "Estas respuestas deciden si debe consultar a alguien. Sin ellas, es más seguro que le revise un profesional de la salud.",
    ),
    ex(
        "contradictory_answers",
        "Algunas respuestas no encajan entre sí",
        "Algunas de sus respuestas parecen contradecirse, por ejemplo sobre hasta dónde llega el dolor. Las hemos interpretado de la forma más prudente. Un profesional de la salud puede revisarlas con usted.",
    ),
    ex(
        "under_16",
        "Tiene menos de 16 años",
        "Este cuestionario está pensado para adultos. En niños y adolescentes, el dolor de espalda se debe más a menudo a una causa concreta, así que debe revisarlo un médico.",
    ),
    ex(
        "unanswered_cauda_equina",
        "Señales de los nervios sin responder, con síntomas en las piernas",
        "Con dolor u otros síntomas en las piernas, las preguntas sobre la vejiga, el intestino, el sexo y la sensibilidad alrededor del ano son las más importantes. Sin respuestas claras, un médico debe preguntarle por ellas hoy.",
    ),
    ex(
        "both_legs_nerve",
        "Síntomas nuevos de los nervios en las dos piernas",
        "El dolor por debajo de la rodilla o el adormecimiento en las dos piernas puede indicar presión sobre varios nervios a la vez. Un médico debe examinarle hoy.",
    ),
    ex(
        "leg_weakness",
        "Debilidad en una pierna o un pie",
        "La debilidad puede significar que un nervio está presionado. Aunque no vaya a peor, un médico debe examinarle en un plazo de un día.",
    ),
    ex(
        "old_injury",
        "Dolor desde una lesión grave de hace tiempo",
        "Una lesión grave de hace más de 4 semanas puede dejar un dolor duradero. Un médico o un fisioterapeuta debe revisarle la espalda, y quizá buscar una lesión que pasó inadvertida.",
    ),
    ex(
        "pain_below_knee",
        "El dolor llega por debajo de la rodilla",
        "El dolor que baja por debajo de la rodilla suele venir de un nervio irritado. Un médico o un fisioterapeuta debe comprobar cómo funciona el nervio.",
    ),
    ex(
        "leg_numbness",
        "Adormecimiento u hormigueo en una pierna",
        "El adormecimiento, el hormigueo o la sensación de pinchazos pueden indicar que hay un nervio afectado. Un profesional de la salud puede comprobar la sensibilidad, la fuerza y los reflejos de sus piernas.",
    ),
    ex(
        "both_legs",
        "Síntomas en las dos piernas",
        "Los síntomas en las dos piernas son poco habituales en el dolor de espalda común, así que debe revisarlos un profesional de la salud. Llame a emergencias de inmediato si empieza a tener problemas para orinar o defecar, o adormecimiento en la zona genital o el ano.",
    ),
    ex(
        "lasting_weeks",
        "El dolor dura más de 4 semanas",
        "La mayoría de los dolores de espalda mejoran en pocas semanas. Cuando duran más, un profesional de la salud puede buscar qué está frenando la recuperación y ofrecerle más apoyo.",
    ),
    ex(
        "severe_not_eased",
        "Dolor fuerte que no se alivia con el reposo",
        "Conviene que un profesional de la salud revise un dolor muy fuerte que no se calma con el reposo, para comprobar la causa y ayudarle a controlar el dolor.",
    ),
    ex(
        "getting_worse",
        "El dolor va a peor",
        "El dolor de espalda suele aliviarse poco a poco. Si va a peor, debe revisarlo un profesional de la salud.",
    ),
    ex(
        "not_improving",
        "El dolor no mejora",
        "La mayoría de los dolores de espalda empiezan a aliviarse en pocos días. Si el suyo no ha cambiado después de la primera semana, un profesional de la salud puede revisarlo y ayudarle con un plan.",
    ),
    ex(
        "weight_loss",
        "Pérdida de peso sin proponérselo",
        "Perder peso sin proponérselo tiene muchas causas posibles, y algunas necesitan pruebas. Un médico debe estudiarlo junto con su dolor de espalda.",
    ),
    ex(
        "night_pain",
        "Dolor constante por la noche o en reposo",
        "Un dolor que no se alivia en ninguna postura es menos típico del dolor de espalda común. Un médico debe revisarlo para descartar una causa menos frecuente.",
    ),
    ex(
        "bone_risk",
        "Huesos frágiles o corticoides durante mucho tiempo",
        "Los huesos débiles pueden fisurarse con más facilidad, a veces con un golpe pequeño o sin ningún golpe. Un médico puede comprobarlo y ayudarle a proteger sus huesos.",
    ),
    ex(
        "woman_over_70",
        "Mujer de 70 años o más",
        "Con la edad los huesos se vuelven más finos, sobre todo en las mujeres, y un hueso de la columna puede fisurarse con un golpe pequeño o sin ningún golpe. Un médico debe revisar un dolor de espalda nuevo.",
    ),
    ex(
        "walking_leg_pain",
        "Dolor en las piernas al caminar, que se alivia al sentarse",
        "Un dolor en las piernas que le limita al caminar y se alivia al sentarse necesita que un médico o un fisioterapeuta busque la causa, tenga la edad que tenga.",
    ),
    ex(
        "slow_recovery_risk",
        "Más riesgo de una recuperación lenta",
        "Sus respuestas sobre cómo el dolor afecta a su vida y a su ánimo indican que puede necesitar más apoyo que los cuidados en casa. Un médico o un fisioterapeuta puede ayudarle a moverse con confianza.",
    ),
    ex(
        "radicular",
        "Señales de un nervio irritado (ciática)",
        "El dolor que viene de un nervio suele mejorar con el tiempo, pero un profesional de la salud debe comprobar cómo funciona el nervio y ayudarle a controlar el dolor.",
    ),
    ex(
        "stenosis",
        "Dolor de piernas al caminar que se alivia al sentarse",
        "Puede ser señal de un estrechamiento en la parte baja de la columna (estenosis del canal lumbar). Un profesional de la salud puede confirmarlo y proponerle ejercicios y otros tratamientos.",
    ),
    ex(
        "inflammatory",
        "Señales de dolor de espalda inflamatorio",
        "Este tipo de dolor de espalda debe revisarlo un médico, a veces con análisis de sangre o pruebas de imagen. Si se confirma, hay buenos tratamientos, y empezar pronto ayuda.",
    ),
    ex(
        "spondylolysis",
        "Dolor al arquear la espalda en una persona joven que hace deporte",
        "En personas jóvenes que hacen deporte, puede tratarse de una fractura por sobrecarga en la parte de atrás de una vértebra (espondilólisis). Un profesional de la salud debe revisarlo antes de que vuelva a entrenar con normalidad.",
    ),
];

static ADVICE: &[AdviceText] = &[
    // Qué hacer ahora.
    adv(
        "emergency_now",
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
        "urgent_today",
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
        "book_appointment",
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
        "self_care_plan",
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
        "under_16",
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
        "unanswered_warning_signs",
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
        "sciatica",
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
        "inflammatory_pain",
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
        "stress_fracture_rest",
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
        "stay_active",
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
        "pain_medicines",
        AtHome,
        "Medicamentos para el dolor",
        "Un antiinflamatorio como el ibuprofeno puede ayudarle a seguir moviéndose.",
        &[
            "Los antiinflamatorios, como el ibuprofeno, pueden aliviar el dolor de espalda. Tome la dosis más baja que le ayude, durante el menor tiempo posible, y siga las instrucciones del envase o del prospecto.",
            "Pregunte antes a un médico o en la farmacia si tiene 65 años o más, ha tenido una úlcera de estómago, tiene problemas de riñón, de corazón o asma, toma medicamentos para que la sangre no coagule o está embarazada.",
            "Las guías médicas no recomiendan el paracetamol (acetaminofén) solo para el dolor de espalda, porque a la mayoría de las personas les ayuda poco. Los analgésicos opioides, como la codeína o la morfina, no se aconsejan para el dolor de espalda de larga duración, porque los riesgos superan a los beneficios.",
            "Los medicamentos funcionan mejor como una ayuda para seguir moviéndose, no como un tratamiento por sí solos.",
        ],
    ),
    adv(
        "heat_and_ice",
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
        "sleep_positions",
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
        "mood_and_worry",
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
        "long_lasting_pain",
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
        "lifting_safely",
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
        "desk_and_standing",
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
        "vibration_at_work",
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
        "back_exercise",
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
        "get_moving",
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
        "weekend_warrior",
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
        "stenosis_walking",
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
        "running_return",
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
        "runner_leg_pain",
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
        "healthy_weight",
        Prevention,
        "Un peso saludable",
        "Cambios pequeños y constantes en la comida y la actividad alivian su espalda.",
        &[
            "El peso de más aumenta la carga sobre los discos y las articulaciones de la espalda. Perder aunque sea un poco de peso puede aliviar esa carga.",
            "Lo que mejor funciona son cambios pequeños y constantes: más verdura y fibra, menos bebidas azucaradas, comer menos entre horas y moverse más cada día. Un médico, el personal de enfermería o un especialista en nutrición pueden ayudarle a hacer un plan.",
        ],
    ),
    adv(
        "bone_health",
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
        "stop_smoking",
        Prevention,
        "Dejar de fumar",
        "Dejar de fumar ayuda a los discos y los huesos. Con apoyo es más fácil.",
        &[
            "Fumar reduce el riego sanguíneo de los discos de la espalda, y eso puede hacer que se desgasten antes. También retrasa la curación y aumenta el riesgo de tener huesos frágiles (osteoporosis). La tos del fumador también puede sobrecargar la espalda.",
            "Dejarlo ayuda a su espalda y a todo su cuerpo, a cualquier edad. Los programas para dejar de fumar, los sustitutos de la nicotina y otros medicamentos hacen mucho más probable conseguirlo. Pregunte a su médico o en la farmacia.",
        ],
    ),
    adv(
        "alcohol",
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
        "what_is_happening",
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
        "how_long_it_lasts",
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
        "what_a_doctor_does",
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
        "skip_unhelpful_treatments",
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
        "prevent_next_episode",
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

#[cfg(test)]
mod tests {
    use super::super::{ResultText, UiText, EN, RESULT_EN, RESULT_ES, UI_EN, UI_ES};
    use super::*;

    /// Strings allowed to be the same in Spanish and English, with the reason.
    /// Strings without letters (numbers, empty help) are always allowed.
    const SAME_IN_BOTH: &[(&str, &str)] = &[("No", "the Spanish word for no is also No")];

    /// Every string a person reads, as (where, Spanish, English), paired by
    /// position. The id tests below check that the positions match.
    fn pairs() -> Vec<(String, &'static str, &'static str)> {
        let mut out = Vec::new();
        for (es, en) in ES.questions.iter().zip(EN.questions) {
            let id = es.id;
            out.push((format!("question {id}"), es.text, en.text));
            out.push((format!("question {id} help"), es.help, en.help));
            for ((o, es), (_, en)) in es.options.iter().zip(en.options) {
                out.push((format!("question {id} option {o}"), *es, *en));
            }
        }
        for ((id, es), (_, en)) in ES.sections.iter().zip(EN.sections) {
            out.push((format!("section {id}"), *es, *en));
        }
        for (es, en) in ES.triage.iter().zip(EN.triage) {
            out.push((format!("triage {} title", es.id), es.title, en.title));
            out.push((format!("triage {} action", es.id), es.action, en.action));
        }
        for (es_table, en_table) in [
            (ES.red_flags, EN.red_flags),
            (ES.patterns, EN.patterns),
            (ES.risk_factors, EN.risk_factors),
            (ES.reasons, EN.reasons),
        ] {
            for (es, en) in es_table.iter().zip(en_table) {
                out.push((format!("explainer {} title", es.id), es.title, en.title));
                out.push((format!("explainer {} text", es.id), es.text, en.text));
            }
        }
        for (es, en) in ES.said.iter().zip(EN.said) {
            out.push((format!("said {} yes", es.id), es.yes, en.yes));
            out.push((format!("said {} no", es.id), es.no, en.no));
        }
        for (es, en) in ES.advice.iter().zip(EN.advice) {
            out.push((format!("advice {} title", es.id), es.title, en.title));
            out.push((format!("advice {} summary", es.id), es.summary, en.summary));
            for (i, (p_es, p_en)) in es.body.iter().zip(en.body).enumerate() {
                out.push((
                    format!("advice {} paragraph {}", es.id, i + 1),
                    *p_es,
                    *p_en,
                ));
            }
        }
        out
    }

    /// Lists the fields of a struct of strings as (field, Spanish, English).
    /// The pattern names every field without `..`, so adding a field to the
    /// struct stops this from compiling until the field is listed here.
    /// Lists of strings (after `;` a second time) are named in the pattern
    /// and paired item by item.
    macro_rules! fields {
        ($ty:ident, $es:expr, $en:expr; $($f:ident),* $(,)?) => {
            fields!($ty, $es, $en; $($f),* ; )
        };
        ($ty:ident, $es:expr, $en:expr; $($f:ident),* ; $($l:ident),* $(,)?) => {{
            let $ty { $($f: _,)* $($l: _,)* } = &$es;
            #[allow(unused_mut)]
            let mut v = vec![$((format!("{}.{}", stringify!($ty), stringify!($f)), $es.$f, $en.$f)),*];
            $(
                assert_eq!($es.$l.len(), $en.$l.len(), "{} items", stringify!($l));
                for (i, (es, en)) in $es.$l.iter().zip($en.$l).enumerate() {
                    v.push((format!("{}.{}[{i}]", stringify!($ty), stringify!($l)), *es, *en));
                }
            )*
            v
        }};
    }

    fn ui_pairs() -> Vec<(String, &'static str, &'static str)> {
        let mut out = fields!(UiText, UI_ES, UI_EN;
            language, title, intro, privacy, next, back, see_result, yes, no, not_sure, progress,
            review_title, review_intro, change, not_answered, result_title,
            ended_early, start_over, optional, choose_all, pain_scale_low,
            pain_scale_high, problem_required, problem_not_a_number,
            problem_not_whole, problem_too_low, problem_too_high,
            body_instruction, body_back, body_front, body_marked,
            body_nothing_marked, region_lower_back, region_left_upper_leg,
            region_right_upper_leg, region_left_lower_leg,
            region_right_lower_leg,
        );
        out.extend(fields!(ResultText, RESULT_ES, RESULT_EN;
            why, your_answers, unanswered, may_fit, not_a_diagnosis,
            spine_caption, spine_vertebra, spine_disc, spine_facet,
            spine_nerve, how_long, acute, subacute, chronic, outlook,
            outlook_low, outlook_medium, outlook_high, outlook_note,
            risk_factors, can_change, cannot_change, advice, group_now,
            group_home, group_work, group_exercise, group_prevention,
            safety_net, emergency_number, print, group_condition, group_about,
            your_plan, because, meanwhile, answer_now, net_now,
            net_today, net_emergency, recovery;
            net_now_signs, net_today_signs,
        ));
        out
    }

    fn all_pairs() -> Vec<(String, &'static str, &'static str)> {
        let mut out = pairs();
        out.extend(ui_pairs());
        out
    }

    /// The `{name}` placeholders of a string, in order.
    fn placeholders(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = s;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            out.push(&rest[start..start + len + 1]);
            rest = &rest[start + len + 1..];
        }
        out
    }

    fn explainer_ids(table: &[Explainer]) -> Vec<&'static str> {
        table.iter().map(|e| e.id).collect()
    }

    #[test]
    fn questions_and_options_match_english_in_order() {
        let es: Vec<&str> = ES.questions.iter().map(|q| q.id).collect();
        let en: Vec<&str> = EN.questions.iter().map(|q| q.id).collect();
        assert_eq!(es, en, "question ids");
        for (es, en) in ES.questions.iter().zip(EN.questions) {
            let es_opts: Vec<&str> = es.options.iter().map(|(o, _)| *o).collect();
            let en_opts: Vec<&str> = en.options.iter().map(|(o, _)| *o).collect();
            assert_eq!(es_opts, en_opts, "{}: option ids", es.id);
        }
    }

    #[test]
    fn tables_match_english_in_order() {
        let sections = |l: &Lang| l.sections.iter().map(|(s, _)| *s).collect::<Vec<_>>();
        assert_eq!(sections(&ES), sections(&EN), "sections");
        let triage = |l: &Lang| l.triage.iter().map(|t| t.id).collect::<Vec<_>>();
        assert_eq!(triage(&ES), triage(&EN), "triage");
        for (what, es, en) in [
            ("red_flags", ES.red_flags, EN.red_flags),
            ("patterns", ES.patterns, EN.patterns),
            ("risk_factors", ES.risk_factors, EN.risk_factors),
            ("reasons", ES.reasons, EN.reasons),
        ] {
            assert_eq!(explainer_ids(es), explainer_ids(en), "{what}");
        }
        let advice = |l: &Lang| l.advice.iter().map(|a| (a.id, a.group)).collect::<Vec<_>>();
        assert_eq!(advice(&ES), advice(&EN), "advice ids and groups");
        assert_eq!(ES.code, "es");
    }

    #[test]
    fn advice_has_one_to_four_paragraphs() {
        for a in ES.advice {
            assert!((1..=4).contains(&a.body.len()), "{}: paragraphs", a.id);
        }
    }

    #[test]
    fn nothing_is_missing() {
        for (place, es, en) in all_pairs() {
            if !en.trim().is_empty() {
                assert!(!es.trim().is_empty(), "{place}: empty in Spanish");
            }
        }
        // Paragraphs are paired by position, so a missing one would be skipped above.
        for (es, en) in ES.advice.iter().zip(EN.advice) {
            assert!(
                es.body.len() >= en.body.len(),
                "{}: fewer paragraphs",
                es.id
            );
        }
    }

    #[test]
    fn everything_is_translated() {
        for (place, es, en) in all_pairs() {
            let has_letters = es.chars().any(char::is_alphabetic);
            if es == en && has_letters {
                assert!(
                    SAME_IN_BOTH.iter().any(|(s, _)| *s == es),
                    "{place}: same as English: {es:?}"
                );
            }
        }
    }

    #[test]
    fn placeholders_are_kept() {
        for (place, es, en) in all_pairs() {
            assert_eq!(placeholders(es), placeholders(en), "{place}: placeholders");
            let mut rest = es.to_owned();
            for p in placeholders(es) {
                rest = rest.replace(p, "");
            }
            assert!(
                !rest.contains('{') && !rest.contains('}'),
                "{place}: brace outside a placeholder"
            );
        }
        let emergency = ES.triage("emergency").unwrap();
        assert!(emergency.action.contains("{number}"));
    }

    #[test]
    fn text_is_plain() {
        for (place, es, _) in all_pairs() {
            assert!(!es.contains('<'), "{place}: contains '<'");
            assert!(
                !es.contains('!') && !es.contains('¡'),
                "{place}: exclamation"
            );
            assert_eq!(es.trim(), es, "{place}: leading or trailing space");
            if es.contains('?') {
                assert!(es.contains('¿'), "{place}: '?' without '¿'");
            }
        }
    }

    #[test]
    fn paragraphs_are_short() {
        for (place, es, _) in all_pairs() {
            let words = es.split_whitespace().count();
            assert!(words < 70, "{place}: {words} words");
        }
    }
}
