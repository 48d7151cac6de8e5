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
    /// In place of what the answers may fit while warning signs are open:
    /// introduces the list of what is still to be checked.
    pub still_to_check: &'static str,
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
    pub group_condition: &'static str,
    /// The one closed disclosure of general topics.
    pub group_about: &'static str,
    /// The personal plan's heading.
    pub your_plan: &'static str,
    /// Before the answers that chose an advice item or a reason.
    pub because: &'static str,
    /// Emergency and urgent results: what to do while getting help.
    pub meanwhile: &'static str,
    /// The button that takes the person back to unanswered warning signs.
    pub answer_now: &'static str,
    /// Safety net: "{number}" is the host's emergency number.
    pub net_now: &'static str,
    pub net_now_signs: &'static [&'static str],
    pub net_today: &'static str,
    pub net_today_signs: &'static [&'static str],
    /// The whole safety net of an emergency result.
    pub net_emergency: &'static str,
    /// The disclosure holding the recovery outlook and risk factors.
    pub recovery: &'static str,
    pub safety_net: &'static str,
    /// In the "when to get help" box; "{number}" is the host's emergency number.
    pub emergency_number: &'static str,
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
            AdviceGroup::Condition => self.group_condition,
            AdviceGroup::About => self.group_about,
        }
    }
}
