//! Text inputs, textareas and the date input, each with its label, hint
//! and error message tied to it for screen readers.

use escalation_core::date_input::{DateError, DateField, DateFields};
use escalation_core::limits::AnswerLength;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::field_value::use_field_value;

fn input_value(event: &InputEvent) -> String {
    let target = event.target();
    if let Some(input) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>())
    {
        return input.value();
    }
    target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlTextAreaElement>())
        .map(|area| area.value())
        .unwrap_or_default()
}

fn described_by(parts: &[Option<String>]) -> Option<String> {
    let ids: Vec<&str> = parts.iter().flatten().map(String::as_str).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    /// A width class such as `eg-input--width-10`.
    #[prop_or_default]
    pub width: Option<&'static str>,
}

/// The message beside a field that is long, or too long to save. The text
/// is never cut: the limits are `escalation_core::limits`, the same rule
/// the save and the load apply.
fn length_message(id: &str, length: AnswerLength) -> (Option<String>, Html) {
    match length.message() {
        Some(message) => {
            let message_id = format!("{id}-length");
            let html = html! {
                <p class={if length.is_too_long() { "eg-error-message" } else { "eg-length-message" }} id={message_id.clone()}>
                    if length.is_too_long() {
                        <span class="eg-visually-hidden">{ "Error: " }</span>
                    }
                    { message }
                </p>
            };
            (Some(message_id), html)
        }
        None => (None, Html::default()),
    }
}

#[component]
pub fn TextInput(props: &TextInputProps) -> Html {
    let hint_id = props.hint.as_ref().map(|_| format!("{}-hint", props.id));
    let length = AnswerLength::of(&props.value);
    let (message_id, message) = length_message(&props.id, length);
    let field = use_field_value(props.value.clone(), props.oninput.clone());
    html! {
        <div class={classes!("eg-form-group", length.is_too_long().then_some("eg-form-group--error"))}>
            <label class="eg-label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <div class="eg-hint" id={hint_id.clone()}>{ hint.clone() }</div>
            }
            { message }
            <input class={classes!("eg-input", props.width, length.is_too_long().then_some("eg-input--error"))}
                id={props.id.clone()} name={props.id.clone()}
                type="text" spellcheck="true" ref={field.node} oninput={field.oninput}
                aria-describedby={described_by(&[hint_id, message_id])} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextareaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or(4)]
    pub rows: u32,
}

/// A textarea that says when its text is long, or too long to save, but
/// never cuts text off.
#[component]
pub fn Textarea(props: &TextareaProps) -> Html {
    let hint_id = props.hint.as_ref().map(|_| format!("{}-hint", props.id));
    let length = AnswerLength::of(&props.value);
    let too_long = length.is_too_long();
    let (message_id, message) = length_message(&props.id, length);
    let field = use_field_value(props.value.clone(), props.oninput.clone());
    html! {
        <div class={classes!("eg-form-group", too_long.then_some("eg-form-group--error"))}>
            <label class="eg-label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <div class="eg-hint" id={hint_id.clone()}>{ hint.clone() }</div>
            }
            { message }
            <textarea class={classes!("eg-textarea", too_long.then_some("eg-textarea--error"))}
                id={props.id.clone()} name={props.id.clone()} rows={props.rows.to_string()}
                spellcheck="true" ref={field.node} oninput={field.oninput}
                aria-describedby={described_by(&[hint_id, message_id])} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    pub id: AttrValue,
    /// The question, shown as the page heading.
    pub legend: AttrValue,
    pub hint: AttrValue,
    pub values: DateFields,
    pub error: Option<DateError>,
    pub onchange: Callback<(DateField, String)>,
}

/// Day, month and year in a fieldset (GOV.UK date input). The first field
/// in error gets the id `{id}`, so the error summary can link to it.
#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let first_bad = props
        .error
        .as_ref()
        .and_then(|error| error.fields.first().copied())
        .unwrap_or(DateField::Day);
    html! {
        <div class={classes!("eg-form-group", props.error.is_some().then_some("eg-form-group--error"))}>
            <fieldset class="eg-fieldset" role="group"
                aria-describedby={described_by(&[Some(hint_id.clone()), props.error.as_ref().map(|_| error_id.clone())])}>
                <legend class="eg-fieldset__legend">
                    <h1 class="eg-heading-l" tabindex="-1">{ props.legend.clone() }</h1>
                </legend>
                <div class="eg-hint" id={hint_id}>{ props.hint.clone() }</div>
                if let Some(error) = &props.error {
                    <p class="eg-error-message" id={error_id}>
                        <span class="eg-visually-hidden">{ "Error: " }</span>{ error.message.clone() }
                    </p>
                }
                <div class="eg-date-input">
                    { for DateField::ALL.into_iter().map(|field| {
                        let id = if field == first_bad { props.id.to_string() } else { format!("{}-{}", props.id, field.name()) };
                        let in_error = props.error.as_ref().is_some_and(|error| error.fields.contains(&field));
                        let label = match field { DateField::Day => "Day", DateField::Month => "Month", DateField::Year => "Year" };
                        let width = if field == DateField::Year { "eg-input--width-4" } else { "eg-input--width-2" };
                        let onchange = props.onchange.reform(move |event: InputEvent| (field, input_value(&event)));
                        html! {
                            <div class="eg-date-input__item">
                                <label class="eg-label eg-date-input__label" for={id.clone()}>{ label }</label>
                                <input class={classes!("eg-input", "eg-date-input__input", width, in_error.then_some("eg-input--error"))}
                                    id={id.clone()} name={format!("{}-{}", props.id, field.name())} type="text"
                                    inputmode="numeric" autocomplete="off" spellcheck="false"
                                    value={props.values.get(field).to_string()} oninput={onchange} />
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
