use yew::prelude::*;

use crate::components::button::Button;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub on_start: Callback<()>,
}

#[component]
pub fn Start(props: &StartProps) -> Html {
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
            <p class="eg-body">
                { "Nothing you enter leaves this device unless you choose to print or save it." }
            </p>
            <Button start=true onclick={props.on_start.clone()}>{ "Start now" }</Button>
        </>
    }
}
