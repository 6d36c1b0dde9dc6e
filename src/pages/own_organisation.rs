use escalation_core::Action;
use escalation_core::policy::RouteKind;
use yew::prelude::*;

use super::PageProps;
use crate::components::button::ActionLink;
use crate::components::policy_text::{Sources, bullets, refs};

pub fn page(props: &PageProps) -> Html {
    let routes = &props.policy.scope.other_routes;
    let has_own_route = routes
        .iter()
        .any(|route| route.kind == RouteKind::OwnOrganisation);
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Use your own organisation’s procedures" }</h1>
            <p class="eg-body">
                { "This policy is for disagreements between agencies. A disagreement with someone in \
                   your own organisation follows a different route." }
            </p>
            if !has_own_route {
                <p class="eg-body eg-silent">
                    { "This policy does not describe a route for disagreements inside your own \
                       organisation. Ask your Designated Safeguarding Lead or manager about your \
                       organisation’s own procedures." }
                </p>
            }
            { for routes.iter().map(|route| html! {
                <>
                    <h2 class="eg-heading-m">{ route.title.clone() }</h2>
                    { bullets(&route.steps) }
                </>
            }) }
            <p class="eg-body">
                <ActionLink onclick={props.dispatch.reform(|()| Action::Back)}>
                    { "Go back and change your answer" }
                </ActionLink>
            </p>
            <Sources policy={props.policy} refs={refs(routes.iter().flat_map(|route| &route.steps))} />
        </>
    }
}
