//! The policy model: one shape for every escalation policy, built in or
//! written by a partnership, loaded from JSON.
//!
//! Every item of policy content carries a [`SourceRef`] naming the document
//! and the section it comes from, so the widget can always say where a
//! statement comes from, and nothing is shown that a source does not say.
//!
//! Each child file holds one part of the model and imports its siblings
//! directly; this file declares them and re-exports their types, so the
//! rest of the crate names them as `crate::policy::…`.

mod date;
mod days;
mod format;
mod id;
mod reference;
mod scope;
mod sources;
mod stage;
mod status;
mod voice;

pub use date::IssueDate;
pub use days::{number_value, states_days, working_days_in};
pub use format::{
    DATE_PATTERN, ID_PATTERN, MAX_ID_CHARS, MAX_POLICY_FILE_BYTES, MAX_TEXT_CHARS, MAX_WORKING_DAYS,
};
pub use id::{IdError, PolicyId};
pub use reference::{AfterResolution, ContactRole, Gap, GlossaryEntry};
pub use scope::{Area, ImmediateDanger, OtherRoute, RouteKind, Scope, SelfCheck};
pub use sources::{SourceDocument, SourceRef, SourcedText};
pub use stage::{Stage, TimeNote, TimeNoteKind, Timescale};
pub use status::Status;
pub use voice::Voice;

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use crate::calendar::Division;

/// An escalation policy for resolving professional disagreements about
/// safeguarding children.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// The address of the JSON Schema the file follows, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Short, stable identifier: lower-case letters, digits and hyphens.
    pub id: PolicyId,
    /// The policy's title, as its documents give it.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = format::MAX_TEXT_CHARS)))]
    pub title: String,
    /// The area the policy covers, for example "Berkshire".
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = format::MAX_TEXT_CHARS)))]
    pub area: String,
    /// When the policy was issued, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`;
    /// left out when the source gives no issue date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(pattern(format::DATE_PATTERN)))]
    pub issued: Option<String>,
    /// When the policy was last updated, in the same form, where the source
    /// gives an update date (for example "updated in November 2018").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(pattern(format::DATE_PATTERN)))]
    pub updated: Option<String>,
    pub status: Status,
    /// Whose bank holidays count when working days are counted.
    #[serde(default)]
    pub division: Division,
    /// The documents the policy's content comes from.
    pub sources: Vec<SourceDocument>,
    /// What the policy is for.
    pub purpose: Vec<SourcedText>,
    pub principles: Vec<SourcedText>,
    /// The areas where disagreements most often arise.
    pub areas: Vec<Area>,
    /// When this policy applies, and which other routes apply when it does not.
    pub scope: Scope,
    /// What to do before escalating.
    pub preparation: Vec<SourcedText>,
    pub self_check: SelfCheck,
    pub immediate_danger: ImmediateDanger,
    /// The stages, in order, numbered from 1.
    pub stages: Vec<Stage>,
    /// What the policy says about time other than a working-day figure: its
    /// words about timing, a timescale table it refers to but does not
    /// include, or timescales it says are specified but never specifies.
    #[serde(default)]
    pub time_notes: Vec<TimeNote>,
    pub after: AfterResolution,
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    /// Roles whose contact details an embedding site supplies. Built-in
    /// policies name roles only: never people or personal phone numbers.
    #[serde(default)]
    pub contact_roles: Vec<ContactRole>,
    /// Things the source refers to but does not include, or leaves unsaid,
    /// said plainly so users know what the guide cannot tell them.
    #[serde(default)]
    pub gaps: Vec<Gap>,
}

impl Policy {
    pub fn stage(&self, number: u32) -> Option<&Stage> {
        self.stages.iter().find(|stage| stage.number == number)
    }

    pub fn source_document(&self, id: &str) -> Option<&SourceDocument> {
        self.sources.iter().find(|document| document.id == id)
    }

    pub fn is_current(&self) -> bool {
        self.status == Status::Current
    }

    /// The policy's date, labelled as the source gives it: ("Issued",
    /// "March 2026"), ("Updated", "November 2018"), or ("Date", "The policy
    /// does not give a date").
    pub fn date_in_words(&self) -> (&'static str, String) {
        let words = |text: &Option<String>| {
            text.as_deref()
                .and_then(IssueDate::parse)
                .map(|date| date.to_string())
        };
        if let Some(issued) = words(&self.issued) {
            ("Issued", issued)
        } else if let Some(updated) = words(&self.updated) {
            ("Updated", updated)
        } else {
            ("Date", "The policy does not give a date".to_string())
        }
    }

    /// For a superseded policy, the warning every page and every export
    /// carries.
    pub fn superseded_in_words(&self) -> Option<String> {
        match &self.status {
            Status::Superseded { by_title, .. } => Some(format!(
                "This policy has been superseded by {by_title}. Use it only if you have been told to."
            )),
            Status::Current | Status::NotStated => None,
        }
    }

    /// Whether a statement comes from a document other than the policy's own
    /// (one the policy borrows from, which says what it is `used_for`).
    /// Borrowed statements say where they come from on their face.
    pub fn borrowed_from(&self, source: &SourceRef) -> Option<&SourceDocument> {
        self.source_document(&source.document)
            .filter(|document| document.used_for.is_some())
    }

    /// What the policy says happens after the process: lessons for future
    /// practice, gaps in policies and procedures, and case reviews. The
    /// record page, its exports and the briefing list the same.
    pub fn after_the_process(&self) -> Vec<SourcedText> {
        let after = &self.after;
        after
            .lessons
            .iter()
            .chain(&after.policy_gaps)
            .chain(&after.case_review)
            .cloned()
            .collect()
    }

    /// Statements in the order a page shows them: the policy's own (and
    /// those borrowed from documents it did not replace, which say so on
    /// their face) first, then those from the document it replaced, under a
    /// heading that says so.
    pub fn own_first<'a>(
        &self,
        items: &'a [SourcedText],
    ) -> Vec<(Option<String>, Vec<&'a SourcedText>)> {
        let replaced = |item: &SourcedText| {
            self.source_document(&item.source.document)
                .is_some_and(|document| document.replaced)
        };
        let mut groups = vec![(None, items.iter().filter(|item| !replaced(item)).collect())];
        for document in self.sources.iter().filter(|document| document.replaced) {
            let from: Vec<&SourcedText> = items
                .iter()
                .filter(|item| item.source.document == document.id)
                .collect();
            if !from.is_empty() {
                groups.push((
                    Some(match &document.date {
                        Some(date) => format!(
                            "From {} ({date}), which this policy replaced",
                            document.title
                        ),
                        None => format!("From {}, which this policy replaced", document.title),
                    }),
                    from,
                ));
            }
        }
        groups.retain(|(_, items)| !items.is_empty());
        groups
    }

    /// The name of a source document with its publisher and date, as the
    /// "Where this comes from" lists give it.
    pub fn document_name(&self, id: &str) -> String {
        match self.source_document(id) {
            Some(document) => {
                let details: Vec<&str> = [document.publisher.as_deref(), document.date.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect();
                if details.is_empty() {
                    document.title.clone()
                } else {
                    format!("{} ({})", document.title, details.join(", "))
                }
            }
            None => id.to_string(),
        }
    }

    /// The time notes that are about stage `number`.
    pub fn time_notes_for(&self, number: u32) -> impl Iterator<Item = &TimeNote> {
        self.time_notes
            .iter()
            .filter(move |note| note.stages.is_empty() || note.stages.contains(&number))
    }

    /// The deadlines shown on stage `number`: its own, and any from a later
    /// stage that covers it.
    pub fn timescales_for(&self, number: u32) -> impl Iterator<Item = (&Stage, &Timescale)> {
        self.stages.iter().flat_map(move |stage| {
            stage
                .timescales
                .iter()
                .filter(move |timescale| timescale.covers(stage.number, number))
                .map(move |timescale| (stage, timescale))
        })
    }

    /// The gaps that are about stage `number`.
    pub fn gaps_for(&self, number: u32) -> impl Iterator<Item = &Gap> {
        self.gaps
            .iter()
            .filter(move |gap| gap.stages.contains(&number))
    }

    /// The status in words, for example "Current" or "Superseded by the
    /// March 2026 Berkshire escalation process".
    pub fn status_in_words(&self) -> String {
        match &self.status {
            Status::Current => "Current".to_string(),
            Status::NotStated => {
                "Not given: the document does not say whether it is in force".to_string()
            }
            Status::Superseded { by_title, .. } => format!("Superseded by {by_title}"),
        }
    }
}
