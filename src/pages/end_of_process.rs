use escalation_core::silent::Silence;
use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::policy_text::{Sources, bullets, refs, silence};

pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let after = &policy.after;
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "The last stage did not resolve it" }</h1>
            <h2 class="eg-heading-m">{ "What happens at the end of the process" }</h2>
            if after.end_of_process.is_empty() {
                { silence(&policy.does_not_say(Silence::EndOfProcess)) }
                <p class="eg-body">
                    { "This guide suggests you ask your Designated Safeguarding Lead or manager what to do next." }
                </p>
            } else {
                { bullets(policy, &after.end_of_process) }
            }
            if !after.case_review.is_empty() {
                <h2 class="eg-heading-m">{ "Case review" }</h2>
                { bullets(policy, &after.case_review) }
            }
            <p class="eg-body">{ "Next, check your answers and complete your record." }</p>
            { continue_button(&props.dispatch, "Continue to your record") }
            <Sources refs={refs(after.end_of_process.iter().chain(&after.case_review))} />
        </>
    }
}
