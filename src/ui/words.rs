//! The words for the flow's own types (a problem with an answer, a region
//! of the body diagram): the UI is the one layer that knows both the flow
//! and the content, so the mapping lives here.

use crate::content::UiText;
use crate::flow::{InputError, Region};

/// The message for a problem with an answer.
pub fn problem(ui: &UiText, p: InputError) -> String {
    match p {
        InputError::Required => ui.problem_required.to_owned(),
        InputError::NotANumber => ui.problem_not_a_number.to_owned(),
        InputError::NotWhole => ui.problem_not_whole.to_owned(),
        InputError::TooLow { min } => ui.problem_too_low.replace("{min}", &min.to_string()),
        InputError::TooHigh { max } => ui.problem_too_high.replace("{max}", &max.to_string()),
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
