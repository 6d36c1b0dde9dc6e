use escalation_core::{Action, WhoAnswer};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::radios::{RadioOption, position_of};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let options = WhoAnswer::ALL
        .into_iter()
        .map(|answer| RadioOption::new(answer.label()))
        .collect::<Vec<_>>();
    html! {
        <ChoiceQuestion id="who-disagree" legend="Who do you disagree with?"
            hint={html! { "For example, a social worker, health visitor, teacher or police officer." }}
            {options} answer={position_of(&WhoAnswer::ALL, props.journey.answers().who.as_ref())}
            on_answer={props.dispatch.reform(|index| Action::AnswerWho(WhoAnswer::ALL[index]))}
            nothing_chosen="Select who you disagree with" />
    }
}
