//! When a policy applies and what comes before its stages: the areas
//! where disagreements arise, its scope and other routes, the self-check
//! and what to do in immediate danger.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use super::sources::{SourceRef, SourcedText};
use super::voice::Voice;

/// An area where disagreements arise, with examples.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Short identifier, unique within the policy.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = super::format::MAX_ID_CHARS), pattern(super::format::ID_PATTERN))
    )]
    pub id: String,
    /// The area in the document's words, or (with `quote`) this guide's
    /// summary of them.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub title: String,
    /// For a summarised title: the document's words for the area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub quote: Option<String>,
    pub source: SourceRef,
    /// Example disagreements. They may come from another document than the
    /// area itself: this guide, not the documents, puts them under an area.
    #[serde(default)]
    pub examples: Vec<SourcedText>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// When this policy is the one to use.
    pub applies_when: Vec<SourcedText>,
    /// Routes to use instead, for disagreements this policy does not cover.
    #[serde(default)]
    pub other_routes: Vec<OtherRoute>,
}

/// A route other than this policy, such as your own organisation's procedures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OtherRoute {
    pub kind: RouteKind,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub title: String,
    pub steps: Vec<SourcedText>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RouteKind {
    /// A disagreement inside one organisation: its own procedures.
    OwnOrganisation,
    /// A junior member of staff who disagrees with their own manager.
    JuniorStaff,
    /// Raising a concern about wrongdoing at work.
    Whistleblowing,
}

/// The devil's-advocate questions to ask yourself, and respectful uncertainty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SelfCheck {
    /// When the questions are for, in the document's words.
    #[serde(default)]
    pub when: Vec<SourcedText>,
    #[serde(default)]
    pub questions: Vec<SourcedText>,
    #[serde(default)]
    pub respectful_uncertainty: Vec<SourcedText>,
}

/// What to do when a child is at risk of immediate harm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImmediateDanger {
    pub guidance: Vec<SourcedText>,
    /// What the policy says about skipping stages in an emergency.
    #[serde(default)]
    pub skipping_stages: Vec<SourcedText>,
}

impl Area {
    pub fn voice(&self) -> Voice {
        Voice::of(self.quote.as_deref())
    }
}
