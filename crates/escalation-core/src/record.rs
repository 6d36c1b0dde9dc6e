//! The record of issues and actions agreed: what the user types on the
//! record page, changed only through [`RecordEdit`].

use serde::{Deserialize, Serialize};

use crate::limits::MAX_ITEMS;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordDraft {
    /// The agencies involved.
    pub agencies: String,
    /// What the disagreement is about, in the user's words.
    pub details: String,
    pub discussions: Vec<Discussion>,
    pub actions: Vec<AgreedAction>,
    /// Outstanding issues and how they will be pursued.
    pub outstanding: String,
    /// Whether written confirmation of the outcome has been sent.
    pub confirmation_sent: Option<bool>,
    /// When it was sent, as the user wrote it.
    pub confirmation_date: String,
    /// Lessons for future practice.
    pub lessons: String,
    /// Gaps in policies or procedures to refer on.
    pub policy_gaps: String,
}

/// A discussion held: when, who by role, and what was said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Discussion {
    pub date: String,
    pub roles: String,
    pub notes: String,
}

/// An action agreed: what, who owns it, by when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgreedAction {
    pub action: String,
    pub owner: String,
    pub by: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordField {
    Agencies,
    Details,
    Outstanding,
    ConfirmationDate,
    Lessons,
    PolicyGaps,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiscussionField {
    Date,
    Roles,
    Notes,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionField {
    Action,
    Owner,
    By,
}

impl RecordField {
    /// The field's label on the record page, and in messages about it.
    pub fn label(self) -> &'static str {
        match self {
            RecordField::Agencies => "Agencies involved",
            RecordField::Details => "What the disagreement is about",
            RecordField::Outstanding => "Outstanding issues and how they will be pursued",
            RecordField::ConfirmationDate => "Date it was sent",
            RecordField::Lessons => "Lessons for future practice",
            RecordField::PolicyGaps => "Gaps in policies or procedures to refer on",
        }
    }

    pub const ALL: [RecordField; 6] = [
        RecordField::Agencies,
        RecordField::Details,
        RecordField::Outstanding,
        RecordField::ConfirmationDate,
        RecordField::Lessons,
        RecordField::PolicyGaps,
    ];
}

impl DiscussionField {
    pub fn label(self) -> &'static str {
        match self {
            DiscussionField::Date => "Date",
            DiscussionField::Roles => "Who took part (their roles)",
            DiscussionField::Notes => "What was discussed and decided",
        }
    }
}

impl ActionField {
    pub fn label(self) -> &'static str {
        match self {
            ActionField::Action => "What will be done",
            ActionField::Owner => "Who will do it (their role)",
            ActionField::By => "By when",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordEdit {
    Set(RecordField, String),
    SetConfirmationSent(Option<bool>),
    AddDiscussion,
    SetDiscussion(usize, DiscussionField, String),
    RemoveDiscussion(usize),
    AddAction,
    SetAction(usize, ActionField, String),
    RemoveAction(usize),
}

impl RecordDraft {
    pub fn field(&self, field: RecordField) -> &str {
        match field {
            RecordField::Agencies => &self.agencies,
            RecordField::Details => &self.details,
            RecordField::Outstanding => &self.outstanding,
            RecordField::ConfirmationDate => &self.confirmation_date,
            RecordField::Lessons => &self.lessons,
            RecordField::PolicyGaps => &self.policy_gaps,
        }
    }

    fn field_mut(&mut self, field: RecordField) -> &mut String {
        match field {
            RecordField::Agencies => &mut self.agencies,
            RecordField::Details => &mut self.details,
            RecordField::Outstanding => &mut self.outstanding,
            RecordField::ConfirmationDate => &mut self.confirmation_date,
            RecordField::Lessons => &mut self.lessons,
            RecordField::PolicyGaps => &mut self.policy_gaps,
        }
    }

    /// Whether nothing has been typed or chosen.
    pub fn is_empty(&self) -> bool {
        *self == RecordDraft::default()
    }

    /// Every piece of text in the record, named as the record page names
    /// it ("Discussion 2: Date"), for limits and messages.
    pub fn named_texts(&self) -> impl Iterator<Item = (String, &str)> {
        let fields = RecordField::ALL
            .into_iter()
            .map(|field| (field.label().to_string(), self.field(field)));
        let discussions = self.discussions.iter().enumerate().flat_map(|(index, d)| {
            [
                (DiscussionField::Date, &d.date),
                (DiscussionField::Roles, &d.roles),
                (DiscussionField::Notes, &d.notes),
            ]
            .map(|(field, text)| {
                (
                    format!("Discussion {}: {}", index + 1, field.label()),
                    text.as_str(),
                )
            })
        });
        let actions = self.actions.iter().enumerate().flat_map(|(index, a)| {
            [
                (ActionField::Action, &a.action),
                (ActionField::Owner, &a.owner),
                (ActionField::By, &a.by),
            ]
            .map(|(field, text)| {
                (
                    format!("Action {}: {}", index + 1, field.label()),
                    text.as_str(),
                )
            })
        });
        fields.chain(discussions).chain(actions)
    }

    /// Whether another discussion can be added.
    pub fn can_add_discussion(&self) -> bool {
        self.discussions.len() < MAX_ITEMS
    }

    /// Whether another action can be added.
    pub fn can_add_action(&self) -> bool {
        self.actions.len() < MAX_ITEMS
    }

    pub fn apply(&mut self, edit: RecordEdit) {
        match edit {
            RecordEdit::Set(field, text) => *self.field_mut(field) = text,
            RecordEdit::SetConfirmationSent(sent) => self.confirmation_sent = sent,
            RecordEdit::AddDiscussion if self.can_add_discussion() => {
                self.discussions.push(Discussion::default())
            }
            RecordEdit::AddDiscussion => {}
            RecordEdit::SetDiscussion(index, field, text) => {
                if let Some(discussion) = self.discussions.get_mut(index) {
                    *match field {
                        DiscussionField::Date => &mut discussion.date,
                        DiscussionField::Roles => &mut discussion.roles,
                        DiscussionField::Notes => &mut discussion.notes,
                    } = text;
                }
            }
            RecordEdit::RemoveDiscussion(index) => {
                if index < self.discussions.len() {
                    self.discussions.remove(index);
                }
            }
            RecordEdit::AddAction if self.can_add_action() => {
                self.actions.push(AgreedAction::default())
            }
            RecordEdit::AddAction => {}
            RecordEdit::SetAction(index, field, text) => {
                if let Some(action) = self.actions.get_mut(index) {
                    *match field {
                        ActionField::Action => &mut action.action,
                        ActionField::Owner => &mut action.owner,
                        ActionField::By => &mut action.by,
                    } = text;
                }
            }
            RecordEdit::RemoveAction(index) => {
                if index < self.actions.len() {
                    self.actions.remove(index);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_change_only_what_they_name() {
        let mut record = RecordDraft::default();
        assert!(record.is_empty());
        record.apply(RecordEdit::Set(
            RecordField::Agencies,
            "School; children's social care".into(),
        ));
        record.apply(RecordEdit::AddDiscussion);
        record.apply(RecordEdit::AddDiscussion);
        record.apply(RecordEdit::SetDiscussion(
            1,
            DiscussionField::Roles,
            "Team managers".into(),
        ));
        record.apply(RecordEdit::RemoveDiscussion(0));
        record.apply(RecordEdit::AddAction);
        record.apply(RecordEdit::SetAction(
            0,
            ActionField::Owner,
            "Duty social worker".into(),
        ));
        record.apply(RecordEdit::SetConfirmationSent(Some(true)));
        assert_eq!(record.agencies, "School; children's social care");
        assert_eq!(record.discussions.len(), 1);
        assert_eq!(record.discussions[0].roles, "Team managers");
        assert_eq!(record.actions[0].owner, "Duty social worker");
        assert_eq!(record.confirmation_sent, Some(true));
        assert!(!record.is_empty());
    }

    #[test]
    fn edits_to_rows_that_do_not_exist_change_nothing() {
        let mut record = RecordDraft::default();
        record.apply(RecordEdit::SetDiscussion(
            3,
            DiscussionField::Notes,
            "lost?".into(),
        ));
        record.apply(RecordEdit::RemoveAction(0));
        assert!(record.is_empty());
    }
}
