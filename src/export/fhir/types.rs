//! The FHIR R4 datatypes the exports use, as serde structs: field names are
//! FHIR's (camelCase), fields are written in declaration order, and empty
//! optional elements are left out (FHIR forbids empty arrays and nulls).

use serde::Serialize;

/// Leaves a `false` flag out, as FHIR readers expect of optional booleans.
pub(super) fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Serialize)]
pub(super) struct Coding<'a> {
    pub system: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<&'a str>,
    pub code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<&'a str>,
}

impl<'a> Coding<'a> {
    pub fn new(system: &'a str, code: &'a str, display: Option<&'a str>) -> Self {
        Coding {
            system,
            version: None,
            code,
            display,
        }
    }
}

#[derive(Serialize)]
pub(super) struct CodeableConcept<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding<'a>>,
    pub text: &'a str,
}

/// An Identifier whose value is a URN (RFC 3986's system says so).
#[derive(Serialize)]
pub(super) struct Identifier {
    pub system: &'static str,
    pub value: String,
}

impl Identifier {
    pub fn urn(value: String) -> Self {
        Identifier {
            system: "urn:ietf:rfc:3986",
            value,
        }
    }
}

/// A resource's human-readable `text`: XHTML in a `div`.
#[derive(Serialize)]
pub(super) struct Narrative {
    pub status: &'static str,
    pub div: String,
}

#[derive(Serialize)]
pub(super) struct Reference {
    pub reference: String,
}

#[derive(Serialize)]
pub(super) struct Display<'a> {
    pub display: &'a str,
}

#[derive(Serialize)]
pub(super) struct Note {
    pub text: String,
}
