//! Where a policy's content comes from: its documents, a reference to a
//! place in one, and a statement with its source.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use super::voice::Voice;

/// A document a policy's content comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// The identifier content items use to point at this document.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = super::format::MAX_ID_CHARS), pattern(super::format::ID_PATTERN))
    )]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub title: String,
    /// Who published it, as the document names them; left out when it does
    /// not name a publisher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub publisher: Option<String>,
    /// The document's date as it gives it, for example "March 2026";
    /// left out when the document has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub date: Option<String>,
    /// What this policy takes from the document, when it is not the whole
    /// policy (for example "the self-check questions only").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub used_for: Option<String>,
    /// True for the earlier document this policy replaced: what the policy
    /// takes from it is shown under a heading that says so, after the
    /// policy's own words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub replaced: bool,
}

/// Where a statement comes from: a document and a place in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// The `id` of one of the policy's `sources`.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = super::format::MAX_ID_CHARS), pattern(super::format::ID_PATTERN))
    )]
    pub document: String,
    /// The section, stage or heading, for example "Stage 2" or "section 6.11".
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub section: String,
}

/// One statement of policy content, with its source, in one of two voices:
///
/// - **the policy's words**: `text` is a passage found word for word in the
///   document `source` names, and there is no `quote`;
/// - **this guide's summary**: `text` is this guide's plain summary, and
///   `quote` is the passage it summarises, found word for word there.
///
/// `escalation_core::fidelity` checks both against the documents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourcedText {
    /// The policy's words, or (with `quote`) this guide's summary of them.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub text: String,
    /// For a summary: the passage of the source it summarises, word for
    /// word. Leave it out when `text` is itself the policy's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub quote: Option<String>,
    pub source: SourceRef,
}

impl SourcedText {
    pub fn voice(&self) -> Voice {
        Voice::of(self.quote.as_deref())
    }

    /// The statement as one line of plain text with its voice on its face:
    /// "“…” (Source: section 1.2)", or "This guide’s summary: … The policy
    /// says: “…” (Source: section 1.2)". The record's text formats and its
    /// printed copy use it.
    pub fn in_words(&self) -> String {
        let source = format!("(Source: {})", self.source.section);
        match &self.quote {
            None => format!("{} {source}", Voice::quoted(&self.text)),
            Some(quote) => format!("{} {source}", Voice::summary_in_words(&self.text, quote)),
        }
    }

    /// The policy's own words for this statement: the text itself, or the
    /// passage a summary carries.
    pub fn policy_words(&self) -> &str {
        self.quote.as_deref().unwrap_or(&self.text)
    }
}
