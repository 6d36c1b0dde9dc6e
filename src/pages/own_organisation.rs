use escalation_core::Action;
use escalation_core::policy::RouteKind;
use escalation_core::silent::Silence;
use yew::prelude::*;

use super::PageProps;
use crate::components::button::ActionLink;
use crate::components::markup::{page_heading, section_heading};
use crate::components::policy_text::{Sources, bullets, refs, silence};
use crate::components::routes::routes;

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let scope = &policy.scope;
    let has_own_route = scope
        .other_routes
        .iter()
        .any(|route| route.kind != RouteKind::JuniorStaff);
    html! {
        <>
            { page_heading("A disagreement inside your own organisation") }
            { section_heading("What this policy is for") }
            { bullets(policy, &scope.applies_when) }
            if !has_own_route {
                { silence(&policy.does_not_say(Silence::OwnOrganisation)) }
            }
            { routes(policy, &scope.other_routes) }
            <p class="eg-body">
                <ActionLink onclick={props.dispatch.reform(|()| Action::Back)}>
                    { "Go back and change your answer" }
                </ActionLink>
            </p>
            <Sources refs={refs(scope.applies_when.iter().chain(scope.other_routes.iter().flat_map(|route| &route.steps)))} />
        </>
    }
}
