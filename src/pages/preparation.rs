use escalation_core::silent::Silence;
use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::markup::{body, page_heading};
use crate::components::policy_text::{Sources, bullets_or, refs};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    html! {
        <>
            { page_heading("Before you escalate") }
            { body("What to do first, as the policy’s documents put it. Anything taken from another document says so.") }
            { bullets_or(policy, &policy.preparation, &policy.does_not_say(Silence::Preparation)) }
            { continue_button(&props.dispatch, "Continue") }
            <Sources refs={refs(&policy.preparation)} />
        </>
    }
}
