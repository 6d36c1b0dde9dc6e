use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::policy_text::{Sources, bullets_or, refs};

pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Before you escalate" }</h1>
            <p class="eg-body">{ "The policy asks you to do these things first." }</p>
            { bullets_or(&policy.preparation, "This policy does not say what to do before escalating.") }
            { continue_button(&props.dispatch, "Continue") }
            <Sources policy={props.policy} refs={refs(&policy.preparation)} />
        </>
    }
}
