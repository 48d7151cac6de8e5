//! The words of the results screen that are not clinical content: headings,
//! duration and recovery-outlook descriptions, advice group names.

use super::AdviceGroup;

#[derive(Debug)]
pub struct ResultText {
    pub why: &'static str,
    /// Introduces the answers behind a reason.
    pub your_answers: &'static str,
    pub unanswered: &'static str,
    pub may_fit: &'static str,
    pub not_a_diagnosis: &'static str,
    pub spine_caption: &'static str,
    /// Labels inside the spine diagram.
    pub spine_vertebra: &'static str,
    pub spine_disc: &'static str,
    pub spine_facet: &'static str,
    pub spine_nerve: &'static str,
    pub how_long: &'static str,
    pub acute: &'static str,
    pub subacute: &'static str,
    pub chronic: &'static str,
    pub outlook: &'static str,
    pub outlook_low: &'static str,
    pub outlook_medium: &'static str,
    pub outlook_high: &'static str,
    pub outlook_note: &'static str,
    pub risk_factors: &'static str,
    pub can_change: &'static str,
    pub cannot_change: &'static str,
    pub advice: &'static str,
    pub group_now: &'static str,
    pub group_home: &'static str,
    pub group_work: &'static str,
    pub group_exercise: &'static str,
    pub group_prevention: &'static str,
    pub safety_net: &'static str,
    pub print: &'static str,
}

impl ResultText {
    pub fn group(&self, g: AdviceGroup) -> &'static str {
        match g {
            AdviceGroup::Now => self.group_now,
            AdviceGroup::AtHome => self.group_home,
            AdviceGroup::AtWork => self.group_work,
            AdviceGroup::Exercise => self.group_exercise,
            AdviceGroup::Prevention => self.group_prevention,
        }
    }
}

pub static RESULT_EN: ResultText = ResultText {
    why: "Why we say this",
    your_answers: "Your answers:",
    unanswered: "Some warning-sign questions were not answered, so this result cannot rule out a serious cause.",
    may_fit: "What your answers may fit",
    not_a_diagnosis: "This is not a diagnosis. Only a clinician who examines you can say what is causing your pain.",
    spine_caption: "The lower back from the side: five vertebrae with discs between them, facet joints behind, and nerve roots leaving the spine.",
    spine_vertebra: "Vertebra",
    spine_disc: "Disc",
    spine_facet: "Facet joint",
    spine_nerve: "Nerve root",
    how_long: "How long it has lasted",
    acute: "Recent (acute): under 4 weeks. Most pain like this eases within a few weeks.",
    subacute: "A few weeks (subacute): 4 to 12 weeks. It is worth getting it checked and building a plan to recover.",
    chronic: "Long-lasting (chronic): 12 weeks or more. Pain this long can still get better, and good support helps.",
    outlook: "Your recovery outlook",
    outlook_low: "Low risk of a slow recovery. Your answers suggest you are likely to recover well with simple self-care and staying active.",
    outlook_medium: "Medium risk of a slow recovery. Your pain is affecting your daily life; a physiotherapist or doctor can help you recover faster.",
    outlook_high: "Higher risk of a slow recovery. How you feel about the pain matters as much as the pain itself; care that supports both body and mind works best, so tell your doctor or physiotherapist.",
    outlook_note: "Based on the areas that the STarT Back approach looks at. It is a guide, not a validated score.",
    risk_factors: "Things that can add to back pain",
    can_change: "Things you can change",
    cannot_change: "Things you cannot change",
    advice: "Advice for you",
    group_now: "What to do now",
    group_home: "At home",
    group_work: "At work",
    group_exercise: "Exercise and running",
    group_prevention: "Preventing it coming back",
    safety_net: "When to get help",
    print: "Print or save",
};
