//! "Record this briefing": a team's record that it held a 7-minute
//! briefing (the date, the team or setting, the facilitator, how many
//! attended, the team's answers to part 7's questions and the actions it
//! agreed), changed only through [`BriefingEdit`].
//!
//! It is part of the journey the reducer owns, so keeping progress on this
//! device, restoring it and clearing it (Exit this page, Clear everything)
//! apply to it unchanged. Its own file (`file`) holds this record alone,
//! never the journey's record of a disagreement about a child: a team can
//! share it as evidence of the briefing without sharing a case.
//!
//! By job: this file (the record, its edits, its limits and consistency),
//! `check` (what must be right before it is printed or exported: the
//! dates and the number who attended), `document` (the record as text and
//! Markdown, its file names), `file` (saving and loading its JSON file).

pub mod check;
pub mod document;
pub mod file;

use serde::{Deserialize, Serialize};

use crate::date_input::{DateField, DateFields};
use crate::limits::{AnswerLength, LimitProblem, MAX_ITEMS};
use crate::policy::Policy;
use crate::typed::Typed;

/// The questions part 7 of the briefing asks the team, in this guide's
/// words: the part shows them and the record answers them, by position.
pub const TEAM_QUESTIONS: [&str; 4] = [
    "Think of the last time you disagreed with another agency’s decision about a \
     child. Which stage of this policy would it have been at, and what happened next?",
    "Who would you speak to first in your own organisation, and how would you reach \
     them today?",
    "Where does your team write down a disagreement and what was agreed?",
    "If a child were at risk of immediate harm, what does this policy say you should \
     do?",
];

/// Above every id an action can reach by being added one at a time.
const MAX_ACTION_ID: u32 = 1 << 30;

/// The record of one briefing, as the team typed it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BriefingRecord {
    /// The policy the briefing was on, by id: the one the guide followed
    /// when the record was begun (choosing another policy later does not
    /// change what the briefing was about).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// The day it was held, as typed in the date input.
    #[serde(skip_serializing_if = "nothing_typed")]
    pub date: DateFields,
    pub team: Typed,
    pub facilitator: Typed,
    /// How many attended, as typed: [`check`] says whether it is a number.
    pub attended: Typed,
    /// The team's answers, by the position of the question in
    /// [`TEAM_QUESTIONS`].
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub answers: std::collections::BTreeMap<usize, Typed>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<BriefingAction>,
    /// The id the next action gets: never reused, so removing one action
    /// renames nothing after it.
    #[serde(skip_serializing_if = "is_zero")]
    pub next_id: u32,
}

fn is_zero(number: &u32) -> bool {
    *number == 0
}

/// Not a character typed in a date input (a space is kept, as typed).
fn nothing_typed(date: &DateFields) -> bool {
    *date == DateFields::default()
}

/// An action the team agreed: what, who, by when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BriefingAction {
    pub id: u32,
    pub what: Typed,
    pub who: Typed,
    /// By when, as typed in the date input; empty for an undated action.
    #[serde(skip_serializing_if = "nothing_typed")]
    pub by: DateFields,
}

/// The record's one-line and multi-line fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BriefingField {
    Team,
    Facilitator,
    Attended,
}

impl BriefingField {
    pub const ALL: [BriefingField; 3] = [
        BriefingField::Team,
        BriefingField::Facilitator,
        BriefingField::Attended,
    ];

    /// The field's label on the page, in every export and in messages.
    pub fn label(self) -> &'static str {
        match self {
            BriefingField::Team => "Team or setting",
            BriefingField::Facilitator => "Facilitator",
            BriefingField::Attended => "How many attended",
        }
    }
}

/// The fields of an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionPart {
    What,
    Who,
}

impl ActionPart {
    pub fn label(self) -> &'static str {
        match self {
            ActionPart::What => "What will be done",
            ActionPart::Who => "Who will do it",
        }
    }
}

/// The names the page and every export give the record's parts.
pub mod part {
    pub const TITLE: &str = "Record of a 7-minute briefing";
    pub const DATE: &str = "Date of the briefing";
    pub const ANSWERS: &str = "The team’s answers to the questions in part 7";
    pub const ACTIONS: &str = "Actions agreed";
    pub const BY: &str = "By when";
    /// The action's noun, for "Action 2: What will be done".
    pub const ACTION: &str = "Action";
}

/// One change to the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BriefingEdit {
    SetDate(DateField, String),
    Set(BriefingField, String),
    /// The answer to the question at this position in [`TEAM_QUESTIONS`].
    Answer(usize, String),
    AddAction,
    /// Set a field of the action with this id.
    SetAction(u32, ActionPart, String),
    SetActionBy(u32, DateField, String),
    RemoveAction(u32),
}

impl BriefingRecord {
    pub fn field(&self, field: BriefingField) -> &Typed {
        match field {
            BriefingField::Team => &self.team,
            BriefingField::Facilitator => &self.facilitator,
            BriefingField::Attended => &self.attended,
        }
    }

    /// The id of the policy the briefing was on: its own, or the one the
    /// guide is `following` for a record not yet begun.
    pub fn policy_id<'a>(&'a self, following: &'a str) -> &'a str {
        self.policy.as_deref().unwrap_or(following)
    }

    /// What to say when the record is of a briefing on another policy than
    /// the one the guide is `following` (`briefed`, if the guide has it).
    pub fn on_another_policy(
        &self,
        following: &Policy,
        briefed: Option<&Policy>,
    ) -> Option<String> {
        let id = self
            .policy
            .as_deref()
            .filter(|id| *id != following.id.as_str())?;
        Some(match briefed {
            Some(policy) => format!(
                "This is a record of a briefing on “{}”, not the policy this guide is following now. Its print and files name “{}”.",
                policy.title, policy.title
            ),
            None => format!(
                "This is a record of a briefing on another policy (“{id}”), which this guide cannot show here. Its print and files name the policy this guide is following now: check them before you keep them."
            ),
        })
    }

    /// The answer to question `index`, empty if none.
    pub fn answer(&self, index: usize) -> Typed {
        self.answers.get(&index).cloned().unwrap_or_default()
    }

    /// Whether the record is as it was before it was begun (how a journey
    /// without one is saved).
    pub fn is_empty(&self) -> bool {
        *self == BriefingRecord::default()
    }

    /// Whether it holds anything typed (an action counts): what leaving the
    /// page, or loading a file over it, would lose.
    pub fn has_typed_text(&self) -> bool {
        let typed = |text: &str| !text.trim().is_empty();
        let date_typed = |date: &DateFields| !date.is_empty();
        date_typed(&self.date)
            || BriefingField::ALL
                .into_iter()
                .any(|field| typed(self.field(field)))
            || self.answers.values().any(|answer| typed(answer))
            || !self.actions.is_empty()
    }

    /// Whether another action can be added.
    pub fn can_add_action(&self) -> bool {
        self.actions.len() < MAX_ITEMS
    }

    pub fn apply(&mut self, edit: BriefingEdit) {
        match edit {
            BriefingEdit::SetDate(field, text) => self.date.set(field, text),
            BriefingEdit::Set(field, text) => {
                *match field {
                    BriefingField::Team => &mut self.team,
                    BriefingField::Facilitator => &mut self.facilitator,
                    BriefingField::Attended => &mut self.attended,
                } = text.into()
            }
            BriefingEdit::Answer(index, text) if index < TEAM_QUESTIONS.len() => {
                self.answers.insert(index, text.into());
            }
            BriefingEdit::Answer(..) => {}
            BriefingEdit::AddAction if self.can_add_action() => {
                self.next_id = self.next_id.max(1);
                let id = self.next_id;
                self.next_id += 1;
                self.actions.push(BriefingAction {
                    id,
                    ..BriefingAction::default()
                });
            }
            BriefingEdit::AddAction => {}
            BriefingEdit::SetAction(id, part, text) => {
                if let Some(action) = self.action_mut(id) {
                    *match part {
                        ActionPart::What => &mut action.what,
                        ActionPart::Who => &mut action.who,
                    } = text.into();
                }
            }
            BriefingEdit::SetActionBy(id, field, text) => {
                if let Some(action) = self.action_mut(id) {
                    action.by.set(field, text);
                }
            }
            BriefingEdit::RemoveAction(id) => self.actions.retain(|action| action.id != id),
        }
    }

    fn action_mut(&mut self, id: u32) -> Option<&mut BriefingAction> {
        self.actions.iter_mut().find(|action| action.id == id)
    }

    /// Every piece of text in the record, named as the page names it
    /// ("Action 2: Who will do it"), for limits and messages.
    pub fn named_texts(&self) -> Vec<(String, &str)> {
        let mut texts: Vec<(String, &str)> = BriefingField::ALL
            .into_iter()
            .map(|field| (field.label().to_string(), &**self.field(field)))
            .collect();
        for field in DateField::ALL {
            texts.push((
                format!("{}: {}", part::DATE, field.name()),
                self.date.get(field),
            ));
        }
        for (index, answer) in &self.answers {
            texts.push((format!("Answer to question {}", index + 1), &**answer));
        }
        for (position, action) in self.actions.iter().enumerate() {
            let name = |label: &str| format!("{} {}: {label}", part::ACTION, position + 1);
            texts.push((name(ActionPart::What.label()), &*action.what));
            texts.push((name(ActionPart::Who.label()), &*action.who));
            for field in DateField::ALL {
                texts.push((
                    name(&format!("{} {}", part::BY, field.name())),
                    action.by.get(field),
                ));
            }
        }
        texts
    }

    /// Everything over a limit, named as the page names it ("Briefing
    /// record: Answer to question 2"): the first stops a save or a load.
    pub fn limit_problems(&self) -> Vec<LimitProblem> {
        let mut problems = Vec::new();
        if self.actions.len() > MAX_ITEMS {
            problems.push(LimitProblem::TooManyActions(self.actions.len()));
        }
        for (name, text) in self.named_texts() {
            if let AnswerLength::TooLong(chars) = AnswerLength::of(text) {
                problems.push(LimitProblem::AnswerTooLong {
                    answer: format!("Briefing record: {name}"),
                    chars,
                });
            }
        }
        problems
    }

    /// Whether the record holds only what its edits can leave: answers to
    /// questions part 7 asks, actions with distinct ids from 1, below the
    /// counter. A saved file that fails this was edited.
    pub fn is_consistent(&self) -> bool {
        let mut ids: Vec<u32> = self.actions.iter().map(|action| action.id).collect();
        ids.sort_unstable();
        let ids_unique = ids.windows(2).all(|pair| pair[0] != pair[1]);
        let ids_counted = ids.iter().all(|&id| id >= 1 && id < self.next_id.max(1))
            && self.next_id < MAX_ACTION_ID;
        let answers_known = self
            .answers
            .keys()
            .all(|&index| index < TEAM_QUESTIONS.len());
        ids_unique && ids_counted && answers_known
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_change_only_what_they_name() {
        let mut record = BriefingRecord::default();
        assert!(record.is_empty());
        record.apply(BriefingEdit::Set(BriefingField::Team, "Early years".into()));
        record.apply(BriefingEdit::SetDate(DateField::Month, "nov".into()));
        record.apply(BriefingEdit::Answer(3, "Call 999".into()));
        record.apply(BriefingEdit::Answer(4, "no such question".into()));
        record.apply(BriefingEdit::AddAction);
        record.apply(BriefingEdit::AddAction);
        let (first, second) = (record.actions[0].id, record.actions[1].id);
        record.apply(BriefingEdit::SetAction(
            second,
            ActionPart::Who,
            "DSL".into(),
        ));
        record.apply(BriefingEdit::SetActionBy(
            second,
            DateField::Year,
            "2027".into(),
        ));
        record.apply(BriefingEdit::RemoveAction(first));
        assert_eq!(record.team, "Early years");
        assert_eq!(record.date.month, "nov");
        assert_eq!(record.answer(3), "Call 999");
        assert_eq!(record.answers.len(), 1, "no answer to a question not asked");
        assert_eq!(record.actions.len(), 1);
        assert_eq!(record.actions[0].who, "DSL");
        assert_eq!(record.actions[0].by.year, "2027");
        // A new action never takes a removed one's id.
        record.apply(BriefingEdit::AddAction);
        assert!(record.actions.iter().all(|action| action.id != first));
        assert!(record.is_consistent());
    }

    #[test]
    fn no_more_actions_than_a_record_holds() {
        let mut record = BriefingRecord::default();
        for _ in 0..MAX_ITEMS + 3 {
            record.apply(BriefingEdit::AddAction);
        }
        assert_eq!(record.actions.len(), MAX_ITEMS);
        assert!(!record.can_add_action());
    }

    #[test]
    fn an_answer_over_the_limit_is_named() {
        let mut record = BriefingRecord::default();
        record.apply(BriefingEdit::Answer(
            1,
            "a".repeat(crate::limits::MAX_ANSWER_CHARS + 1),
        ));
        assert_eq!(
            record.limit_problems(),
            [LimitProblem::AnswerTooLong {
                answer: "Briefing record: Answer to question 2".into(),
                chars: crate::limits::MAX_ANSWER_CHARS + 1
            }]
        );
    }
}
