use escalation_core::silent::Silence;
use escalation_core::time::{sentence_case, stages_phrase};
use escalation_core::{Action, Page};
use yew::prelude::*;

use super::PageProps;
use crate::components::button::ActionLink;
use crate::components::flowchart::Flowchart;
use crate::components::markup::{page_heading, section_heading};
use crate::components::policy_text::{Sources, bullets, refs, silence, voiced};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let current = props.journey.current_stage();
    let danger = &policy.immediate_danger;
    let about = props.dispatch.reform(|()| Action::Show(Page::About));
    let mut sources = policy
        .stages
        .iter()
        .map(|stage| stage.source.clone())
        .collect::<Vec<_>>();
    sources.extend(refs(policy.stages.iter().flat_map(|stage| &stage.who)));
    sources.extend(
        policy
            .stages
            .iter()
            .flat_map(|stage| stage.timescales.iter().map(|t| t.source.clone())),
    );
    sources.extend(policy.time_notes.iter().map(|note| note.source.clone()));
    sources.extend(refs(&danger.skipping_stages));
    html! {
        <>
            { page_heading("The whole process") }
            <p class="eg-body">{ format!("{} ({}).", policy.title, policy.area) }</p>
            <p class="eg-body">
                { "The policy sets out its stages in order. What it says about emergencies is below, under “In an emergency”." }
            </p>
            <p class="eg-body">
                <ActionLink onclick={about.clone()}>{ "About this policy: its purpose, glossary, contacts and what it does not say" }</ActionLink>
            </p>
            <Flowchart policy={props.policy} {current} />
            { section_heading("The stages in words") }
            <ol class="eg-step-by-step">
                { for policy.stages.iter().map(|stage| {
                    let is_current = current == Some(stage.number);
                    let summary = policy.time_at(stage.number).map(|time| time.summary()).unwrap_or_default();
                    let has_gaps = policy.gaps_for(stage.number).next().is_some();
                    html! {
                        <li class={classes!("eg-step-by-step__step", is_current.then_some("eg-step-by-step__step--current"))}
                            aria-current={is_current.then_some("step")}>
                            <h3 class="eg-step-by-step__title">
                                { stage.heading() }
                                if is_current {
                                    <strong class="eg-tag">{ "You are here" }</strong>
                                }
                            </h3>
                            { for summary.into_iter().map(|line| html! { <p class="eg-body eg-bold">{ line }</p> }) }
                            { bullets(policy, &stage.who) }
                            if has_gaps {
                                <p class="eg-body">
                                    <ActionLink onclick={about.clone()}>
                                        { format!("What the policy does not say about stage {}", stage.number) }
                                    </ActionLink>
                                </p>
                            }
                        </li>
                    }
                }) }
            </ol>
            if !policy.time_notes.is_empty() {
                { section_heading("What the policy says about time") }
                <ul class="eg-list eg-list--bullet">
                    { for policy.time_notes.iter().map(|note| html! {
                        <li>
                            <span class="eg-bold">{ format!("{}: ", sentence_case(&stages_phrase(&note.stages_of(policy)))) }</span>
                            { voiced(policy, &note.text, Some(&note.quote), &note.source) }
                        </li>
                    }) }
                </ul>
            }
            { section_heading("In an emergency") }
            if danger.skipping_stages.is_empty() {
                { silence(&policy.does_not_say(Silence::SkippingStages)) }
            } else {
                { bullets(policy, &danger.skipping_stages) }
            }
            <Sources refs={sources} />
        </>
    }
}
