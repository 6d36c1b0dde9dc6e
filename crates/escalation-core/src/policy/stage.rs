//! The stages of the escalation process, their deadlines, and what a policy
//! says about time other than a working-day figure.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use super::sources::{SourceRef, SourcedText};

/// One stage of the escalation process.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// 1 for the first stage, then 2, 3… in order.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub number: u32,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
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
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub what: String,
    /// Working days after the day the difference of opinion started.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = super::format::MAX_WORKING_DAYS)))]
    pub working_days: u32,
    /// The source's own words that give the figure, quoted exactly.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub quote: String,
    /// The stage's own words for this deadline, quoted exactly, where they
    /// put it differently from `quote`: for example "within 24 hours (e.g
    /// within 3 working days of the start of the difference of opinion)".
    /// Shown next to every date worked out from the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
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
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
    pub text: String,
    /// The source's own words, quoted exactly.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = super::format::MAX_TEXT_CHARS)))]
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

impl Timescale {
    /// Whether its words (the quote, or the stage's own wording) give its
    /// number of working days.
    pub fn states_its_days(&self) -> bool {
        super::days::states_days(&self.quote, self.working_days)
            || self
                .wording
                .as_deref()
                .is_some_and(|wording| super::days::states_days(wording, self.working_days))
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
            crate::text::sentence_case(&self.title)
        )
    }
}
