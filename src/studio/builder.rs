//! The policy beside its document: the passage selected and what to use it
//! as, the fields typed rather than selected, and what the policy holds so
//! far.

use std::rc::Rc;

use escalation_core::calendar::Division;
use escalation_core::policy::Status;
use escalation_core::studio::{Draft, Edit, Field, Slot};
use escalation_core::{Problem, sentence};
use yew::prelude::*;

use super::items::Items;
use super::selected::Selected;
use crate::components::fields::TextInput;

#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    pub draft: Rc<Draft>,
    pub selected: Option<Selected>,
    pub problems: Rc<Vec<Problem>>,
    pub onedit: Callback<Edit>,
    pub onselect: Callback<Option<Selected>>,
    pub onrefused: Callback<String>,
}

#[component]
pub fn Builder(props: &BuilderProps) -> Html {
    let draft = &props.draft;
    // Nothing chosen until the author chooses: a choice that is no longer
    // on offer (a meaning given, a stage removed) is not quietly another.
    let slot = use_state(String::new);
    let slots = Slot::available(&draft.policy);
    let chosen = Slot::parse(&slot, &draft.policy);
    let passage = use_memo(
        (draft.clone(), props.selected.clone()),
        |(draft, selected)| {
            let selected = selected.as_ref()?;
            let (quote, label) = draft
                .document(&selected.document)?
                .statement_from(selected.range.clone());
            (!quote.is_empty()).then_some((quote, label))
        },
    );
    let field_error = |path: &str| -> Option<AttrValue> {
        props
            .problems
            .iter()
            .find(|problem| problem.path == path)
            .map(|problem| AttrValue::from(sentence(&problem.message)))
    };
    let set = |field: Field| {
        let onedit = props.onedit.clone();
        Callback::from(move |text: String| onedit.emit(Edit::Set(field, text)))
    };
    let on_use = {
        let onedit = props.onedit.clone();
        let onrefused = props.onrefused.clone();
        let selected = props.selected.clone();
        Callback::from(move |_: MouseEvent| match (&selected, chosen) {
            (None, _) => onrefused.emit(
                "Select some words of the document first: find them, or select them in the text."
                    .into(),
            ),
            (Some(_), None) => onrefused
                .emit("Choose what the passage is, under \u{201c}Use it as\u{201d}.".into()),
            (Some(selected), Some(slot)) => onedit.emit(Edit::Use {
                document: selected.document.clone(),
                selection: selected.range.clone(),
                slot,
            }),
        })
    };
    let policy = &draft.policy;
    html! {
        <section class="eg-studio-policy" aria-labelledby="policy-heading">
            <h2 class="eg-heading-m" id="policy-heading">{ "Your policy" }</h2>
            <div class="eg-studio-use">
                <h3 class="eg-heading-s">{ "Use a passage" }</h3>
                if let Some((quote, label)) = passage.as_ref() {
                    <p class="eg-body-s">{ format!("Selected, in {label}:") }</p>
                    <blockquote class="eg-studio-quote" id="selected-passage">{ quote.clone() }</blockquote>
                } else {
                    <p class="eg-body-s" id="selected-passage">{ "Nothing selected yet. Select words in the document, or find them, to use them here." }</p>
                }
                <div class="eg-form-group">
                    <label class="eg-label" for="use-as">{ "Use it as" }</label>
                    <select class="eg-select" id="use-as" onchange={{ let slot = slot.clone(); move |event: Event| {
                        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                        slot.set(select.value());
                    } }}>
                        <option value="" selected={chosen.is_none()}>{ "Choose what the passage is" }</option>
                        { for slots.iter().map(|option| {
                            let value = option.value();
                            html! { <option selected={Some(*option) == chosen} value={value}>{ option.label(policy) }</option> }
                        }) }
                    </select>
                </div>
                <button type="button" class="eg-button" onclick={on_use}>{ "Add to the policy" }</button>
            </div>

            <h3 class="eg-heading-s">{ "About the policy" }</h3>
            <IdInput key={policy.id.to_string()} id_now={AttrValue::from(policy.id.to_string())} onedit={props.onedit.clone()} />
            <TextInput id="policy-title" label="The policy's title" hint="As the document gives it: select it and use it as the title, or type it."
                value={AttrValue::from(policy.title.clone())} oninput={set(Field::Title)} error={field_error("title")} />
            <TextInput id="policy-area" label="The area it covers" hint="For example, Berkshire, or the name of your pre-school."
                value={AttrValue::from(policy.area.clone())} oninput={set(Field::Area)} error={field_error("area")} />
            <TextInput id="policy-issued" label="When it was issued (optional)" hint="As the document gives it: YYYY, YYYY-MM or YYYY-MM-DD, for example 2026-03. Leave it blank if the document gives no date."
                width="eg-input--width-10" value={AttrValue::from(policy.issued.clone().unwrap_or_default())}
                oninput={set(Field::Issued)} error={field_error("issued")} />
            { select_field("policy-status", "Is it in force?", &[("current", "Yes, it is the current policy"), ("not-stated", "The document does not say")],
                match policy.status { Status::Current => "current", _ => "not-stated" }, set(Field::Status)) }
            { select_field("policy-division", "Whose bank holidays count as non-working days",
                &Division::ALL.map(|d| (d.id(), d.name())), policy.division.id(), set(Field::Division)) }
            <TextInput id="source-title" label="The document's title" hint="How the document names itself, for the guide's list of sources."
                value={AttrValue::from(policy.sources.first().map(|s| s.title.clone()).unwrap_or_default())}
                oninput={set(Field::SourceTitle)} error={field_error("sources[0].title")} />
            <TextInput id="source-publisher" label="Who publishes it (optional)"
                value={AttrValue::from(policy.sources.first().and_then(|s| s.publisher.clone()).unwrap_or_default())}
                oninput={set(Field::SourcePublisher)} />

            <h3 class="eg-heading-s">{ "What the policy says so far" }</h3>
            <Items draft={draft.clone()} problems={props.problems.clone()} onedit={props.onedit.clone()} onselect={props.onselect.clone()} />
        </section>
    }
}

fn select_field(
    id: &'static str,
    label: &'static str,
    options: &[(&'static str, &'static str)],
    chosen: &str,
    onchange: Callback<String>,
) -> Html {
    html! {
        <div class="eg-form-group">
            <label class="eg-label" for={id}>{ label }</label>
            <select class="eg-select" {id} onchange={onchange.reform(|event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                select.value()
            })}>
                { for options.iter().map(|(value, text)| html! {
                    <option value={*value} selected={*value == chosen}>{ *text }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct IdInputProps {
    id_now: AttrValue,
    onedit: Callback<Edit>,
}

/// The policy's id, changed when the author leaves the field: a half-typed
/// id is not yet an id. One that is not an id says why, and the old stays.
#[component]
fn IdInput(props: &IdInputProps) -> Html {
    let typed = use_state(|| props.id_now.to_string());
    let error = {
        let typed = (*typed).clone();
        escalation_core::policy::PolicyId::check(typed.trim())
            .err()
            .map(|e| sentence(&e.to_string()))
    };
    let onchange = {
        let onedit = props.onedit.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            onedit.emit(Edit::Set(Field::Id, input.value()));
        })
    };
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            typed.set(input.value());
        })
    };
    html! {
        <div class={classes!("eg-form-group", error.is_some().then_some("eg-form-group--error"))}>
            <label class="eg-label" for="policy-id">{ "The policy file's name (its id)" }</label>
            <div class="eg-hint" id="policy-id-hint">{ "Lower-case letters, digits and hyphens, for example our-area-escalation-2026. The file and its document are named after it." }</div>
            if let Some(error) = &error {
                <p class="eg-error-message" id="policy-id-error"><span class="eg-visually-hidden">{ "Error: " }</span>{ error.clone() }</p>
            }
            <input class={classes!("eg-input", "eg-input--width-20", error.is_some().then_some("eg-input--error"))}
                type="text" id="policy-id" spellcheck="false" value={(*typed).clone()}
                aria-describedby={if error.is_some() { "policy-id-hint policy-id-error" } else { "policy-id-hint" }}
                {oninput} {onchange} />
        </div>
    }
}
