use escalation_core::{Action, PolicyShape, built_in_policies, built_in_policy};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::radios::RadioOption;

pub fn page(props: &PageProps) -> Html {
    let options = built_in_policies()
        .iter()
        .map(|policy| {
            let (date_label, date) = policy.date_in_words();
            RadioOption {
                value: policy.id.to_string(),
                label: policy.title.clone().into(),
                hint: Some(html! { format!("{}. {date_label}: {date}. {}.", policy.area, policy.status_in_words()) }),
            }
        })
        .collect::<Vec<_>>();
    let on_answer = props.dispatch.reform(|id: String| {
        let policy = built_in_policy(&id).expect("only built-in policies are offered");
        Action::ChoosePolicy(PolicyShape::of(policy))
    });
    html! {
        <ChoiceQuestion<String> id="policy" legend="Which policy do you want to follow?"
            hint={html! { "This guide cannot tell you which policy applies to you. If you are not sure, ask your Designated Safeguarding Lead or manager." }}
            {options} answer={Some(props.policy.id.to_string())} {on_answer}
            nothing_chosen="Select a policy" />
    }
}
