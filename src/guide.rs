//! The values every part of the widget reads, given by context (Yew's
//! `ContextProvider`) from `App` rather than handed down as props: the
//! guide (the policy followed, today, the calendar, the host's contacts,
//! where the widget is), and the session (the journey, the way to change
//! it, and whether typed work is saved outside the page).

use std::ops::Deref;
use std::rc::Rc;

use chrono::NaiveDate;
use escalation_core::contacts::Contacts;
use escalation_core::saved::RecordKind;
use escalation_core::{Action, Calendar, Journey};
use yew::prelude::*;

use crate::shared_policy::SharedPolicy;

/// What the widget follows, and where.
#[derive(Clone, PartialEq)]
pub struct Guide {
    pub policy: SharedPolicy,
    pub today: NaiveDate,
    /// Working days for the policy's division, with the host's closure days.
    pub calendar: Calendar,
    /// Contact details the host gives for the policy's roles.
    pub contacts: Rc<Contacts>,
    /// The policy is the host's own, not a built-in one.
    pub custom_policy: bool,
    /// The widget is the whole page: its own page or the iframe page.
    pub own_page: bool,
}

/// The journey as a value to share: equal when it is the same value,
/// compared by pointer.
#[derive(Clone, Debug)]
pub struct JourneyRef(pub Rc<Journey>);

impl PartialEq for JourneyRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for JourneyRef {
    type Target = Journey;

    fn deref(&self) -> &Journey {
        &self.0
    }
}

/// The journey on screen, and what can be done with it.
#[derive(Clone, PartialEq)]
pub struct Session {
    pub journey: JourneyRef,
    pub dispatch: Callback<Action>,
    /// Typed work that is not in a JSON file the user downloaded.
    pub unsaved: bool,
    /// The briefing record holds typed work in no JSON file the user
    /// downloaded.
    pub briefing_unsaved: bool,
    /// Told when the user saves a record of this kind outside the page (a
    /// JSON download).
    pub on_saved: Callback<RecordKind>,
}
