//! The record as a document: built once from the policy and the journey,
//! then written out as plain text or Markdown.
//!
//! Private reflections on the self-check questions are never part of these
//! exports: they are the user's own thinking, kept only in the JSON file
//! that lets them continue later.

use chrono::NaiveDate;

use crate::calendar::{Calendar, long_date, long_date_with_weekday};
use crate::journey::{Journey, Question, StageOutcome, WhoAnswer};
use crate::policy::Policy;
use crate::record::{RecordField, part};
use crate::time::{sentence_case, stages_phrase, working_days_phrase};
use crate::timeline::{Deadline, TimelineNote, timeline};

pub const RECORD_TITLE: &str = "Record of a professional disagreement about a child’s safety";
const NOT_RECORDED: &str = "Not recorded";

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
    pub sections: Vec<Section>,
}

fn or_not_recorded(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        NOT_RECORDED.to_string()
    } else {
        text.to_string()
    }
}

/// One answer in "check your answers": what was asked, what the user said,
/// and the question a "Change" link returns to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRow {
    pub key: String,
    pub value: String,
    pub change: Question,
    /// About private reflections: shown on screen, never in an export.
    pub private: bool,
}

const NOT_ANSWERED: &str = "Not answered";

/// The user's answers, built once for the record page and the exports.
pub fn answer_summary(policy: &Policy, journey: &Journey) -> Vec<AnswerRow> {
    let answers = journey.answers();
    let row = |key: &str, value: String, change: Question| AnswerRow {
        key: key.to_string(),
        value,
        change,
        private: false,
    };
    let mut rows = vec![
        row(
            "Child at risk of immediate harm",
            answers
                .immediate_danger
                .map_or(NOT_ANSWERED, |a| a.label())
                .to_string(),
            Question::ImmediateDanger,
        ),
        row(
            "Who you disagree with",
            answers.who.map_or(NOT_ANSWERED, |a| a.label()).to_string(),
            Question::WhoDisagree,
        ),
    ];
    if answers.who == Some(WhoAnswer::OwnOrganisation) {
        return rows;
    }
    let reflected = answers
        .reflections
        .values()
        .filter(|text| !text.trim().is_empty())
        .count();
    rows.push(row(
        "What it is about",
        answers
            .topic
            .as_ref()
            .map_or(NOT_ANSWERED.to_string(), |topic| topic.label(policy)),
        Question::Topic,
    ));
    rows.push(AnswerRow {
        private: true,
        ..row(
            "Your private reflections",
            format!(
                "{reflected} of {} questions (not in the printed or downloaded record)",
                policy.self_check.questions.len()
            ),
            Question::SelfCheck,
        )
    });
    rows.push(row(
        "Difference of opinion started",
        answers
            .start_date
            .map_or(NOT_ANSWERED.to_string(), long_date_with_weekday),
        Question::StartDate,
    ));
    rows.extend(answers.outcomes.iter().map(|(number, outcome)| {
        row(
            &format!("Stage {number}: was it resolved?"),
            outcome.label().to_string(),
            Question::Stage(*number),
        )
    }));
    rows
}

/// The journey's deadlines, if the start date is known.
pub fn deadlines(policy: &Policy, journey: &Journey, calendar: &Calendar) -> Vec<Deadline> {
    journey
        .answers()
        .start_date
        .map(|start| timeline(policy, start, calendar).deadlines)
        .unwrap_or_default()
}

/// "by Tuesday 29 December 2026", with "(overdue)" if it is overdue.
pub fn due_in_words(deadline: &Deadline, today: NaiveDate, resolved: bool) -> String {
    let overdue = if deadline.is_overdue(today, resolved) {
        " (overdue)"
    } else {
        ""
    };
    format!("by {}{overdue}", long_date_with_weekday(deadline.due))
}

/// Where the disagreement stands, in a sentence.
pub fn outcome_in_words(policy: &Policy, journey: &Journey) -> String {
    let answers = journey.answers();
    if answers.who == Some(WhoAnswer::OwnOrganisation) {
        return "The disagreement is inside the user’s own organisation, so this policy’s stages do not apply".to_string();
    }
    let stage_title = |number: u32| {
        policy
            .stage(number)
            .map_or_else(|| format!("stage {number}"), |stage| stage.in_sentence())
    };
    if let Some(number) = journey.resolved_at() {
        return format!("Resolved at {}", stage_title(number));
    }
    if let Some(number) = journey.immediate_risk_stage() {
        return format!("The child was at immediate risk at {}", stage_title(number));
    }
    let last = policy.stages.last().map(|stage| stage.number);
    if last.is_some_and(|last| answers.outcomes.get(&last) == Some(&StageOutcome::NotResolved)) {
        return "Not resolved by the end of the process".to_string();
    }
    match journey.stage_reached() {
        Some(number) => format!("Not yet resolved; reached {}", stage_title(number)),
        None => "Not yet resolved; no stage reached yet".to_string(),
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
                format!(
                    "{}; {}: {}",
                    or_not_recorded(&d.date),
                    or_not_recorded(&d.roles),
                    or_not_recorded(&d.notes)
                )
            })
            .collect::<Vec<_>>();
        let actions = record
            .actions
            .iter()
            .map(|a| {
                format!(
                    "{} (owner: {}; by: {})",
                    or_not_recorded(&a.action),
                    or_not_recorded(&a.owner),
                    or_not_recorded(&a.by)
                )
            })
            .collect::<Vec<_>>();
        let confirmation = match record.confirmation_sent {
            Some(true) if !record.confirmation_date.trim().is_empty() => {
                format!("Yes, on {}", record.confirmation_date.trim())
            }
            Some(true) => "Yes".to_string(),
            Some(false) => "No".to_string(),
            None => NOT_RECORDED.to_string(),
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
                Row::Pair(part::CONFIRMATION.into(), confirmation),
            ],
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
            sections,
        }
    }

    /// When and with what the record was written, and the reminder to
    /// check it: under the title in every format, printed too.
    pub fn written_line(&self) -> String {
        format!(
            "Written with Escalation Guide on {}. Check it before you put it on the child’s file.",
            long_date(self.written)
        )
    }

    /// Plain text, for pasting into a case management system.
    pub fn to_text(&self) -> String {
        let underline = |text: &str, c: char| c.to_string().repeat(text.chars().count());
        let indent =
            |text: &str, by: &str| text.lines().collect::<Vec<_>>().join(&format!("\n{by}"));
        let mut out = format!(
            "{}\n{}\n{}\n",
            self.title,
            underline(&self.title, '='),
            self.written_line()
        );
        for section in &self.sections {
            out.push_str(&format!(
                "\n{}\n{}\n",
                section.title,
                underline(&section.title, '-')
            ));
            for row in &section.rows {
                match row {
                    Row::Pair(label, value) => {
                        out.push_str(&format!("{label}: {}\n", indent(value, "  ")))
                    }
                    Row::List(label, items) => {
                        out.push_str(&format!("{label}:\n"));
                        for (index, item) in items.iter().enumerate() {
                            out.push_str(&format!("  {}. {}\n", index + 1, indent(item, "     ")));
                        }
                    }
                    Row::Text(text) => out.push_str(&format!("{text}\n")),
                }
            }
        }
        out
    }

    /// Markdown, for documents and wikis.
    pub fn to_markdown(&self) -> String {
        let mut out = format!(
            "# {}\n\n{}\n",
            escape_markdown(&self.title),
            escape_markdown(&self.written_line())
        );
        for section in &self.sections {
            out.push_str(&format!("\n## {}\n\n", escape_markdown(&section.title)));
            for row in &section.rows {
                match row {
                    Row::Pair(label, value) => out.push_str(&format!(
                        "- **{}:** {}\n",
                        escape_markdown(label),
                        markdown_lines(value, "  ")
                    )),
                    Row::List(label, items) => {
                        out.push_str(&format!("- **{}:**\n", escape_markdown(label)));
                        for (index, item) in items.iter().enumerate() {
                            out.push_str(&format!(
                                "  {}. {}\n",
                                index + 1,
                                markdown_lines(item, "     ")
                            ));
                        }
                    }
                    Row::Text(text) => out.push_str(&format!("{}\n", escape_markdown(text))),
                }
            }
        }
        out
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

/// Escape one line so Markdown shows it exactly as typed: the characters
/// it would read as formatting (or as an entity, `&`), and at the start of
/// the line anything it would read as a list, a heading underline or a
/// thematic break (`-`, `+`, `=`, `1.`, `1)`).
pub fn escape_markdown(line: &str) -> String {
    const INLINE: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&'];
    let mut out = String::with_capacity(line.len() + 8);
    let rest = line.trim_start();
    // Leading spaces as typed, but as no-break spaces: to CommonMark they
    // are not indentation, so an indented line never becomes a code block.
    for c in line[..line.len() - rest.len()].chars() {
        match c {
            '\t' => out.push_str("\u{a0}\u{a0}\u{a0}\u{a0}"),
            _ => out.push('\u{a0}'),
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let ordered_marker =
        (1..=9).contains(&digits) && matches!(rest.as_bytes().get(digits), Some(b'.' | b')'));
    for (index, c) in rest.char_indices() {
        let block_marker = index == 0 && matches!(c, '-' | '+' | '=');
        if block_marker || (ordered_marker && index == digits) || INLINE.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escape, and keep line breaks inside a list item. A lone carriage return
/// ends a line in CommonMark, so it ends one here too (and is escaped like
/// any other line), rather than starting a heading or a list unescaped.
fn markdown_lines(text: &str, indent: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .map(escape_markdown)
        .collect::<Vec<_>>()
        .join(&format!("  \n{indent}"))
}
