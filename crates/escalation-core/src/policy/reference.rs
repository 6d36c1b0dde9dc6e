//! What a policy says beside its stages: what happens after the process,
//! its glossary, the roles to contact and what it leaves out.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use super::sources::{SourceRef, SourcedText};
use super::voice::Voice;

/// Something the policy refers to but does not include, or leaves unsaid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Gap {
    /// This guide's note of what the policy leaves out.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub text: String,
    /// The passage the note is about, word for word, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub quote: Option<String>,
    pub source: SourceRef,
    /// The stages it is about, if it is about particular stages; the stage
    /// pages link to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<u32>,
}

/// What happens once a disagreement is resolved, or the process ends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AfterResolution {
    #[serde(default)]
    pub written_confirmation: Vec<SourcedText>,
    /// Lessons for future practice, and where to refer them.
    #[serde(default)]
    pub lessons: Vec<SourcedText>,
    /// Where gaps in policies and procedures are referred.
    #[serde(default)]
    pub policy_gaps: Vec<SourcedText>,
    #[serde(default)]
    pub case_review: Vec<SourcedText>,
    /// What happens when the last stage does not resolve the disagreement.
    #[serde(default)]
    pub end_of_process: Vec<SourcedText>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub term: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub meaning: String,
    pub source: SourceRef,
}

/// A role whose contact details the embedding site supplies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactRole {
    /// Short identifier an embedding site uses to give the contact details.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = super::format::MAX_ID_CHARS), pattern(super::format::ID_PATTERN))
    )]
    pub id: String,
    /// The role, for example "Safeguarding Children Partnership Business Manager".
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub name: String,
    /// When the policy says to contact this role: its words, or (with
    /// `quote`) this guide's summary of them.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub when: String,
    /// For a summarised `when`: the passage it summarises, word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub quote: Option<String>,
    pub source: SourceRef,
    /// The stages at which the policy names this role: their pages show the
    /// contact details an embedding site gives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<u32>,
}

impl AfterResolution {
    /// Each list with its field name, in file order: for walking them all.
    pub fn named_lists(&self) -> [(&'static str, &[SourcedText]); 5] {
        [
            ("written_confirmation", &self.written_confirmation),
            ("lessons", &self.lessons),
            ("policy_gaps", &self.policy_gaps),
            ("case_review", &self.case_review),
            ("end_of_process", &self.end_of_process),
        ]
    }
}

impl ContactRole {
    pub fn voice(&self) -> Voice {
        Voice::of(self.quote.as_deref())
    }
}
