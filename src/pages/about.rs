//! About this policy: what it is for, its principles, the disagreements it
//! covers, its glossary and contact roles, and what it does not say. Every
//! item shows its source section.

use escalation_core::briefing::ROLES_NOT_PEOPLE;
use escalation_core::silent::Silence;
use escalation_core::time::stages_phrase;
use yew::prelude::*;

use super::PageProps;
use crate::components::contacts::details;
use crate::components::markup::{body, page_heading, section_heading};
use crate::components::policy_text::{Sources, bullets, gap_note, refs, silence, voiced};
use crate::components::summary_list::{SummaryList, policy_rows};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let rows = policy_rows(policy);
    let mut sources = refs(
        policy
            .purpose
            .iter()
            .chain(&policy.principles)
            .chain(&policy.scope.applies_when),
    );
    sources.extend(policy.areas.iter().map(|area| area.source.clone()));
    sources.extend(policy.glossary.iter().map(|entry| entry.source.clone()));
    sources.extend(policy.contact_roles.iter().map(|role| role.source.clone()));
    sources.extend(policy.gaps.iter().map(|gap| gap.source.clone()));

    html! {
        <>
            { page_heading("About this policy") }
            <SummaryList {rows} />

            { section_heading("The documents it comes from") }
            <ul class="eg-list eg-list--bullet">
                { for policy.sources.iter().map(|document| html! {
                    <li>
                        { policy.document_name(&document.id) }
                        if let Some(used_for) = &document.used_for {
                            <span class="eg-source">{ format!("Another document, used for {used_for}.") }</span>
                        }
                    </li>
                }) }
            </ul>

            { section_heading("What it is for") }
            { bullets(policy, &policy.purpose) }
            { bullets(policy, &policy.scope.applies_when) }

            { section_heading("Its principles") }
            if policy.principles.is_empty() {
                { silence(&policy.does_not_say(Silence::Principles)) }
            } else {
                { bullets(policy, &policy.principles) }
            }

            { section_heading("The disagreements it covers") }
            <ul class="eg-list eg-list--bullet">
                { for policy.areas.iter().map(|area| html! {
                    <li class="eg-statement">{ voiced(policy, &area.title, area.quote.as_deref(), &area.source) }</li>
                }) }
            </ul>

            { section_heading("Glossary") }
            if policy.glossary.is_empty() {
                { silence(&policy.does_not_say(Silence::Glossary)) }
            } else {
                <dl class="eg-glossary">
                    { for policy.glossary.iter().map(|entry| html! {
                        <div class="eg-glossary__entry">
                            <dt class="eg-glossary__term">{ entry.term.clone() }</dt>
                            <dd class="eg-glossary__meaning">
                                { voiced(policy, &entry.meaning, None, &entry.source) }
                            </dd>
                        </div>
                    }) }
                </dl>
            }

            { section_heading("Who it says to contact") }
            if policy.contact_roles.is_empty() {
                { silence(&policy.does_not_say(Silence::Contacts)) }
            } else {
                if !escalation_core::contacts::gives_any(&props.contacts, &policy.contact_roles) {
                    { body(ROLES_NOT_PEOPLE) }
                }
                <dl class="eg-glossary">
                    { for policy.contact_roles.iter().map(|role| html! {
                        <div class="eg-glossary__entry">
                            <dt class="eg-glossary__term">{ role.name.clone() }</dt>
                            <dd class="eg-glossary__meaning">
                                { voiced(policy, &role.when, role.quote.as_deref(), &role.source) }
                                if let Some(contact) = props.contacts.get(&role.id) {
                                    <span class="eg-contact--given">
                                        { "Given by this website: " }{ details(contact) }
                                    </span>
                                }
                            </dd>
                        </div>
                    }) }
                </dl>
            }

            <h2 class="eg-heading-m" id="eg-gaps">{ "What this policy does not say" }</h2>
            if policy.gaps.is_empty() {
                { body("This guide has found nothing the policy refers to but leaves out.") }
            } else {
                <ul class="eg-list eg-list--bullet">
                    { for policy.gaps.iter().map(|gap| html! {
                        <li>
                            if !gap.stages.is_empty() {
                                <span class="eg-bold">{ format!("About {}: ", stages_phrase(&gap.stages)) }</span>
                            }
                            { gap_note(policy, gap) }
                        </li>
                    }) }
                </ul>
            }
            <Sources refs={sources} />
            { section_heading("This guide") }
            { body(format!("This is {}. Records, downloads and calendar files it makes say the same, so you can tell which release made them.", escalation_core::GUIDE)) }
        </>
    }
}
