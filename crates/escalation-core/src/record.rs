//! The record of issues and actions agreed: what the user types on the
//! record page, changed only through [`RecordEdit`].

use serde::{Deserialize, Serialize};

use crate::limits::MAX_ITEMS;
use crate::typed::Typed;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordDraft {
    /// The agencies involved.
    pub agencies: Typed,
    /// What the disagreement is about, in the user's words.
    pub details: Typed,
    pub discussions: Vec<Discussion>,
    pub actions: Vec<AgreedAction>,
    /// The id the next discussion or action gets: ids are never reused, so
    /// removing one item renames nothing after it.
    #[serde(skip_serializing_if = "is_zero")]
    pub next_id: u32,
    /// Outstanding issues and how they will be pursued.
    pub outstanding: Typed,
    /// Whether written confirmation of the outcome has been sent.
    pub confirmation_sent: Option<bool>,
    /// When it was sent, as the user wrote it.
    pub confirmation_date: Typed,
    /// Lessons for future practice.
    pub lessons: Typed,
    /// Gaps in policies or procedures to refer on.
    pub policy_gaps: Typed,
}

fn is_zero(number: &u32) -> bool {
    *number == 0
}

/// A discussion held: when, who by role, and what was said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Discussion {
    /// Stable for the item's life; 0 in records saved before items had ids
    /// (they get one when loaded).
    #[serde(skip_serializing_if = "is_zero")]
    pub id: u32,
    pub date: Typed,
    pub roles: Typed,
    pub notes: Typed,
}

/// An action agreed: what, who owns it, by when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgreedAction {
    #[serde(skip_serializing_if = "is_zero")]
    pub id: u32,
    pub action: Typed,
    pub owner: Typed,
    pub by: Typed,
}

/// The record's parts, named the same on the record page and in every
/// export.
pub mod part {
    pub const ISSUES: &str = "Record of issues and actions agreed";
    pub const DISCUSSIONS: &str = "Discussions held";
    pub const ACTIONS: &str = "Actions agreed";
    /// The question the form asks, and the record answers under.
    pub const CONFIRMATION: &str = "Has written confirmation of the outcome been sent?";
    pub const LESSONS: &str = "Lessons and policy gaps";
    pub const AFTER: &str = "What the policy says to do with them";
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
    /// Set a field of the discussion with this id.
    SetDiscussion(u32, DiscussionField, String),
    RemoveDiscussion(u32),
    AddAction,
    SetAction(u32, ActionField, String),
    RemoveAction(u32),
}

impl RecordDraft {
    pub fn field(&self, field: RecordField) -> &Typed {
        match field {
            RecordField::Agencies => &self.agencies,
            RecordField::Details => &self.details,
            RecordField::Outstanding => &self.outstanding,
            RecordField::ConfirmationDate => &self.confirmation_date,
            RecordField::Lessons => &self.lessons,
            RecordField::PolicyGaps => &self.policy_gaps,
        }
    }

    fn field_mut(&mut self, field: RecordField) -> &mut Typed {
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
            .map(|field| (field.label().to_string(), &**self.field(field)));
        let discussions = self.discussions.iter().enumerate().flat_map(|(index, d)| {
            [
                (DiscussionField::Date, &d.date),
                (DiscussionField::Roles, &d.roles),
                (DiscussionField::Notes, &d.notes),
            ]
            .map(|(field, text)| {
                (
                    format!("Discussion {}: {}", index + 1, field.label()),
                    &**text,
                )
            })
        });
        let actions = self.actions.iter().enumerate().flat_map(|(index, a)| {
            [
                (ActionField::Action, &a.action),
                (ActionField::Owner, &a.owner),
                (ActionField::By, &a.by),
            ]
            .map(|(field, text)| (format!("Action {}: {}", index + 1, field.label()), &**text))
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

    /// A fresh id for a new item.
    fn new_id(&mut self) -> u32 {
        self.next_id = self.next_id.max(1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Give every item without an id (from a record saved before items had
    /// ids) one, in order.
    pub fn assign_missing_ids(&mut self) {
        let highest = self
            .discussions
            .iter()
            .map(|d| d.id)
            .chain(self.actions.iter().map(|a| a.id))
            .max()
            .unwrap_or(0);
        // A record with no items keeps its counter, so it loads back as saved.
        if highest > 0 {
            self.next_id = self.next_id.max(highest + 1);
        }
        for index in 0..self.discussions.len() {
            if self.discussions[index].id == 0 {
                self.discussions[index].id = self.new_id();
            }
        }
        for index in 0..self.actions.len() {
            if self.actions[index].id == 0 {
                self.actions[index].id = self.new_id();
            }
        }
    }

    pub fn apply(&mut self, edit: RecordEdit) {
        match edit {
            RecordEdit::Set(field, text) => *self.field_mut(field) = text.into(),
            RecordEdit::SetConfirmationSent(sent) => self.confirmation_sent = sent,
            RecordEdit::AddDiscussion if self.can_add_discussion() => {
                let id = self.new_id();
                self.discussions.push(Discussion {
                    id,
                    ..Discussion::default()
                })
            }
            RecordEdit::AddDiscussion => {}
            RecordEdit::SetDiscussion(id, field, text) => {
                if let Some(discussion) = self.discussions.iter_mut().find(|d| d.id == id) {
                    *match field {
                        DiscussionField::Date => &mut discussion.date,
                        DiscussionField::Roles => &mut discussion.roles,
                        DiscussionField::Notes => &mut discussion.notes,
                    } = text.into();
                }
            }
            RecordEdit::RemoveDiscussion(id) => self.discussions.retain(|d| d.id != id),
            RecordEdit::AddAction if self.can_add_action() => {
                let id = self.new_id();
                self.actions.push(AgreedAction {
                    id,
                    ..AgreedAction::default()
                })
            }
            RecordEdit::AddAction => {}
            RecordEdit::SetAction(id, field, text) => {
                if let Some(action) = self.actions.iter_mut().find(|a| a.id == id) {
                    *match field {
                        ActionField::Action => &mut action.action,
                        ActionField::Owner => &mut action.owner,
                        ActionField::By => &mut action.by,
                    } = text.into();
                }
            }
            RecordEdit::RemoveAction(id) => self.actions.retain(|a| a.id != id),
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
        let second = record.discussions[1].id;
        record.apply(RecordEdit::SetDiscussion(
            second,
            DiscussionField::Roles,
            "Team managers".into(),
        ));
        record.apply(RecordEdit::RemoveDiscussion(record.discussions[0].id));
        record.apply(RecordEdit::AddAction);
        record.apply(RecordEdit::SetAction(
            record.actions[0].id,
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

    /// Removing an item renames nothing after it: each keeps its id, and an
    /// edit meant for one item can never land in another.
    #[test]
    fn removing_an_item_keeps_the_ids_of_the_others() {
        let mut record = RecordDraft::default();
        for _ in 0..3 {
            record.apply(RecordEdit::AddDiscussion);
        }
        let ids: Vec<u32> = record.discussions.iter().map(|d| d.id).collect();
        record.apply(RecordEdit::SetDiscussion(
            ids[2],
            DiscussionField::Notes,
            "third".into(),
        ));
        record.apply(RecordEdit::RemoveDiscussion(ids[0]));
        assert_eq!(
            record.discussions.iter().map(|d| d.id).collect::<Vec<_>>(),
            ids[1..]
        );
        assert_eq!(record.discussions[1].notes, "third");
        // A new item never takes a removed one's id.
        record.apply(RecordEdit::AddDiscussion);
        assert!(!ids.contains(&record.discussions[2].id));
        // An edit for the removed item changes nothing.
        let before = record.clone();
        record.apply(RecordEdit::SetDiscussion(
            ids[0],
            DiscussionField::Notes,
            "lost?".into(),
        ));
        assert_eq!(record, before);
    }

    #[test]
    fn items_saved_before_ids_get_them_in_order() {
        let mut record: RecordDraft = serde_json::from_str(
            r#"{"discussions": [{"date": "1"}, {"date": "2"}], "actions": [{}]}"#,
        )
        .unwrap();
        record.assign_missing_ids();
        assert_eq!(
            record.discussions.iter().map(|d| d.id).collect::<Vec<_>>(),
            [1, 2]
        );
        assert_eq!(record.actions[0].id, 3);
        assert_eq!(record.next_id, 4);
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
