use escalation_core::Action;
use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::fields::Textarea;
use crate::components::markup::{page_heading, section_heading};
use crate::components::policy_text::{Sources, paragraphs, refs};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let check = &props.policy.self_check;
    let borrowed_from = check
        .questions
        .first()
        .and_then(|question| props.policy.source_document(&question.source.document))
        .filter(|document| document.used_for.is_some())
        .map(|document| {
            format!(
                "These questions come from {}. This policy’s own documents do not include any.",
                props.policy.document_name(&document.id)
            )
        });
    let reflections = &props.journey.answers().reflections;
    html! {
        <>
            { page_heading("Check your own view first") }
            if check.questions.is_empty() {
                <p class="eg-body eg-silent">{ props.policy.does_not_say(escalation_core::silent::Silence::SelfCheckQuestions) }</p>
            } else {
                <>
                    <p class="eg-body">
                        { "Challenging well starts with questioning your own view. What you write here \
                           is private: it is not in the printed or downloaded record." }
                    </p>
                    if !check.respectful_uncertainty.is_empty() {
                        { section_heading("Respectful uncertainty") }
                        { paragraphs(props.policy.0, &check.respectful_uncertainty) }
                    }
                    if let Some(note) = borrowed_from {
                        <p class="eg-body eg-hint">{ note }</p>
                    }
                    if !check.when.is_empty() {
                        { section_heading("When to ask them") }
                        { paragraphs(props.policy.0, &check.when) }
                    }
                    { section_heading("Devil’s advocate: ask yourself") }
                    if let Some(first) = check.questions.first() {
                        <p class="eg-body eg-hint">
                            { format!("Each question is in the words of {}.", props.policy.document_name(&first.source.document)) }
                        </p>
                    }
                    { for check.questions.iter().enumerate().map(|(index, question)| html! {
                        <Textarea id={format!("reflection-{}", index + 1)}
                            label={format!("{} (optional)", question.text)}
                            value={AttrValue::from(reflections.get(&index).cloned().unwrap_or_default().shared())}
                            oninput={props.dispatch.reform(move |text| Action::Reflect(index, text))}
                            rows={3} />
                    }) }
                </>
            }
            { continue_button(&props.dispatch, "Continue") }
            <Sources refs={refs(check.when.iter().chain(&check.questions).chain(&check.respectful_uncertainty))} />
        </>
    }
}
