use escalation_core::{Action, WhoAnswer};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::radios::RadioOption;

pub fn page(props: &PageProps) -> Html {
    let options = WhoAnswer::ALL
        .into_iter()
        .map(|answer| RadioOption::new(answer, answer.label()))
        .collect::<Vec<_>>();
    html! {
        <ChoiceQuestion<WhoAnswer> id="who-disagree" legend="Who do you disagree with?"
            hint={html! { "For example, a social worker, health visitor, teacher or police officer." }}
            {options} answer={props.journey.answers().who}
            on_answer={props.dispatch.reform(Action::AnswerWho)}
            nothing_chosen="Select who you disagree with" />
    }
}
