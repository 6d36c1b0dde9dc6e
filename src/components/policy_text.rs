//! Policy content on screen: each statement as the policy file gives it,
//! and where it comes from. A statement borrowed from another document says
//! so on its face, not only under "Where this comes from".

use escalation_core::Policy;
use escalation_core::policy::{SourceRef, SourcedText, Voice};
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

/// One statement in its voice, wherever a statement appears: the policy's
/// words as a quotation with its source; or this guide's summary, labelled,
/// with the policy's words behind it one tap away (open when printed).
pub fn voiced(policy: &Policy, text: &str, quote: Option<&str>, source: &SourceRef) -> Html {
    guide_words(
        Voice::SUMMARY_LABEL,
        text,
        quote,
        source_line(policy, source),
    )
}

/// "Source: section 1.2": for a statement under a heading that already
/// names its document.
fn section_line(source: &SourceRef) -> Html {
    html! { <span class="eg-source">{ format!("Source: {}", source.section) }</span> }
}

/// This guide's note of what a policy leaves out, with the passage it is
/// about behind it where there is one.
pub fn gap_note(policy: &Policy, gap: &escalation_core::policy::Gap) -> Html {
    note(
        policy,
        &gap.text,
        gap.quote.as_deref().map(|quote| (quote, &gap.source)),
    )
}

/// One of this guide's notes, labelled, with the policy's words it is about
/// (and their source) behind it where there are some.
pub fn note(policy: &Policy, text: &str, words: Option<(&str, &SourceRef)>) -> Html {
    match words {
        Some((quote, source)) => guide_words(
            Voice::NOTE_LABEL,
            text,
            Some(quote),
            source_line(policy, source),
        ),
        None => html! {
            <>
                <span class="eg-guide-label">{ format!("{}: ", Voice::NOTE_LABEL) }</span>
                <span class="eg-guide-voice">{ text.to_string() }</span>
            </>
        },
    }
}

fn guide_words(label: &str, text: &str, quote: Option<&str>, source: Html) -> Html {
    match quote {
        None => html! {
            <>
                <q class="eg-quote-text eg-policy-voice">{ text.to_string() }</q>
                { source }
            </>
        },
        Some(quote) => html! {
            <>
                <span class="eg-guide-label">{ format!("{label}: ") }</span>
                <span class="eg-guide-voice">{ text.to_string() }</span>
                <details class="eg-details eg-policy-words">
                    <summary class="eg-details__summary">
                        <span class="eg-details__summary-text">{ Voice::WORDS_LABEL }</span>
                    </summary>
                    <div class="eg-details__text">
                        <q class="eg-quote-text eg-policy-voice">{ quote.to_string() }</q>
                        { source.clone() }
                    </div>
                </details>
                // On paper a details element cannot be opened: the words are
                // printed instead (and hidden on screen, from everyone).
                <span class="eg-print-words">
                    { format!("{}: ", Voice::WORDS_LABEL) }
                    <q class="eg-quote-text eg-policy-voice">{ quote.to_string() }</q>
                    { source }
                </span>
            </>
        },
    }
}

/// A sourced statement in its voice.
pub fn statement(policy: &Policy, item: &SourcedText) -> Html {
    voiced(policy, &item.text, item.quote.as_deref(), &item.source)
}

/// A statement in a group: under the heading of the document a policy
/// replaced, its source is just the section.
fn grouped(policy: &Policy, heading: &Option<String>, item: &SourcedText) -> Html {
    if heading.is_some() {
        guide_words(
            Voice::SUMMARY_LABEL,
            &item.text,
            item.quote.as_deref(),
            section_line(&item.source),
        )
    } else {
        statement(policy, item)
    }
}

/// The heading over statements taken from the document a policy replaced.
fn group_heading(heading: &Option<String>) -> Html {
    match heading {
        Some(heading) => {
            html! { <p class="eg-body eg-bold eg-replaced-heading">{ heading.clone() }</p> }
        }
        None => Html::default(),
    }
}

/// Statements as paragraphs, the policy's own first.
pub fn paragraphs(policy: &Policy, items: &[SourcedText]) -> Html {
    html! {
        { for policy.own_first(items).into_iter().map(|(heading, items)| html! {
            <>
                { group_heading(&heading) }
                { for items.into_iter().map(|item| html! {
                    <p class="eg-body eg-statement">{ grouped(policy, &heading, item) }</p>
                }) }
            </>
        }) }
    }
}

/// Statements as a bulleted list, the policy's own first.
pub fn bullets(policy: &Policy, items: &[SourcedText]) -> Html {
    html! {
        { for policy.own_first(items).into_iter().map(|(heading, items)| html! {
            <>
                { group_heading(&heading) }
                <ul class="eg-list eg-list--bullet">
                    { for items.into_iter().map(|item| html! {
                        <li class="eg-statement">{ grouped(policy, &heading, item) }</li>
                    }) }
                </ul>
            </>
        }) }
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
    /// Every source reference behind the content on the page.
    pub refs: Vec<SourceRef>,
}

/// "Where this comes from": the documents and sections behind the page.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let guide = crate::hooks::guide::use_guide();
    let policy: &Policy = &guide.policy;
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
