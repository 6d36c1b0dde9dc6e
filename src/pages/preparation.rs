use escalation_core::silent::Silence;
use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::policy_text::{Sources, bullets_or, refs};

pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Before you escalate" }</h1>
            <p class="eg-body">{ "What to do first, as the policy’s documents put it. Anything taken from another document says so." }</p>
            { bullets_or(policy, &policy.preparation, &policy.does_not_say(Silence::Preparation)) }
            { continue_button(&props.dispatch, "Continue") }
            <Sources refs={refs(&policy.preparation)} />
        </>
    }
}
