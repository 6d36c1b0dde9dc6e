//! A question answered by choosing one radio, then "Continue": the pattern
//! of every single-choice page. The choice is held here until Continue, so
//! nothing is answered by a stray click; with nothing chosen, Continue
//! explains what to do.

use yew::prelude::*;

use crate::components::button::Button;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::radios::{RadioOption, Radios};

#[derive(Properties, PartialEq)]
pub struct ChoiceQuestionProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<Html>,
    pub options: Vec<RadioOption>,
    /// The place in `options` of the answer given before, when the user
    /// comes back to change it.
    pub answer: Option<usize>,
    /// Told the place in `options` of the answer chosen.
    pub on_answer: Callback<usize>,
    /// The error when Continue is pressed with nothing chosen.
    pub nothing_chosen: AttrValue,
    #[prop_or(true)]
    pub page_heading: bool,
}

#[component]
pub fn ChoiceQuestion(props: &ChoiceQuestionProps) -> Html {
    let selected = use_state(|| props.answer);
    let error = use_state(|| false);

    let onchange = {
        let selected = selected.clone();
        let error = error.clone();
        Callback::from(move |answer: usize| {
            selected.set(Some(answer));
            error.set(false);
        })
    };
    let on_continue = {
        let selected = selected.clone();
        let error = error.clone();
        let on_answer = props.on_answer.clone();
        Callback::from(move |()| match *selected {
            Some(answer) => on_answer.emit(answer),
            None => error.set(true),
        })
    };
    let errors = if *error {
        vec![FieldError {
            field_id: props.id.clone(),
            message: props.nothing_chosen.clone(),
        }]
    } else {
        Vec::new()
    };
    html! {
        <>
            <ErrorSummary {errors} />
            <Radios id={props.id.clone()} legend={props.legend.clone()} hint={props.hint.clone()}
                options={props.options.clone()} selected={*selected} {onchange}
                error={error.then(|| props.nothing_chosen.clone())} page_heading={props.page_heading} />
            <Button onclick={on_continue}>{ "Continue" }</Button>
        </>
    }
}
