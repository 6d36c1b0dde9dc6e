use escalation_core::{Action, DangerAnswer};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::radios::{RadioOption, position_of};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let options = DangerAnswer::ALL
        .into_iter()
        .map(|answer| RadioOption::new(answer.label()))
        .collect::<Vec<_>>();
    html! {
        <ChoiceQuestion id="immediate-danger" legend="Is a child at risk of immediate harm?"
            {options} answer={position_of(&DangerAnswer::ALL, props.journey.answers().immediate_danger.as_ref())}
            on_answer={props.dispatch.reform(|index| Action::AnswerDanger(DangerAnswer::ALL[index]))}
            nothing_chosen="Select if a child is at risk of immediate harm" />
    }
}
