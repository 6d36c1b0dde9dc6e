use escalation_core::silent::Silence;
use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::markup::{page_heading, section_heading};
use crate::components::policy_text::{Sources, bullets, refs, silence};

/// A child may be at risk of immediate harm: what the chosen policy says to
/// do, in its own order and with its sources. The emergency line above every
/// page is general advice; this page is the policy's.
// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let danger = &policy.immediate_danger;
    let next = if props.journey.immediate_risk_stage().is_some() {
        "Continue when the child is safe"
    } else {
        "Continue to the escalation process"
    };
    html! {
        <>
            { page_heading("Act now to keep the child safe") }
            { section_heading("What the policy says to do") }
            if danger.guidance.is_empty() {
                { silence(&policy.does_not_say(Silence::ImmediateHarm)) }
            } else {
                <div class="eg-panel eg-panel--urgent">{ bullets(policy, &danger.guidance) }</div>
            }
            { section_heading("Moving through the stages in an emergency") }
            if danger.skipping_stages.is_empty() {
                { silence(&policy.does_not_say(Silence::SkippingStages)) }
            } else {
                { bullets(policy, &danger.skipping_stages) }
            }
            { continue_button(&props.dispatch, next) }
            <Sources refs={refs(danger.guidance.iter().chain(&danger.skipping_stages))} />
        </>
    }
}
