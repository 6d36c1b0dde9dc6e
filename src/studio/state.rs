//! The studio's state and every change to it, as one reducer: the draft,
//! the passage selected, what the last change did and whether the author is
//! confirming a new start. A file read that finishes later changes the
//! state as it is then, not as it was when the file was chosen.

use std::rc::Rc;

use escalation_core::studio::{Draft, Edit, SourceText, part_in_words};
use yew::prelude::*;

use super::selected::Selected;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub draft: Option<Rc<Draft>>,
    pub selected: Option<Selected>,
    /// What the last change did, or why it did nothing.
    pub status: Option<Result<String, String>>,
    /// The author asked to start again and has not yet said yes or no.
    pub confirm_new: bool,
}

pub enum Action {
    Edit(Edit),
    /// A new draft (a document, a built-in policy, a policy file), and what
    /// to say about it.
    Open(Box<Draft>, String),
    /// The text of a document the draft's policy quotes.
    AddDocument(SourceText, String),
    Select(Option<Selected>),
    Refused(String),
    ConfirmNew(bool),
    Close,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit) => {
                let Some(current) = &self.draft else {
                    return self;
                };
                let mut draft = (**current).clone();
                let (said, used) = match &edit {
                    Edit::Use { .. } => (Some("Added:"), true),
                    Edit::Remove(_) => (Some("Removed:"), false),
                    Edit::Summarise { .. } => (Some("Summary changed:"), false),
                    // Typing in a field: the field shows it.
                    _ => (None, false),
                };
                match draft.apply(edit) {
                    Ok(object) => {
                        next.status =
                            said.map(|said| Ok(format!("{said} {}.", part_in_words(&object))));
                        if used {
                            next.selected = None;
                        }
                        // A selection in a document renamed with the policy.
                        if next
                            .selected
                            .as_ref()
                            .is_some_and(|s| !draft.documents.iter().any(|d| d.id == s.document))
                        {
                            next.selected = None;
                        }
                        next.draft = Some(Rc::new(draft));
                    }
                    Err(why) => next.status = Some(Err(why)),
                }
            }
            Action::Open(draft, said) => {
                next = State {
                    draft: Some(Rc::new(*draft)),
                    selected: None,
                    status: Some(Ok(said)),
                    confirm_new: false,
                };
            }
            Action::AddDocument(document, said) => {
                let Some(current) = &self.draft else {
                    return self;
                };
                let mut draft = (**current).clone();
                if !draft.documents.iter().any(|d| d.id == document.id) {
                    draft.documents.push(document);
                }
                next.draft = Some(Rc::new(draft));
                next.status = Some(Ok(said));
            }
            Action::Select(selected) => next.selected = selected,
            Action::Refused(why) => next.status = Some(Err(why)),
            Action::ConfirmNew(asking) => next.confirm_new = asking,
            Action::Close => {
                next = State {
                    status: Some(Ok(
                        "The draft is closed. Bring a document to start again.".into()
                    )),
                    ..State::default()
                };
            }
        }
        Rc::new(next)
    }
}
