use yew::prelude::*;

use crate::components::button::Button;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::shared_policy::SharedPolicy;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub policy: SharedPolicy,
    pub on_start: Callback<()>,
}

#[component]
pub fn Start(props: &StartProps) -> Html {
    let policy = &props.policy;
    let issued = policy
        .issued_in_words()
        .unwrap_or_else(|| "The policy does not give a date".to_string());
    let rows = vec![
        SummaryRow::new("Policy", policy.title.clone()),
        SummaryRow::new("Area", policy.area.clone()),
        SummaryRow::new("Issued", issued),
        SummaryRow::new("Status", policy.status_in_words()),
    ];
    html! {
        <>
            <h1 class="eg-heading-xl" tabindex="-1">
                { "Resolve a professional disagreement about a child’s safety" }
            </h1>
            <p class="eg-body-l">
                { "Use this guide if you work with children and disagree with a decision another \
                   agency has made about a child. It tells you what to do, who to talk to, by when, \
                   and what to write down." }
            </p>
            <h2 class="eg-heading-m">{ "The policy this guide follows" }</h2>
            <SummaryList {rows} />
            <p class="eg-body">{ "Check your own agency’s safeguarding procedures as well." }</p>
            <p class="eg-body">
                { "Nothing you enter leaves this device unless you choose to print or save it." }
            </p>
            <Button start=true onclick={props.on_start.clone()}>{ "Start now" }</Button>
        </>
    }
}
