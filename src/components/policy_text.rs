//! Policy content on screen: each statement as the policy file gives it,
//! and where it comes from. A statement borrowed from another document says
//! so on its face, not only under "Where this comes from".

use escalation_core::Policy;
use escalation_core::policy::{SourceRef, SourcedText};
use yew::prelude::*;

/// "From another document: … , section 8.1", under a borrowed statement.
fn borrowed_line(policy: &Policy, source: &SourceRef) -> Html {
    match policy.borrowed_from(source) {
        Some(document) => html! {
            <span class="eg-source eg-source--borrowed">
                { format!("From another document: {}, {}", policy.document_name(&document.id), source.section) }
            </span>
        },
        None => Html::default(),
    }
}

/// "Source: section 1.2", or the borrowed line for another document's words.
pub fn source_line(policy: &Policy, source: &SourceRef) -> Html {
    if policy.borrowed_from(source).is_some() {
        borrowed_line(policy, source)
    } else {
        html! { <span class="eg-source">{ format!("Source: {}", source.section) }</span> }
    }
}

/// Statements as paragraphs.
pub fn paragraphs(policy: &Policy, items: &[SourcedText]) -> Html {
    html! {
        { for items.iter().map(|item| html! {
            <p class="eg-body">{ item.text.clone() }{ borrowed_line(policy, &item.source) }</p>
        }) }
    }
}

/// Statements as a bulleted list.
pub fn bullets(policy: &Policy, items: &[SourcedText]) -> Html {
    html! {
        <ul class="eg-list eg-list--bullet">
            { for items.iter().map(|item| html! {
                <li>{ item.text.clone() }{ borrowed_line(policy, &item.source) }</li>
            }) }
        </ul>
    }
}

/// Statements as a bulleted list, each with its source section beside it.
pub fn sourced_bullets(policy: &Policy, items: &[SourcedText]) -> Html {
    html! {
        <ul class="eg-list eg-list--bullet">
            { for items.iter().map(|item| html! {
                <li>{ item.text.clone() }{ source_line(policy, &item.source) }</li>
            }) }
        </ul>
    }
}

/// Statements as a list, or a sentence saying the policy is silent.
pub fn bullets_or(policy: &Policy, items: &[SourcedText], silent: &str) -> Html {
    if items.is_empty() {
        silence(silent)
    } else {
        bullets(policy, items)
    }
}

/// A sentence saying what the policy does not say.
pub fn silence(words: &str) -> Html {
    html! { <p class="eg-body eg-silent">{ words.to_string() }</p> }
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub policy: crate::shared_policy::SharedPolicy,
    /// Every source reference behind the content on the page.
    pub refs: Vec<SourceRef>,
}

/// "Where this comes from": the documents and sections behind the page.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let policy: &Policy = &props.policy;
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for source in &props.refs {
        let key = (source.document.as_str(), source.section.as_str());
        if !seen.contains(&key) {
            seen.push(key);
        }
    }
    if seen.is_empty() {
        return Html::default();
    }
    html! {
        <details class="eg-details eg-sources">
            <summary class="eg-details__summary">
                <span class="eg-details__summary-text">{ "Where this comes from" }</span>
            </summary>
            <div class="eg-details__text">
                <ul class="eg-list">
                    { for seen.iter().map(|(document, section)| html! {
                        <li>{ format!("{}: {section}", policy.document_name(document)) }</li>
                    }) }
                </ul>
            </div>
        </details>
    }
}

/// The source references of a list of statements.
pub fn refs<'a>(items: impl IntoIterator<Item = &'a SourcedText>) -> Vec<SourceRef> {
    items.into_iter().map(|item| item.source.clone()).collect()
}
