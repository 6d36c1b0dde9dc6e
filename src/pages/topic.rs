use escalation_core::{Action, Topic};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::policy_text::{Sources, refs, statement, voiced};
use crate::components::radios::{RadioOption, position_of};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let mut topics: Vec<Topic> = policy
        .areas
        .iter()
        .map(|area| Topic::Area(area.id.clone()))
        .collect();
    topics.push(Topic::SomethingElse);
    let mut options: Vec<RadioOption> = policy
        .areas
        .iter()
        .map(|area| RadioOption {
            label: Topic::Area(area.id.clone()).label(policy).into(),
            hint: (area.quote.is_some() || !area.examples.is_empty()).then(|| html! {
                <>
                    // A summarised area shows the words it summarises.
                    if area.quote.is_some() {
                        <span class="eg-statement">{ voiced(policy, &area.title, area.quote.as_deref(), &area.source) }</span>
                    }
                    if !area.examples.is_empty() {
                        <span>{ "For example:" }</span>
                    }
                    if !area.examples.is_empty() {
                        <ul class="eg-list eg-list--bullet eg-list--hint">
                            { for area.examples.iter().map(|example| html! { <li>{ statement(policy, example) }</li> }) }
                        </ul>
                    }
                </>
            }),
        })
        .collect();
    options.push(RadioOption::new("Something else"));
    // Examples borrowed from another document say so once, above them all.
    let borrowed = policy
        .areas
        .iter()
        .flat_map(|area| &area.examples)
        .filter_map(|example| policy.borrowed_from(&example.source))
        .map(|document| policy.document_name(&document.id));
    let borrowed = distinct(borrowed);
    // Areas in the policy's words say whose words they are.
    let worded = distinct(
        policy
            .areas
            .iter()
            .filter(|area| area.quote.is_none())
            .map(|area| {
                format!(
                    "{}, {}",
                    policy.document_name(&area.source.document),
                    area.source.section
                )
            }),
    );
    let areas_from = if worded.is_empty() {
        String::new()
    } else {
        format!(" The areas are in the words of {}.", worded.join("; "))
    };
    let hint = if borrowed.is_empty() {
        format!(
            "Disagreements most often arise in these areas. Choose the closest.{areas_from} This guide puts the examples under the areas."
        )
    } else {
        format!(
            "Disagreements most often arise in these areas. Choose the closest.{areas_from} The examples come from another document: {}. This guide puts them under the areas.",
            borrowed.join("; ")
        )
    };
    let mut sources = refs(policy.areas.iter().flat_map(|area| &area.examples));
    sources.extend(policy.areas.iter().map(|area| area.source.clone()));
    html! {
        <>
            <ChoiceQuestion id="topic" legend="What is the disagreement about?"
                hint={html! { hint }}
                {options} answer={position_of(&topics, props.journey.answers().topic.as_ref())}
                on_answer={props.dispatch.reform(move |index: usize| Action::AnswerTopic(topics[index].clone()))}
                nothing_chosen="Select what the disagreement is about" />
            <Sources refs={sources} />
        </>
    }
}

/// Each name once, in the order first given.
fn distinct(names: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen
}
