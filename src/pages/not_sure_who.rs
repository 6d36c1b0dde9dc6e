use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::policy_text::{Sources, bullets, refs};

pub fn page(props: &PageProps) -> Html {
    let scope = &props.policy.scope;
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Which route to use" }</h1>
            <h2 class="eg-heading-m">{ "This policy is for" }</h2>
            { bullets(&scope.applies_when) }
            { for scope.other_routes.iter().map(|route| html! {
                <>
                    <h2 class="eg-heading-m">{ route.title.clone() }</h2>
                    { bullets(&route.steps) }
                </>
            }) }
            <p class="eg-body">
                { "If you are still not sure, ask your Designated Safeguarding Lead or manager. \
                   You can continue with this policy meanwhile." }
            </p>
            { continue_button(&props.dispatch, "Continue with this policy") }
            <Sources policy={props.policy}
                refs={refs(scope.applies_when.iter().chain(scope.other_routes.iter().flat_map(|r| &r.steps)))} />
        </>
    }
}
