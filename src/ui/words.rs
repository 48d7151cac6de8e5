//! The words for the flow's own types (a problem with an answer, a region
//! of the body diagram): the UI is the one layer that knows both the flow
//! and the content, so the mapping lives here.

use crate::content::UiText;
use crate::flow::{Problem, Region};

/// The message for a problem with an answer.
pub fn problem(ui: &UiText, p: Problem) -> String {
    match p {
        Problem::Required => ui.problem_required.to_owned(),
        Problem::NotANumber => ui.problem_not_a_number.to_owned(),
        Problem::NotWhole => ui.problem_not_whole.to_owned(),
        Problem::TooLow { min } => ui.problem_too_low.replace("{min}", &min.to_string()),
        Problem::TooHigh { max } => ui.problem_too_high.replace("{max}", &max.to_string()),
    }
}

/// The name of a body diagram region.
pub fn region(ui: &UiText, r: Region) -> &'static str {
    match r {
        Region::LowerBack => ui.region_lower_back,
        Region::LeftUpperLeg => ui.region_left_upper_leg,
        Region::RightUpperLeg => ui.region_right_upper_leg,
        Region::LeftLowerLeg => ui.region_left_lower_leg,
        Region::RightLowerLeg => ui.region_right_lower_leg,
    }
}
