//! The user's answers, the deadlines and the outcome in words: shared by
//! the record page ("check your answers") and the record's exports.

use chrono::NaiveDate;

use crate::calendar::{Calendar, long_date_with_weekday};
use crate::journey::{Journey, Question, StageOutcome, WhoAnswer};
use crate::policy::Policy;
use crate::timeline::{Deadline, timeline};

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
