//! Training mode: discussion scenarios. Each card is one of the sources'
//! examples of a disagreement, the questions for the team, and a reveal of
//! what the policy says, with its sources. No score: the policy gives one
//! process, not a right answer for each situation.

use escalation_core::Page;
use escalation_core::briefing::{NO_SINGLE_ANSWER, PROMPTS};
use yew::prelude::*;

use super::PageProps;
use super::briefing::{caption, training_links};
use crate::components::briefing_points::{point, sections};
use crate::components::markup::page_heading;
use crate::components::policy_text::note;

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let reveal = sections(policy, &props.contacts, &policy.scenario_reveal(), "h4");
    html! {
        <>
            { caption(policy) }
            { page_heading("Discussion scenarios") }
            <p class="eg-body">
                { "Each card is a disagreement the sources give as an example. Read it out, talk \
                   about the questions, then open what the policy says." }
            </p>
            <ol class="eg-scenarios">
                { for policy.scenarios().iter().enumerate().map(|(index, scenario)| html! {
                    <li class="eg-scenario">
                        <h2 class="eg-heading-m">{ format!("Scenario {}", index + 1) }</h2>
                        <ul class="eg-list eg-scenario__situation">
                            { point(policy, &props.contacts, &scenario.situation) }
                        </ul>
                        if let Some(origin) = &scenario.origin {
                            <p class="eg-body eg-hint">{ note(policy, &origin.text, None) }</p>
                        }
                        <h3 class="eg-heading-s">{ "Talk about it" }</h3>
                        <ul class="eg-list eg-list--bullet">
                            { for PROMPTS.iter().map(|prompt| html! { <li>{ *prompt }</li> }) }
                        </ul>
                        <details class="eg-details">
                            <summary class="eg-details__summary">
                                <span class="eg-details__summary-text">
                                    { format!("What the policy says about scenario {}", index + 1) }
                                </span>
                            </summary>
                            <div class="eg-details__text eg-scenario__reveal">
                                <ul class="eg-list">{ point(policy, &props.contacts, &scenario.area) }</ul>
                                { reveal.clone() }
                                <p class="eg-body eg-hint">{ note(policy, NO_SINGLE_ANSWER, None) }</p>
                            </div>
                        </details>
                    </li>
                }) }
            </ol>
            { training_links(props, Page::Scenarios) }
        </>
    }
}
