//! Text inputs, textareas and the date input, each with its label, hint
//! and error message tied to it for screen readers.

use escalation_core::date_input::{DateError, DateField, DateFields};
use escalation_core::limits::AnswerLength;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::markup::page_heading;
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
    /// What is wrong with the value, shown as the field's error message.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// The GOV.UK form group every text field shares: the label, the hint, the
/// message about the text's length (a reminder, or an error when it is too
/// long to save: the limits are `escalation_core::limits`, the same rule
/// the save and the load apply; the text is never cut), and the control,
/// described by the hint and the message. An `error` the caller gives is
/// shown instead of the length message.
fn form_group(
    id: &AttrValue,
    label: &AttrValue,
    hint: Option<&AttrValue>,
    length: AnswerLength,
    error: Option<&AttrValue>,
    control: impl FnOnce(Option<String>, bool) -> Html,
) -> Html {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let (message, too_long) = match error {
        Some(error) => (Some(error.to_string()), true),
        None => (length.message(), length.is_too_long()),
    };
    let message_id = message.as_ref().map(|_| format!("{id}-length"));
    html! {
        <div class={classes!("eg-form-group", too_long.then_some("eg-form-group--error"))}>
            <label class="eg-label" for={id.clone()}>{ label.clone() }</label>
            if let Some(hint) = hint {
                <div class="eg-hint" id={hint_id.clone()}>{ hint.clone() }</div>
            }
            if let Some(message) = message {
                <p class={if too_long { "eg-error-message" } else { "eg-length-message" }} id={message_id.clone()}>
                    if too_long {
                        <span class="eg-visually-hidden">{ "Error: " }</span>
                    }
                    { message }
                </p>
            }
            { control(described_by(&[hint_id, message_id]), too_long) }
        </div>
    }
}

#[component]
pub fn TextInput(props: &TextInputProps) -> Html {
    let field = use_field_value(props.value.clone(), props.oninput.clone());
    let length = AnswerLength::of(&props.value);
    form_group(
        &props.id,
        &props.label,
        props.hint.as_ref(),
        length,
        props.error.as_ref(),
        |described_by, in_error| {
            html! {
                <input class={classes!("eg-input", props.width, in_error.then_some("eg-input--error"))}
                    id={props.id.clone()} name={props.id.clone()}
                    type="text" spellcheck="true" ref={field.node} oninput={field.oninput}
                    aria-describedby={described_by} />
            }
        },
    )
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
    /// What is wrong with the value, shown as the field's error message.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn Textarea(props: &TextareaProps) -> Html {
    let field = use_field_value(props.value.clone(), props.oninput.clone());
    let length = AnswerLength::of(&props.value);
    form_group(
        &props.id,
        &props.label,
        props.hint.as_ref(),
        length,
        props.error.as_ref(),
        |described_by, in_error| {
            html! {
                <textarea class={classes!("eg-textarea", in_error.then_some("eg-textarea--error"))}
                    id={props.id.clone()} name={props.id.clone()} rows={props.rows.to_string()}
                    spellcheck="true" ref={field.node} oninput={field.oninput}
                    aria-describedby={described_by} />
            }
        },
    )
}

/// The id of one field of a date input.
pub fn date_field_id(id: &str, field: DateField) -> String {
    format!("{id}-{}", field.name())
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
    /// Whether the question is the page's heading (a question page), or a
    /// question among others on the page.
    #[prop_or(true)]
    pub page_heading: bool,
}

/// Day, month and year in a fieldset (GOV.UK date input), always with the
/// ids `{id}-day`, `{id}-month` and `{id}-year`; the error summary links to
/// the first field in error ([`date_field_id`]).
#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("eg-form-group", props.error.is_some().then_some("eg-form-group--error"))}>
            <fieldset class="eg-fieldset" role="group"
                aria-describedby={described_by(&[Some(hint_id.clone()), props.error.as_ref().map(|_| error_id.clone())])}>
                if props.page_heading {
                    <legend class="eg-fieldset__legend">
                        { page_heading(props.legend.clone()) }
                    </legend>
                } else {
                    <legend class="eg-fieldset__legend eg-fieldset__legend--s">{ props.legend.clone() }</legend>
                }
                <div class="eg-hint" id={hint_id}>{ props.hint.clone() }</div>
                if let Some(error) = &props.error {
                    <p class="eg-error-message" id={error_id}>
                        <span class="eg-visually-hidden">{ "Error: " }</span>{ error.message.clone() }
                    </p>
                }
                <div class="eg-date-input">
                    { for DateField::ALL.into_iter().map(|field| {
                        let id = date_field_id(&props.id, field);
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
