use escalation_core::{Action, PolicyShape, built_in_policies, built_in_policy};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::radios::RadioOption;

pub fn page(props: &PageProps) -> Html {
    let options = built_in_policies()
        .iter()
        .map(|policy| {
            let issued = policy
                .issued_in_words()
                .unwrap_or_else(|| "no date given".to_string());
            RadioOption {
                value: policy.id.clone(),
                label: policy.title.clone().into(),
                hint: Some(html! { format!("{}. Issued: {issued}. {}.", policy.area, policy.status_in_words()) }),
            }
        })
        .collect::<Vec<_>>();
    let on_answer = props.dispatch.reform(|id: String| {
        let policy = built_in_policy(&id).expect("only built-in policies are offered");
        Action::ChoosePolicy(PolicyShape::of(policy))
    });
    html! {
        <ChoiceQuestion<String> id="policy" legend="Which policy do you want to follow?"
            hint={html! { "Use the policy of the area where the child lives, or the one your organisation follows." }}
            {options} answer={Some(props.policy.id.clone())} {on_answer}
            nothing_chosen="Select a policy" />
    }
}
