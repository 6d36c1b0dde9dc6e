use escalation_core::DangerAnswer;
use yew::prelude::*;

use crate::components::button::Button;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::radios::{RadioOption, Radios};

const FIELD_ID: &str = "immediate-danger";
const NOTHING_CHOSEN: &str = "Select if a child is at risk of immediate harm";

#[derive(Properties, PartialEq)]
pub struct ImmediateDangerProps {
    /// The answer given before, when the user comes back to change it.
    pub answer: Option<DangerAnswer>,
    pub on_answer: Callback<DangerAnswer>,
}

fn label(answer: DangerAnswer) -> &'static str {
    match answer {
        DangerAnswer::Yes => "Yes",
        DangerAnswer::No => "No",
        DangerAnswer::NotSure => "Not sure",
    }
}

#[component]
pub fn ImmediateDanger(props: &ImmediateDangerProps) -> Html {
    let selected = use_state(|| props.answer);
    let error = use_state(|| false);

    let onchange = {
        let selected = selected.clone();
        Callback::from(move |answer| selected.set(Some(answer)))
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
    let options = DangerAnswer::ALL
        .into_iter()
        .map(|value| RadioOption {
            value,
            label: label(value).into(),
        })
        .collect::<Vec<_>>();
    let errors = if *error {
        vec![FieldError {
            field_id: FIELD_ID.into(),
            message: NOTHING_CHOSEN.into(),
        }]
    } else {
        Vec::new()
    };

    html! {
        <>
            <ErrorSummary {errors} />
            <Radios<DangerAnswer> id={FIELD_ID} legend="Is a child at risk of immediate harm?"
                {options} selected={*selected} {onchange}
                error={error.then_some(AttrValue::from(NOTHING_CHOSEN))} />
            <Button onclick={on_continue}>{ "Continue" }</Button>
        </>
    }
}
