//! Training mode: the one-sheet handout, to print on one A4 sheet (front
//! and back at most): the policy, its stages and timescales in its own
//! words, the self-check questions, the emergency route and whom to contact.

use escalation_core::Page;
use escalation_core::briefing::{EMERGENCY_ADVICE, ROLES_NOT_PEOPLE};
use yew::prelude::*;

use super::PageProps;
use super::briefing::{print_button, training_links};
use crate::components::briefing_points::sections;
use crate::components::markup::{body, page_heading};
use crate::components::summary_list::{SummaryList, policy_rows};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let given = escalation_core::contacts::gives_any(&props.contacts, &policy.contact_roles);
    html! {
        <div class="eg-print-keep eg-handout">
            <p class="eg-caption eg-handout__caption">{ "One-sheet handout: resolving professional disagreements about safeguarding children" }</p>
            { page_heading(policy.title.clone()) }
            <SummaryList rows={policy_rows(policy)} />
            if let Some(superseded) = policy.superseded_in_words() {
                <p class="eg-body eg-bold">{ superseded }</p>
            }
            { sections(policy, &props.contacts, &policy.handout(), "h2") }
            if !given && !policy.contact_roles.is_empty() {
                { body(ROLES_NOT_PEOPLE) }
            }
            <p class="eg-body eg-bold">{ EMERGENCY_ADVICE }</p>
            { print_button("Print the handout") }
            { training_links(props, Page::Handout) }
        </div>
    }
}
