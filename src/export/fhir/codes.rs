//! Standard codes that stand beside the product's own ones, so a receiving
//! system can read a finding without knowing our `urn:` code systems.
//!
//! Each SNOMED CT concept here was checked against published sources (a
//! VSAC value set of conditions with chronic pain, the HPO cross-references,
//! FHIR and SNOMED International examples); where no concept was found that
//! matches the finding, the finding keeps only our own code and its words,
//! rather than a guessed code that could mislead.

use crate::engine::{Band, Pattern, RedFlag};

/// SNOMED CT.
pub const SNOMED: &str = "http://snomed.info/sct";
/// HL7's likelihood of an outcome in a risk assessment (the example binding
/// of `RiskAssessment.prediction.qualitativeRisk`).
pub const RISK_PROBABILITY: &str = "http://terminology.hl7.org/CodeSystem/risk-probability";

/// A SNOMED CT concept: code and preferred term.
pub type Concept = (&'static str, &'static str);

/// The SNOMED CT concept closest to a pattern the answers may fit.
pub fn pattern_snomed(id: Pattern) -> Option<Concept> {
    Some(match id {
        Pattern::NonSpecific => ("279039007", "Low back pain"),
        Pattern::Radicular => ("23056005", "Sciatica"),
        Pattern::Stenosis => ("18347007", "Spinal stenosis of lumbar region"),
        Pattern::Spondylolysis => ("240221008", "Spondylolysis"),
        Pattern::Inflammatory => return None,
    })
}

/// The SNOMED CT concept a red-flag group is a warning of.
pub fn red_flag_snomed(id: RedFlag) -> Option<Concept> {
    Some(match id {
        RedFlag::CaudaEquina => ("192970008", "Cauda equina syndrome"),
        RedFlag::Malignancy => ("363346000", "Malignant neoplastic disease"),
        // The fracture rule is about fragile bones (osteoporotic collapse).
        RedFlag::Fracture => ("42942008", "Compression fracture of vertebral column"),
        RedFlag::ProgressiveDeficit | RedFlag::Infection | RedFlag::MajorTrauma => return None,
    })
}

/// The recovery outlook band in the risk-probability code system: our
/// `medium` is its `moderate`.
pub fn band_probability(band: Band) -> Concept {
    match band {
        Band::High => ("high", "High likelihood"),
        Band::Medium => ("moderate", "Moderate likelihood"),
        Band::Low => ("low", "Low likelihood"),
    }
}
