//! One component per page of the journey. Each renders values from the
//! policy and the journey and dispatches actions; none holds the journey's
//! state itself.

pub mod about;
pub mod briefing;
pub mod choose_policy;
pub mod end_of_process;
pub mod facilitator_notes;
pub mod handout;
pub mod immediate_danger;
pub mod not_sure_who;
pub mod overview;
pub mod own_organisation;
pub mod preparation;
pub mod record;
pub mod scenarios;
pub mod self_check;
pub mod speak_to_dsl;
pub mod stage;
pub mod start;
pub mod start_date;
pub mod timeline;
pub mod topic;
pub mod urgent;
pub mod who_disagree;

use std::ops::Deref;
use std::rc::Rc;

use chrono::NaiveDate;
use escalation_core::{Action, Calendar, Journey};
use yew::prelude::*;

use crate::shared_policy::SharedPolicy;

/// The journey as a prop: equal when it is the same value, compared by pointer.
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

/// What every page is given.
#[derive(Properties, PartialEq, Clone)]
pub struct PageProps {
    pub policy: SharedPolicy,
    pub journey: JourneyRef,
    pub dispatch: Callback<Action>,
    pub today: NaiveDate,
    /// Working days for the policy's division, with the host's closure days.
    pub calendar: Calendar,
    /// Typed work that is not in a JSON file the user downloaded.
    pub unsaved: bool,
    /// Told when the user saves the record outside the page (a download).
    pub on_saved: Callback<()>,
    /// Contact details the host gives for the policy's roles.
    pub contacts: std::rc::Rc<escalation_core::contacts::Contacts>,
    /// The policy is the host's own, not a built-in one.
    pub custom_policy: bool,
    /// The widget is the whole page: its own page or the iframe page.
    pub own_page: bool,
}

/// "Continue", for pages with nothing to answer.
pub fn continue_button(dispatch: &Callback<Action>, label: &'static str) -> Html {
    use crate::components::button::Button;
    html! { <Button onclick={dispatch.reform(|()| Action::Continue)}>{ label }</Button> }
}
