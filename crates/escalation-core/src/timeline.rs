//! A policy's deadlines as dates, from the day the difference of opinion
//! started, and what the policy says about time where it gives no figure.

use crate::policy::Voice;
use chrono::NaiveDate;
use serde::Serialize;
use serde::ser::SerializeStruct;

use crate::calendar::{Calendar, Division, covered_years};
use crate::policy::{Policy, SourceRef, TimeNoteKind, Timescale};
use crate::time::{silence_in_words, stages_phrase, working_days_phrase};

/// The deadlines of a policy from one start date. Serializes to the JSON
/// that `policy-tool timeline` prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub policy: String,
    pub start: NaiveDate,
    pub division: Division,
    /// One per timescale in the policy, in stage order.
    pub deadlines: Vec<Deadline>,
    /// What the policy says about time besides the deadlines, stages it is
    /// silent about, and any warning about the dates.
    pub notes: Vec<TimelineNote>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The stage that sets it.
    pub stage: u32,
    /// The stages it covers, when more than its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covers_from: Option<u32>,
    pub what: String,
    pub working_days: u32,
    /// The stage's own words for it, where they differ from the figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
    /// The source's words that give the figure.
    pub quote: String,
    pub due: NaiveDate,
    /// Counted across days whose bank holidays are not built in.
    #[serde(skip)]
    pub beyond_data: bool,
    /// The policy gives no start for these days: this guide chose the start
    /// of the difference of opinion, and says so beside the date.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub start_not_stated: bool,
    /// Where the policy's words for it are.
    #[serde(skip)]
    pub source: SourceRef,
}

impl Timeline {
    /// The date worked out for `timescale`, set at stage `stage`.
    pub fn due_for(&self, stage: u32, timescale: &Timescale) -> Option<&Deadline> {
        find_due(&self.deadlines, stage, timescale)
    }
}

/// The deadline in `deadlines` worked out for `timescale` at stage `stage`.
pub fn find_due<'a>(
    deadlines: &'a [Deadline],
    stage: u32,
    timescale: &Timescale,
) -> Option<&'a Deadline> {
    deadlines.iter().find(|deadline| {
        deadline.stage == stage
            && deadline.what == timescale.what
            && deadline.working_days == timescale.working_days
    })
}

impl Deadline {
    /// Overdue: its date has passed and the disagreement is not resolved.
    /// Once resolved, nothing is overdue.
    pub fn is_overdue(&self, today: NaiveDate, resolved: bool) -> bool {
        !resolved && self.due < today
    }

    /// "Stage 2" or "Stages 1 to 4".
    pub fn stages_label(&self) -> String {
        let stages: Vec<u32> = (self.covers_from.unwrap_or(self.stage)..=self.stage).collect();
        crate::time::sentence_case(&stages_phrase(&stages))
    }

    /// The policy's words for it with their source, and this guide's note
    /// where it chose the start: "The policy says: “…” (Source: Stage 2)."
    /// How every text format (the record, the calendar) gives them.
    pub fn words_in_text(&self) -> String {
        let mut words = format!(
            "{} (Source: {}).",
            Voice::policy_says(self.policy_words()),
            self.source.section
        );
        if let Some(note) = self.start_note() {
            words.push_str(&format!(" {}", Voice::note_in_words(note)));
        }
        words
    }

    /// This guide's note when the policy gives no start for these days.
    pub fn start_note(&self) -> Option<&'static str> {
        self.start_not_stated.then_some(crate::silent::START_CHOSEN)
    }

    /// The policy's own words for it: the stage's wording where it has one,
    /// else the words that give the figure.
    pub fn policy_words(&self) -> &str {
        self.wording.as_deref().unwrap_or(&self.quote)
    }
}

/// Something the timeline says besides its dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineNote {
    /// What the policy says about time without a figure, a timescale table
    /// it does not include, or timescales it never specifies.
    Policy {
        kind: TimeNoteKind,
        stages: Vec<u32>,
        text: String,
        quote: String,
        source: SourceRef,
    },
    /// The policy says nothing about time for this stage.
    Silent { stage: u32, words: String },
    /// Some due dates count days whose bank holidays are not built in.
    BeyondCalendar {
        covered: (i32, i32),
        /// (stage, working days) of each such deadline.
        deadlines: Vec<(u32, u32)>,
    },
    /// A due date too far away for the calendar to count.
    Uncountable { stage: u32 },
}

impl TimelineNote {
    /// Whether the note is about the dates the guide worked out, rather
    /// than about what the policy says.
    pub fn is_about_dates(&self) -> bool {
        matches!(
            self,
            TimelineNote::BeyondCalendar { .. } | TimelineNote::Uncountable { .. }
        )
    }

    /// The stages the note is about.
    pub fn stages(&self) -> Vec<u32> {
        match self {
            TimelineNote::Policy { stages, .. } => stages.clone(),
            TimelineNote::Silent { stage, .. } | TimelineNote::Uncountable { stage } => {
                vec![*stage]
            }
            TimelineNote::BeyondCalendar { deadlines, .. } => {
                deadlines.iter().map(|(stage, _)| *stage).collect()
            }
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            TimelineNote::Policy {
                kind: TimeNoteKind::Wording,
                ..
            } => "policy-wording",
            TimelineNote::Policy {
                kind: TimeNoteKind::MissingTable,
                ..
            } => "missing-table",
            TimelineNote::Policy {
                kind: TimeNoteKind::Unspecified,
                ..
            } => "unspecified",
            TimelineNote::Silent { .. } => "no-timescale",
            TimelineNote::BeyondCalendar { .. } => "beyond-calendar",
            TimelineNote::Uncountable { .. } => "uncountable",
        }
    }

    /// The note in words: the one sentence the exports and `policy-tool`
    /// print, and the widget shows.
    pub fn in_words(&self) -> String {
        match self {
            TimelineNote::Policy {
                text,
                quote,
                source,
                ..
            } => format!(
                "{} (Source: {})",
                Voice::summary_in_words(text, quote),
                source.section
            ),
            TimelineNote::Silent { words, .. } => words.clone(),
            TimelineNote::BeyondCalendar {
                covered: (first, last),
                deadlines,
            } => {
                let which: Vec<String> = deadlines
                    .iter()
                    .map(|(stage, days)| format!("stage {stage} ({})", working_days_phrase(*days)))
                    .collect();
                format!(
                    "Bank holidays are built in for {first} to {last} only. These due dates count days outside those years, skipping weekends but not bank holidays, so they may be too early: {}. Check them against your own calendar.",
                    which.join(", ")
                )
            }
            TimelineNote::Uncountable { stage } => {
                format!("Stage {stage}: the due date is beyond the dates this guide can count.")
            }
        }
    }
}

/// `{"kind": "missing-table", "stages": [1, 2, 3], "text": "…"}` in the
/// JSON that `policy-tool timeline` prints.
impl Serialize for TimelineNote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut note = serializer.serialize_struct("TimelineNote", 3)?;
        note.serialize_field("kind", self.kind())?;
        note.serialize_field("stages", &self.stages())?;
        note.serialize_field("text", &self.in_words())?;
        note.end()
    }
}

/// Work out every deadline in `policy` from `start`.
pub fn timeline(policy: &Policy, start: NaiveDate, calendar: &Calendar) -> Timeline {
    let mut deadlines = Vec::new();
    let mut notes = Vec::new();
    for stage in &policy.stages {
        for timescale in &stage.timescales {
            // Policies cap working days far below the calendar's end, so
            // this only fails on a date near the year 262143.
            let Some(due) = calendar.add_working_days(start, timescale.working_days) else {
                notes.push(TimelineNote::Uncountable {
                    stage: stage.number,
                });
                continue;
            };
            deadlines.push(Deadline {
                stage: stage.number,
                covers_from: timescale.covers_from,
                what: timescale.what.clone(),
                working_days: timescale.working_days,
                wording: timescale.wording.clone(),
                quote: timescale.quote.clone(),
                due: due.date,
                beyond_data: due.beyond_data,
                start_not_stated: timescale.start_not_stated,
                source: timescale.source.clone(),
            });
        }
    }
    for note in &policy.time_notes {
        notes.push(TimelineNote::Policy {
            kind: note.kind,
            stages: note.stages_of(policy),
            text: note.text.clone(),
            quote: note.quote.clone(),
            source: note.source.clone(),
        });
    }
    for stage in &policy.stages {
        if policy
            .time_at(stage.number)
            .is_some_and(|time| time.is_silent())
        {
            notes.push(TimelineNote::Silent {
                stage: stage.number,
                words: silence_in_words(policy, stage),
            });
        }
    }
    let uncovered: Vec<(u32, u32)> = deadlines
        .iter()
        .filter(|deadline| deadline.beyond_data)
        .map(|deadline| (deadline.stage, deadline.working_days))
        .collect();
    if !uncovered.is_empty() {
        notes.push(TimelineNote::BeyondCalendar {
            covered: covered_years(),
            deadlines: uncovered,
        });
    }
    Timeline {
        policy: policy.id.to_string(),
        start,
        division: calendar.division(),
        deadlines,
        notes,
    }
}
