use escalation_core::silent::Silence;
use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::markup::{body, page_heading, section_heading};
use crate::components::policy_text::{Sources, bullets, refs, silence};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let after = &policy.after;
    html! {
        <>
            { page_heading("The last stage did not resolve it") }
            { section_heading("What happens at the end of the process") }
            if after.end_of_process.is_empty() {
                { silence(&policy.does_not_say(Silence::EndOfProcess)) }
                <p class="eg-body">
                    { "This guide suggests you ask your Designated Safeguarding Lead or manager what to do next." }
                </p>
            } else {
                { bullets(policy, &after.end_of_process) }
            }
            if !after.case_review.is_empty() {
                { section_heading("Case review") }
                { bullets(policy, &after.case_review) }
            }
            { body("Next, check your answers and complete your record.") }
            { continue_button(&props.dispatch, "Continue to your record") }
            <Sources refs={refs(after.end_of_process.iter().chain(&after.case_review))} />
        </>
    }
}
