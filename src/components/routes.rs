//! The routes a policy gives besides its stages (your own organisation's
//! procedures, a junior member of staff who disagrees with their manager),
//! each under its title. A route taken from another document says so first.

use escalation_core::Policy;
use escalation_core::policy::OtherRoute;
use yew::prelude::*;

use super::policy_text::bullets;
use crate::components::markup::section_heading;

/// Under every route's heading: the heading is this guide's.
const ROUTE_HEADING_NOTE: &str =
    "This heading is this guide’s. What follows under it is the policy’s.";

pub fn routes<'a>(policy: &Policy, routes: impl IntoIterator<Item = &'a OtherRoute>) -> Html {
    html! {
        { for routes.into_iter().map(|route| {
            let borrowed = route
                .steps
                .iter()
                .all(|step| policy.borrowed_from(&step.source).is_some());
            html! {
                <>
                    { section_heading(route.title.clone()) }
                    <p class="eg-body eg-hint">{ ROUTE_HEADING_NOTE }</p>
                    if borrowed {
                        <p class="eg-body eg-hint">
                            { "This route is not in this policy’s own documents. It comes from another policy, and may help:" }
                        </p>
                    }
                    { bullets(policy, &route.steps) }
                </>
            }
        }) }
    }
}
