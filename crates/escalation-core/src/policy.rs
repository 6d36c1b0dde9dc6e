//! The policy model: one shape for every escalation policy, built in or
//! written by a partnership, loaded from JSON.
//!
//! Every item of policy content carries a [`SourceRef`] naming the document
//! and the section it comes from, so the widget can always say where a
//! statement comes from, and nothing is shown that a source does not say.

use serde::{Deserialize, Serialize};

use crate::calendar::Division;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

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
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = 64), pattern(crate::validate::ID_PATTERN))
    )]
    pub id: String,
    /// The policy's title, as its documents give it.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// The area the policy covers, for example "Berkshire".
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub area: String,
    /// When the policy was issued, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`;
    /// left out when the source gives no issue date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(pattern(crate::validate::DATE_PATTERN)))]
    pub issued: Option<String>,
    /// When the policy was last updated, in the same form, where the source
    /// gives an update date (for example "updated in November 2018").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(pattern(crate::validate::DATE_PATTERN)))]
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

/// Whether a policy is in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "state", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Status {
    Current,
    /// The policy's documents do not say whether it is in force: the widget
    /// says so rather than calling it current.
    NotStated,
    Superseded {
        /// The id of the policy that replaced this one.
        #[cfg_attr(
            feature = "schema",
            schemars(length(min = 1, max = 64), pattern(crate::validate::ID_PATTERN))
        )]
        by: String,
        /// How to describe the replacement, for example "the March 2026
        /// Berkshire escalation process".
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
        by_title: String,
    },
}

/// A document a policy's content comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// The identifier content items use to point at this document.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = 64), pattern(crate::validate::ID_PATTERN))
    )]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// Who published it, as the document names them; left out when it does
    /// not name a publisher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub publisher: Option<String>,
    /// The document's date as it gives it, for example "March 2026";
    /// left out when the document has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub date: Option<String>,
    /// What this policy takes from the document, when it is not the whole
    /// policy (for example "the self-check questions only").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
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
        schemars(length(min = 1, max = 64), pattern(crate::validate::ID_PATTERN))
    )]
    pub document: String,
    /// The section, stage or heading, for example "Stage 2" or "section 6.11".
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
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
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub text: String,
    /// For a summary: the passage of the source it summarises, word for
    /// word. Leave it out when `text` is itself the policy's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub quote: Option<String>,
    pub source: SourceRef,
}

/// Whose words a statement is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Voice {
    /// A passage of the policy's document, word for word.
    PolicyWords,
    /// This guide's summary, carrying the passage it summarises.
    GuideSummary,
}

impl Voice {
    /// The label a summary carries wherever it is shown.
    pub const SUMMARY_LABEL: &'static str = "This guide’s summary";
    /// The label of the passage behind a summary.
    pub const WORDS_LABEL: &'static str = "The policy’s words";
    /// The label of this guide's own notes (what a policy leaves out, a
    /// start it chose for counting days, how its stages relate).
    pub const NOTE_LABEL: &'static str = "This guide’s note";

    /// "This guide’s note: …": one of this guide's notes in text.
    pub fn note_in_words(text: &str) -> String {
        format!("{}: {text}", Voice::NOTE_LABEL)
    }

    /// “…”: the policy's words in quotation marks, in text.
    pub fn quoted(words: &str) -> String {
        format!("“{words}”")
    }

    /// "The policy says: “…”": how every page and text format puts the
    /// policy's words after this guide's.
    pub fn policy_says(words: &str) -> String {
        format!("The policy says: {}", Voice::quoted(words))
    }

    /// "This guide’s summary: … The policy says: “…”": a summary in one line
    /// of text, labelled, with the words it summarises.
    pub fn summary_in_words(text: &str, quote: &str) -> String {
        format!(
            "{}: {text} {}",
            Voice::SUMMARY_LABEL,
            Voice::policy_says(quote)
        )
    }

    fn of(quote: Option<&str>) -> Voice {
        if quote.is_some() {
            Voice::GuideSummary
        } else {
            Voice::PolicyWords
        }
    }
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

/// An area where disagreements arise, with examples.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Short identifier, unique within the policy.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = 64), pattern(crate::validate::ID_PATTERN))
    )]
    pub id: String,
    /// The area in the document's words, or (with `quote`) this guide's
    /// summary of them.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// For a summarised title: the document's words for the area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
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
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
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

/// One stage of the escalation process.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// 1 for the first stage, then 2, 3… in order.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub number: u32,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    pub source: SourceRef,
    /// Who is involved at this stage.
    pub who: Vec<SourcedText>,
    /// What to do.
    pub actions: Vec<SourcedText>,
    /// Deadlines counted in working days from the start of the difference
    /// of opinion. A stage may have none: what the policy says about time
    /// otherwise is in the policy's `time_notes`.
    #[serde(default)]
    pub timescales: Vec<Timescale>,
    /// Who must be told at this stage.
    #[serde(default)]
    pub must_tell: Vec<SourcedText>,
    /// Who may be told.
    #[serde(default)]
    pub may_tell: Vec<SourcedText>,
    /// What must be recorded.
    #[serde(default)]
    pub record: Vec<SourcedText>,
}

/// A deadline: what must happen, within how many working days of the start
/// of the difference of opinion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Timescale {
    /// What must have happened by the deadline.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub what: String,
    /// Working days after the day the difference of opinion started.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::validate::MAX_WORKING_DAYS)))]
    pub working_days: u32,
    /// The source's own words that give the figure, quoted exactly.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub quote: String,
    /// The stage's own words for this deadline, quoted exactly, where they
    /// put it differently from `quote`: for example "within 24 hours (e.g
    /// within 3 working days of the start of the difference of opinion)".
    /// Shown next to every date worked out from the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub wording: Option<String>,
    /// Where one deadline covers several stages (for example "escalation
    /// prior to referral to the LSCB"), the first of them; the deadline then
    /// shows on every stage from that one to its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub covers_from: Option<u32>,
    /// True when the policy gives the figure without saying what the days
    /// are counted from: the widget then says that it counts them from the
    /// start of the difference of opinion, a start it chose.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub start_not_stated: bool,
    pub source: SourceRef,
}

/// What a policy says about time, other than a working-day figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TimeNote {
    pub kind: TimeNoteKind,
    /// In plain words, what it means for the person escalating.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub text: String,
    /// The source's own words, quoted exactly.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub quote: String,
    pub source: SourceRef,
    /// The stages it is about; every stage when left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TimeNoteKind {
    /// Words about timing without a working-day figure ("as soon as
    /// possible", "within ONE WORKING WEEK").
    Wording,
    /// A table or schedule of timescales the policy refers to but its
    /// published text does not include.
    MissingTable,
    /// The policy says timescales are specified but does not specify them.
    Unspecified,
}

/// Something the policy refers to but does not include, or leaves unsaid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Gap {
    /// This guide's note of what the policy leaves out.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub text: String,
    /// The passage the note is about, word for word, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
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
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub term: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
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
        schemars(length(min = 1, max = 64), pattern(crate::validate::ID_PATTERN))
    )]
    pub id: String,
    /// The role, for example "Safeguarding Children Partnership Business Manager".
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub name: String,
    /// When the policy says to contact this role: its words, or (with
    /// `quote`) this guide's summary of them.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub when: String,
    /// For a summarised `when`: the passage it summarises, word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
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

impl Stage {
    /// Everything the stage says, in page order: who, what to do, who must
    /// and may be told, what to record.
    pub fn statements(&self) -> impl Iterator<Item = &SourcedText> {
        self.who
            .iter()
            .chain(&self.actions)
            .chain(&self.must_tell)
            .chain(&self.may_tell)
            .chain(&self.record)
    }

    /// "Stage 2": the stage's number as every page, export and card names it.
    pub fn label(&self) -> String {
        format!("Stage {}", self.number)
    }

    /// "stage 2 (Management finding solutions)": the stage within a sentence.
    pub fn in_sentence(&self) -> String {
        format!("stage {} ({})", self.number, self.title)
    }

    /// "Stage 2: Management finding solutions": the stage's heading, its
    /// title (the document's words) with a capital first letter.
    pub fn heading(&self) -> String {
        format!(
            "{}: {}",
            self.label(),
            crate::time::sentence_case(&self.title)
        )
    }
}

impl Area {
    pub fn voice(&self) -> Voice {
        Voice::of(self.quote.as_deref())
    }
}

impl ContactRole {
    pub fn voice(&self) -> Voice {
        Voice::of(self.quote.as_deref())
    }
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

/// A policy's issue date, to the precision its source gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IssueDate {
    Year(i32),
    Month(i32, u32),
    Day(chrono::NaiveDate),
}

impl IssueDate {
    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<IssueDate> {
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = text.split('-').collect();
        match parts.as_slice() {
            [year] if digits(year, 4) => {
                let year: i32 = year.parse().ok()?;
                crate::calendar::YEARS
                    .contains(&year)
                    .then_some(IssueDate::Year(year))
            }
            [year, month] if digits(year, 4) && digits(month, 2) => {
                let (year, month): (i32, u32) = (year.parse().ok()?, month.parse().ok()?);
                ((1..=12).contains(&month) && crate::calendar::YEARS.contains(&year))
                    .then_some(IssueDate::Month(year, month))
            }
            [_, _, _] => crate::calendar::parse_iso_date(text).map(IssueDate::Day),
            _ => None,
        }
    }
}

impl std::fmt::Display for IssueDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IssueDate::Year(year) => write!(f, "{year}"),
            IssueDate::Month(year, month) => {
                let name = crate::calendar::month_name(*month);
                write!(f, "{name} {year}")
            }
            IssueDate::Day(date) => write!(f, "{}", crate::calendar::long_date(*date)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_dates_read_in_words() {
        assert_eq!(
            IssueDate::parse("2026-03").unwrap().to_string(),
            "March 2026"
        );
        assert_eq!(IssueDate::parse("2018").unwrap().to_string(), "2018");
        assert_eq!(
            IssueDate::parse("2017-04-01").unwrap().to_string(),
            "1 April 2017"
        );
    }

    #[test]
    fn malformed_issue_dates_are_rejected() {
        for bad in [
            "",
            "March 2026",
            "2026-13",
            "2026-3",
            "2026-02-30",
            "26-03",
            "2026-03-01-01",
        ] {
            assert_eq!(IssueDate::parse(bad), None, "{bad:?} should not parse");
        }
    }
}
