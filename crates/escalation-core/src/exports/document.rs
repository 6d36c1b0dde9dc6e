//! Everything the record says, in its parts and in order, before it is
//! written out in a format.

use chrono::NaiveDate;

use super::answers::{answer_summary, due_in_words, outcome_in_words};
use crate::calendar::{Calendar, long_date};
use crate::journey::Journey;
use crate::policy::Policy;
use crate::record::{ActionField, DiscussionField, RecordField, part};
use crate::time::{sentence_case, stages_phrase, working_days_phrase};
use crate::timeline::{TimelineNote, timeline};

pub const RECORD_TITLE: &str = "Record of a professional disagreement about a child’s safety";
/// Said for a field left empty.
pub(crate) const NOT_RECORDED: &str = "Not recorded";

/// A part of the record with a heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// A label and its value.
    Pair(String, String),
    /// A label and a numbered list.
    List(String, Vec<String>),
    /// A sentence on its own.
    Text(String),
}

/// Everything the record says, before it is written out in a format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordDocument {
    pub title: String,
    pub written: NaiveDate,
    /// What to check before the record is filed, after when it was written.
    pub check: &'static str,
    pub sections: Vec<Section>,
}

/// The text as typed, trimmed, or [`NOT_RECORDED`].
pub(crate) fn or_not_recorded(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        NOT_RECORDED.to_string()
    } else {
        text.to_string()
    }
}

impl RecordDocument {
    pub fn new(policy: &Policy, journey: &Journey, calendar: &Calendar, today: NaiveDate) -> Self {
        let record = journey.record();
        let mut sections = Vec::new();

        let mut policy_rows: Vec<Row> = policy
            .superseded_in_words()
            .into_iter()
            .map(Row::Text)
            .collect();
        policy_rows.extend(
            policy
                .summary_rows()
                .into_iter()
                .map(|(label, value)| Row::Pair(label.into(), value)),
        );
        sections.push(Section {
            title: "Policy".into(),
            rows: policy_rows,
        });

        let stage_reached = journey
            .stage_reached()
            .map_or(NOT_RECORDED.to_string(), |number| {
                policy
                    .stage(number)
                    .map_or(format!("Stage {number}"), |stage| stage.heading())
            });
        let mut summary: Vec<Row> = answer_summary(policy, journey)
            .into_iter()
            .filter(|row| !row.private)
            .map(|row| Row::Pair(row.key, row.value))
            .collect();
        summary.push(Row::Pair("Stage reached".into(), stage_reached));
        summary.push(Row::Pair(
            "Outcome".into(),
            outcome_in_words(policy, journey),
        ));
        sections.push(Section {
            title: "Summary".into(),
            rows: summary,
        });

        sections.push(Section {
            title: "Deadlines".into(),
            rows: deadline_rows(policy, journey, calendar, today),
        });

        let discussions = record
            .discussions
            .iter()
            .map(|d| {
                // Each under the label the form shows for it.
                format!(
                    "{}: {}; {}: {}; {}: {}",
                    DiscussionField::Date.label(),
                    or_not_recorded(&d.date),
                    DiscussionField::Roles.label(),
                    or_not_recorded(&d.roles),
                    DiscussionField::Notes.label(),
                    or_not_recorded(&d.notes)
                )
            })
            .collect::<Vec<_>>();
        let actions = record
            .actions
            .iter()
            .map(|a| {
                format!(
                    "{}: {}; {}: {}; {}: {}",
                    ActionField::Action.label(),
                    or_not_recorded(&a.action),
                    ActionField::Owner.label(),
                    or_not_recorded(&a.owner),
                    ActionField::By.label(),
                    or_not_recorded(&a.by)
                )
            })
            .collect::<Vec<_>>();
        let confirmation = match record.confirmation_sent {
            Some(true) => "Yes",
            Some(false) => "No",
            None => NOT_RECORDED,
        };
        let list_or_none = |label: &str, items: Vec<String>| {
            if items.is_empty() {
                Row::Pair(label.into(), "None recorded".into())
            } else {
                Row::List(label.into(), items)
            }
        };
        sections.push(Section {
            title: part::ISSUES.into(),
            rows: vec![
                Row::Pair(
                    RecordField::Agencies.label().into(),
                    or_not_recorded(&record.agencies),
                ),
                Row::Pair(
                    RecordField::Details.label().into(),
                    or_not_recorded(&record.details),
                ),
                list_or_none(part::DISCUSSIONS, discussions),
                list_or_none(part::ACTIONS, actions),
                Row::Pair(
                    RecordField::Outstanding.label().into(),
                    or_not_recorded(&record.outstanding),
                ),
                Row::Pair(part::CONFIRMATION.into(), confirmation.into()),
            ]
            .into_iter()
            // The date is asked only after "Yes", and recorded under its label.
            .chain((record.confirmation_sent == Some(true)).then(|| {
                Row::Pair(
                    RecordField::ConfirmationDate.label().into(),
                    or_not_recorded(&record.confirmation_date),
                )
            }))
            .collect(),
        });

        let mut lesson_rows = vec![
            Row::Pair(
                RecordField::Lessons.label().into(),
                or_not_recorded(&record.lessons),
            ),
            Row::Pair(
                RecordField::PolicyGaps.label().into(),
                or_not_recorded(&record.policy_gaps),
            ),
        ];
        let referral: Vec<String> = policy
            .after_the_process()
            .iter()
            .map(|item| item.in_words())
            .collect();
        if !referral.is_empty() {
            lesson_rows.push(Row::List(part::AFTER.into(), referral));
        }
        sections.push(Section {
            title: part::LESSONS.into(),
            rows: lesson_rows,
        });

        RecordDocument {
            title: RECORD_TITLE.to_string(),
            written: today,
            check: "Check it before you put it on the child’s file.",
            sections,
        }
    }

    /// When and with what the record was written, and the reminder to
    /// check it: under the title in every format, printed too.
    pub fn written_line(&self) -> String {
        format!(
            "Written with {} on {}. {}",
            crate::GUIDE,
            long_date(self.written),
            self.check
        )
    }
}

/// The deadlines section: each date with the policy's own words for it, then
/// what the policy says about time without a figure.
fn deadline_rows(
    policy: &Policy,
    journey: &Journey,
    calendar: &Calendar,
    today: NaiveDate,
) -> Vec<Row> {
    let Some(start) = journey.answers().start_date else {
        let mut rows = vec![Row::Text(
            "The date the difference of opinion started was not given, so no dates are worked out."
                .into(),
        )];
        rows.extend(policy.stages.iter().filter_map(|stage| {
            let time = policy.time_at(stage.number)?;
            Some(Row::Pair(stage.heading(), time.summary().join("; ")))
        }));
        return rows;
    };
    let resolved = journey.resolved_at().is_some();
    let result = timeline(policy, start, calendar);
    let mut rows: Vec<Row> = result
        .deadlines
        .iter()
        .map(|deadline| {
            let mut value = format!(
                "{} ({} from the start)",
                due_in_words(deadline, today, resolved),
                working_days_phrase(deadline.working_days)
            );
            value.push_str(&format!(". {}", deadline.words_in_text()));
            Row::Pair(
                format!("{}: {}", deadline.stages_label(), deadline.what),
                value,
            )
        })
        .collect();
    rows.extend(result.notes.iter().map(|note| match note {
        TimelineNote::Policy { stages, .. } => {
            Row::Pair(sentence_case(&stages_phrase(stages)), note.in_words())
        }
        _ => Row::Text(note.in_words()),
    }));
    rows
}
