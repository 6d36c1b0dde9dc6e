//! Policy content on screen: each statement as the policy file gives it,
//! and where it comes from.

use escalation_core::Policy;
use escalation_core::policy::{SourceRef, SourcedText};
use yew::prelude::*;

/// Statements as paragraphs.
pub fn paragraphs(items: &[SourcedText]) -> Html {
    html! {
        { for items.iter().map(|item| html! { <p class="eg-body">{ item.text.clone() }</p> }) }
    }
}

/// Statements as a bulleted list.
pub fn bullets(items: &[SourcedText]) -> Html {
    html! {
        <ul class="eg-list eg-list--bullet">
            { for items.iter().map(|item| html! { <li>{ item.text.clone() }</li> }) }
        </ul>
    }
}

/// Statements as a list, or a sentence saying the policy is silent.
pub fn bullets_or(items: &[SourcedText], silent: &str) -> Html {
    if items.is_empty() {
        html! { <p class="eg-body eg-silent">{ silent.to_string() }</p> }
    } else {
        bullets(items)
    }
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
                    { for seen.iter().map(|(document, section)| {
                        let name = policy.source_document(document).map_or_else(
                            || (*document).to_string(),
                            |doc| match &doc.date {
                                Some(date) => format!("{} ({}, {date})", doc.title, doc.publisher),
                                None => format!("{} ({})", doc.title, doc.publisher),
                            },
                        );
                        html! { <li>{ format!("{name}: {section}") }</li> }
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
