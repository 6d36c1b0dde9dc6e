use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::policy_text::{Sources, bullets, bullets_or, refs};

pub fn page(props: &PageProps) -> Html {
    let danger = &props.policy.immediate_danger;
    let during_a_stage = props
        .journey
        .answers()
        .outcomes
        .values()
        .any(|outcome| *outcome == escalation_core::StageOutcome::ImmediateRisk);
    let next = if during_a_stage {
        "Continue when the child is safe"
    } else {
        "Continue to the escalation process"
    };
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Act now to keep the child safe" }</h1>
            <div class="eg-panel eg-panel--urgent">
                <p class="eg-body-l eg-bold">{ "If a child is in immediate danger, call 999 and ask for the police." }</p>
                <p class="eg-body">{ "Tell your Designated Safeguarding Lead or line manager now." }</p>
            </div>
            if !danger.guidance.is_empty() {
                <h2 class="eg-heading-m">{ "What the policy says" }</h2>
                { bullets(&danger.guidance) }
            }
            <h2 class="eg-heading-m">{ "Skipping stages in an emergency" }</h2>
            { bullets_or(&danger.skipping_stages, "This policy does not say whether stages can be skipped in an emergency. Use your professional judgement: the child’s safety comes first.") }
            { continue_button(&props.dispatch, next) }
            <Sources policy={props.policy} refs={refs(danger.guidance.iter().chain(&danger.skipping_stages))} />
        </>
    }
}
