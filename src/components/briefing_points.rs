//! Training mode's content on screen and on paper: sections of points built
//! by `escalation-core`'s briefing, each point in its voice (the policy's
//! statement, its exact words in quotation marks, its silence, or this
//! guide's own words) and with its source.

use escalation_core::Policy;
use escalation_core::briefing::{Cite, Part, Point, Section, Voice};
use escalation_core::contacts::Contacts;
use yew::prelude::*;

use crate::components::contacts::details;
use crate::components::policy_text::{note, voiced};

/// One point: its label, its text and where it comes from; a contact role
/// also shows the details the site gives for it.
pub fn point(policy: &Policy, contacts: &Contacts, point: &Point) -> Html {
    let text = match (point.voice, &point.cite) {
        (Voice::Quote | Voice::Summary, Some(Cite::Section(source))) => {
            voiced(policy, &point.text, point.quote.as_deref(), source)
        }
        (Voice::Note, cite) => {
            let words = match (&point.quote, cite) {
                (Some(quote), Some(Cite::Section(source))) => Some((quote.as_str(), source)),
                _ => None,
            };
            note(policy, &point.text, words)
        }
        (Voice::Quote, _) => html! { <q class="eg-quote-text">{ point.text.clone() }</q> },
        (Voice::Silence, _) => html! { <span class="eg-silent">{ point.text.clone() }</span> },
        (Voice::Summary | Voice::Guide, _) => html! { { point.text.clone() } },
    };
    let cite = match &point.cite {
        // A voiced statement, or a note, shows its own source.
        Some(Cite::Section(_)) => Html::default(),
        Some(Cite::Document(id)) => html! {
            <span class="eg-source">{ format!("Source: {}", policy.document_name(id)) }</span>
        },
        None => Html::default(),
    };
    let contact = point.role.as_ref().and_then(|role| contacts.get(role));
    html! {
        <li>
            if let Some(label) = &point.label {
                <span class="eg-bold">{ format!("{label}: ") }</span>
            }
            { text }
            { cite }
            if let Some(contact) = contact {
                <span class="eg-contact--given">{ "Given by this website: " }{ details(contact) }</span>
            }
        </li>
    }
}

/// Sections, each a heading (`h2`, or `h3` inside a card) and a list of its
/// points.
pub fn sections(
    policy: &Policy,
    contacts: &Contacts,
    sections: &[Section],
    heading: &'static str,
) -> Html {
    html! {
        <div class="eg-briefing-sections">
        { for sections.iter().map(|section| html! {
            <section class="eg-briefing-section">
                <@{heading} class="eg-heading-m">{ section.heading.clone() }</@>
                <ul class="eg-list eg-list--bullet">
                    { for section.points.iter().map(|p| point(policy, contacts, p)) }
                </ul>
            </section>
        }) }
        </div>
    }
}

/// A part's facilitator notes, as a list.
pub fn notes_for(part: &Part) -> Html {
    html! {
        <ul class="eg-list eg-list--bullet">
            { for part.say.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
        </ul>
    }
}
