//! The words of the widget's own controls and messages (not the clinical
//! content). A struct rather than a table, so a language that misses a string
//! does not compile.

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
    /// The language switch could not fetch a language's words (offline):
    /// "{language}" is that language's own name.
    pub language_failed: &'static str,
}

impl UiText {
    /// "Step 3 of 20", in this language.
    pub fn progress_text(&self, at: usize, total: usize) -> String {
        self.progress
            .replace("{at}", &at.to_string())
            .replace("{total}", &total.to_string())
    }
}
