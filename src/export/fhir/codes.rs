//! Standard codes that stand beside the product's own ones, so a receiving
//! system can read a finding without knowing our `urn:` code systems.
//!
//! Each SNOMED CT concept here was checked against published sources (a
//! VSAC value set of conditions with chronic pain, the HPO cross-references,
//! FHIR and SNOMED International examples); where no concept was found that
//! matches the finding, the finding keeps only our own code and its words,
//! rather than a guessed code that could mislead.

/// SNOMED CT.
pub const SNOMED: &str = "http://snomed.info/sct";
/// HL7's likelihood of an outcome in a risk assessment (the example binding
/// of `RiskAssessment.prediction.qualitativeRisk`).
pub const RISK_PROBABILITY: &str = "http://terminology.hl7.org/CodeSystem/risk-probability";

/// A SNOMED CT concept: code and preferred term.
pub type Concept = (&'static str, &'static str);

/// The SNOMED CT concept closest to a pattern the answers may fit.
pub fn pattern_snomed(id: &str) -> Option<Concept> {
    Some(match id {
        "non_specific" => ("279039007", "Low back pain"),
        "radicular" => ("23056005", "Sciatica"),
        "stenosis" => ("18347007", "Spinal stenosis of lumbar region"),
        "spondylolysis" => ("240221008", "Spondylolysis"),
        _ => return None,
    })
}

/// The SNOMED CT concept a red-flag group is a warning of.
pub fn red_flag_snomed(id: &str) -> Option<Concept> {
    Some(match id {
        "cauda_equina" => ("192970008", "Cauda equina syndrome"),
        "malignancy" => ("363346000", "Malignant neoplastic disease"),
        // The fracture rule is about fragile bones (osteoporotic collapse).
        "fracture" => ("42942008", "Compression fracture of vertebral column"),
        _ => return None,
    })
}

/// The recovery outlook band in the risk-probability code system: our
/// `medium` is its `moderate`.
pub fn band_probability(band: &str) -> Concept {
    match band {
        "high" => ("high", "High likelihood"),
        "medium" => ("moderate", "Moderate likelihood"),
        _ => ("low", "Low likelihood"),
    }
}
