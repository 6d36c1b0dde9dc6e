use crate::components::markup::{page_heading, section_heading};
use yew::prelude::*;

/// One choice in a set of radios. Choices are told apart by their place in
/// the list, so one component serves every kind of answer.
#[derive(Clone, PartialEq)]
pub struct RadioOption {
    pub label: AttrValue,
    /// Help text under the label.
    pub hint: Option<Html>,
}

impl RadioOption {
    pub fn new(label: impl Into<AttrValue>) -> Self {
        RadioOption {
            label: label.into(),
            hint: None,
        }
    }
}

/// Where `answer` is in `values`: the radio to show as chosen.
pub fn position_of<T: PartialEq>(values: &[T], answer: Option<&T>) -> Option<usize> {
    answer.and_then(|answer| values.iter().position(|value| value == answer))
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// The id prefix; the first radio's id is `{id}` so an error can link to it.
    pub id: AttrValue,
    /// The question, shown as the page's heading.
    pub legend: AttrValue,
    /// Help for the whole question.
    #[prop_or_default]
    pub hint: Option<Html>,
    pub options: Vec<RadioOption>,
    /// The place of the chosen option in `options`.
    pub selected: Option<usize>,
    pub onchange: Callback<usize>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The question is the page's heading (h1); otherwise a section heading (h2).
    #[prop_or(true)]
    pub page_heading: bool,
}

/// A question with radios, its legend as the page heading (GOV.UK question page).
#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        props.error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let group_class = classes!(
        "eg-form-group",
        props.error.is_some().then_some("eg-form-group--error")
    );
    html! {
        <div class={group_class}>
            <fieldset class="eg-fieldset"
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
                <legend class="eg-fieldset__legend">
                    if props.page_heading {
                        { page_heading(props.legend.clone()) }
                    } else {
                        { section_heading(props.legend.clone()) }
                    }
                </legend>
                if let Some(hint) = &props.hint {
                    <div class="eg-hint" id={hint_id}>{ hint.clone() }</div>
                }
                if let Some(error) = &props.error {
                    <p class="eg-error-message" id={error_id.clone()}>
                        <span class="eg-visually-hidden">{ "Error: " }</span>{ error.clone() }
                    </p>
                }
                <div class="eg-radios">
                    { for props.options.iter().enumerate().map(|(index, option)| {
                        let id = if index == 0 { props.id.to_string() } else { format!("{}-{}", props.id, index + 1) };
                        let item_hint_id = format!("{id}-item-hint");
                        let onchange = props.onchange.reform(move |_: Event| index);
                        let checked = props.selected == Some(index);
                        html! {
                            <div class="eg-radios__item">
                                <input class="eg-radios__input" type="radio" id={id.clone()}
                                    name={props.id.clone()} {checked} {onchange}
                                    aria-describedby={option.hint.as_ref().map(|_| item_hint_id.clone())} />
                                <label class="eg-radios__label" for={id}>{ option.label.clone() }</label>
                                if let Some(hint) = &option.hint {
                                    <div class="eg-radios__hint eg-hint" id={item_hint_id}>{ hint.clone() }</div>
                                }
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
