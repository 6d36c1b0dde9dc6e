use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::markup::{body, page_heading, section_heading};
use crate::components::policy_text::{Sources, bullets, refs};

/// The user is not sure whether a child is at risk of immediate harm. The
/// advice to speak to the Designated Safeguarding Lead is this guide's own;
/// what the policy says about immediate harm follows, with its sources.
// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let guidance = &policy.immediate_danger.guidance;
    html! {
        <>
            { page_heading("Speak to your Designated Safeguarding Lead now") }
            <p class="eg-body">
                { "If you are not sure whether a child is at risk of immediate harm, this guide’s advice \
                   is to speak to your Designated Safeguarding Lead, or whoever your organisation asks \
                   you to go to about safeguarding, now." }
            </p>
            if !guidance.is_empty() {
                { section_heading("What the policy says if a child is at risk of immediate harm") }
                { bullets(policy, guidance) }
            }
            { body("When you have spoken to them, continue with the guide.") }
            { continue_button(&props.dispatch, "Continue") }
            <Sources refs={refs(guidance)} />
        </>
    }
}
