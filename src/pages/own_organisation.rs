use escalation_core::Action;
use escalation_core::policy::RouteKind;
use escalation_core::silent::Silence;
use yew::prelude::*;

use super::PageProps;
use crate::components::button::ActionLink;
use crate::components::policy_text::{Sources, bullets, refs, silence};
use crate::components::routes::routes;

pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let scope = &policy.scope;
    let has_own_route = scope
        .other_routes
        .iter()
        .any(|route| route.kind != RouteKind::JuniorStaff);
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "A disagreement inside your own organisation" }</h1>
            <h2 class="eg-heading-m">{ "What this policy is for" }</h2>
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
