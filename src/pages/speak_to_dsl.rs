use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::policy_text::{Sources, bullets, refs};

/// The user is not sure whether a child is at risk of immediate harm. The
/// advice to speak to the Designated Safeguarding Lead is this guide's own;
/// what the policy says about immediate harm follows, with its sources.
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let guidance = &policy.immediate_danger.guidance;
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Speak to your Designated Safeguarding Lead now" }</h1>
            <p class="eg-body">
                { "If you are not sure whether a child is at risk of immediate harm, this guide’s advice \
                   is to speak to your Designated Safeguarding Lead, or whoever your organisation asks \
                   you to go to about safeguarding, now." }
            </p>
            if !guidance.is_empty() {
                <h2 class="eg-heading-m">{ "What the policy says if a child is at risk of immediate harm" }</h2>
                { bullets(policy, guidance) }
            }
            <p class="eg-body">{ "When you have spoken to them, continue with the guide." }</p>
            { continue_button(&props.dispatch, "Continue") }
            <Sources refs={refs(guidance)} />
        </>
    }
}
