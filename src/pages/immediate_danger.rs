use escalation_core::{Action, DangerAnswer};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::radios::RadioOption;

pub fn page(props: &PageProps) -> Html {
    let options = DangerAnswer::ALL
        .into_iter()
        .map(|answer| RadioOption::new(answer, answer.label()))
        .collect::<Vec<_>>();
    html! {
        <ChoiceQuestion<DangerAnswer> id="immediate-danger" legend="Is a child at risk of immediate harm?"
            {options} answer={props.journey.answers().immediate_danger}
            on_answer={props.dispatch.reform(Action::AnswerDanger)}
            nothing_chosen="Select if a child is at risk of immediate harm" />
    }
}
