use escalation_core::timeline;
use yew::prelude::*;

use super::PageProps;
use crate::components::policy_text::Sources;
use crate::components::timeline_view::TimelineView;

pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let journey = &props.journey;
    let sources = policy
        .stages
        .iter()
        .flat_map(|stage| stage.timescales.iter().map(|t| t.source.clone()))
        .collect::<Vec<_>>();
    let body = match journey.answers().start_date {
        Some(start) => {
            let result = timeline(policy, start, &props.calendar);
            html! {
                <>
                    if result.deadlines.is_empty() {
                        <p class="eg-body">{ "This policy sets no timescales in working days, so there are no dates to show. Resolve the disagreement as quickly as the child’s safety requires." }</p>
                    } else {
                        <TimelineView {start} deadlines={result.deadlines.clone()} today={props.today}
                            resolved={journey.resolved_at().is_some()} />
                    }
                    if !result.notes.is_empty() {
                        <h2 class="eg-heading-m">{ "Stages without a timescale" }</h2>
                        <ul class="eg-list eg-list--bullet">
                            { for result.notes.iter().map(|note| html! { <li>{ note.clone() }</li> }) }
                        </ul>
                    }
                </>
            }
        }
        None => html! {
            <>
                <p class="eg-body">
                    { "When you tell the guide the date the difference of opinion started, this page shows each deadline as a date. The policy’s timescales are:" }
                </p>
                <ul class="eg-list eg-list--bullet">
                    { for policy.stages.iter().map(|stage| html! {
                        <li>{ format!("Stage {}: {}", stage.number, crate::components::flowchart::timescale_summary(stage).to_lowercase()) }</li>
                    }) }
                </ul>
            </>
        },
    };
    html! {
        <>
            <h1 class="eg-heading-l" tabindex="-1">{ "Your timeline" }</h1>
            { body }
            <p class="eg-body eg-hint">
                { format!("Working days leave out weekends and bank holidays in {}.", policy.division.name()) }
            </p>
            <Sources policy={props.policy} refs={sources} />
        </>
    }
}
