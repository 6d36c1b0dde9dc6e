//! The briefing record as a document: the same shape as the journey's
//! record, so it prints and is written as text and Markdown the same way.

use chrono::NaiveDate;

use super::{BriefingField, BriefingRecord, TEAM_QUESTIONS, part};
use crate::calendar::long_date;
use crate::exports::{NOT_RECORDED, RecordDocument, Row, Section, or_not_recorded};
use crate::policy::Policy;

impl BriefingRecord {
    /// Everything the record says, in order: the briefing (the policy it
    /// was on, when, who held it, for whom, how many came), the team's
    /// answers under each question, and the actions agreed.
    pub fn document(&self, policy: &Policy, today: NaiveDate) -> RecordDocument {
        let date = match self.held_on(today) {
            Some(date) => long_date(date),
            None if self.date.is_empty() => NOT_RECORDED.to_string(),
            None => format!("{} {} {}", self.date.day, self.date.month, self.date.year)
                .trim()
                .to_string(),
        };
        let mut briefing: Vec<Row> = policy
            .superseded_in_words()
            .into_iter()
            .map(Row::Text)
            .collect();
        briefing.push(Row::Pair("Policy".into(), policy.title.clone()));
        briefing.push(Row::Pair(part::DATE.into(), date));
        briefing.extend(
            BriefingField::ALL
                .into_iter()
                .map(|field| Row::Pair(field.label().into(), or_not_recorded(self.field(field)))),
        );
        let answers = TEAM_QUESTIONS
            .iter()
            .enumerate()
            .map(|(index, question)| {
                Row::Pair(
                    (*question).to_string(),
                    or_not_recorded(&self.answer(index)),
                )
            })
            .collect();
        let actions = if self.actions.is_empty() {
            Row::Pair(part::ACTIONS.into(), "None recorded".into())
        } else {
            Row::List(
                "What, who and by when".into(),
                self.actions
                    .iter()
                    .map(|action| action.in_words())
                    .collect(),
            )
        };
        RecordDocument {
            title: part::TITLE.to_string(),
            written: today,
            check: "Check it before you keep it as your team’s record of the briefing.",
            sections: vec![
                Section {
                    title: "The briefing".into(),
                    rows: briefing,
                },
                Section {
                    title: part::ANSWERS.into(),
                    rows: answers,
                },
                Section {
                    title: part::ACTIONS.into(),
                    rows: vec![actions],
                },
            ],
        }
    }
}
