use escalation_core::{Action, PolicyShape, built_in_policies};
use yew::prelude::*;

use super::PageProps;
use crate::components::choice_question::ChoiceQuestion;
use crate::components::radios::RadioOption;

/// A built-in policy as a choice: its title, and its area, date and status
/// (this page's and the publisher page's).
pub fn policy_option(policy: &escalation_core::Policy) -> RadioOption {
    let (date_label, date) = policy.date_in_words();
    RadioOption {
        label: policy.title.clone().into(),
        hint: Some(
            html! { format!("{}. {date_label}: {date}. {}.", policy.area, policy.status_in_words()) },
        ),
    }
}

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let options = built_in_policies()
        .iter()
        .map(policy_option)
        .collect::<Vec<_>>();
    let on_answer = props
        .dispatch
        .reform(|index: usize| Action::ChoosePolicy(PolicyShape::of(&built_in_policies()[index])));
    let answer = built_in_policies()
        .iter()
        .position(|policy| policy.id == props.policy.id);
    html! {
        <ChoiceQuestion id="policy" legend="Which policy do you want to follow?"
            hint={html! { "This guide cannot tell you which policy applies to you. If you are not sure, ask your Designated Safeguarding Lead or manager." }}
            {options} {answer} {on_answer}
            nothing_chosen="Select a policy" />
    }
}
