use yew::prelude::*;

use super::{PageProps, continue_button};
use crate::components::markup::{page_heading, section_heading};
use crate::components::policy_text::{Sources, bullets, refs};
use crate::components::routes::routes;

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let scope = &policy.scope;
    html! {
        <>
            { page_heading("Which route to use") }
            { section_heading("This policy is for") }
            { bullets(policy, &scope.applies_when) }
            { routes(policy, &scope.other_routes) }
            <p class="eg-body">
                { "If you are still not sure, this guide suggests you ask your Designated Safeguarding \
                   Lead or manager. You can continue with this policy meanwhile." }
            </p>
            { continue_button(&props.dispatch, "Continue with this policy") }
            <Sources refs={refs(scope.applies_when.iter().chain(scope.other_routes.iter().flat_map(|r| &r.steps)))} />
        </>
    }
}
