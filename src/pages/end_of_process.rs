use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::policy_text::{Sources, bullets, bullets_or, refs};

pub fn page(props: &PageProps) -> Html {
    let after = &props.policy.after;
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "The last stage did not resolve it" }</h1>
            <h2 class="eg-heading-m">{ "What happens at the end of the process" }</h2>
            { bullets_or(&after.end_of_process, "This policy does not say what happens when its last stage does not resolve the disagreement. Speak to your Designated Safeguarding Lead.") }
            if !after.case_review.is_empty() {
                <h2 class="eg-heading-m">{ "Case review" }</h2>
                { bullets(&after.case_review) }
            }
            <p class="eg-body">{ "Next, check your answers and complete your record." }</p>
            { continue_button(&props.dispatch, "Continue to your record") }
            <Sources policy={props.policy} refs={refs(after.end_of_process.iter().chain(&after.case_review))} />
        </>
    }
}
