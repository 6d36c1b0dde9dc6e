//! One component per page of the journey. Each renders values from the
//! policy and the journey and dispatches actions; none holds the journey's
//! state itself.

pub mod about;
pub mod briefing;
pub mod briefing_record;
pub mod choose_policy;
pub mod end_of_process;
pub mod facilitator_notes;
pub mod handout;
pub mod immediate_danger;
pub mod not_sure_who;
pub mod overview;
pub mod own_organisation;
pub mod preparation;
pub mod presenter;
pub mod record;
pub mod scenarios;
pub mod self_check;
pub mod sheet;
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

use escalation_core::Action;
use yew::prelude::*;

use crate::guide::Guide;
pub use crate::guide::JourneyRef;

/// What every page function is given: the guide (its fields read through
/// it, as `props.policy`), the journey and the way to change it. Components
/// inside pages read the same values by context (`use_guide`, `use_session`).
#[derive(Clone)]
pub struct PageProps {
    pub guide: Rc<Guide>,
    pub journey: JourneyRef,
    pub dispatch: Callback<Action>,
}

impl Deref for PageProps {
    type Target = Guide;

    fn deref(&self) -> &Guide {
        &self.guide
    }
}

/// "Continue", for pages with nothing to answer.
pub fn continue_button(dispatch: &Callback<Action>, label: &'static str) -> Html {
    use crate::components::button::Button;
    html! { <Button onclick={dispatch.reform(|()| Action::Continue)}>{ label }</Button> }
}
