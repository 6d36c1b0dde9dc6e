use escalation_core::timeline::TimelineNote;
use escalation_core::{Action, Page, timeline};
use yew::prelude::*;

use super::PageProps;
use crate::components::button::ActionLink;
use crate::components::markup::{body, page_heading, section_heading};
use crate::components::policy_text::Sources;
use crate::components::timeline_view::{TimelineView, time_notes};

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let journey = &props.journey;
    let mut sources = policy
        .stages
        .iter()
        .flat_map(|stage| stage.timescales.iter().map(|t| t.source.clone()))
        .collect::<Vec<_>>();
    sources.extend(policy.time_notes.iter().map(|note| note.source.clone()));
    let gaps_about_stages = policy.gaps.iter().any(|gap| !gap.stages.is_empty());
    let body = match journey.answers().start_date {
        Some(start) => {
            let result = timeline(policy, start, &props.calendar);
            let (about_dates, about_policy): (Vec<TimelineNote>, Vec<TimelineNote>) = result
                .notes
                .iter()
                .cloned()
                .partition(|note| note.is_about_dates());
            html! {
                <>
                    if result.deadlines.is_empty() {
                        { body("This guide has no dates to show for this policy. What the policy says about time is below.") }
                    } else {
                        <TimelineView {start} deadlines={result.deadlines.clone()} today={props.today}
                            resolved={journey.resolved_at().is_some()} />
                    }
                    if !about_dates.is_empty() {
                        { section_heading("Check these dates") }
                        <ul class="eg-list eg-list--bullet">
                            { for about_dates.iter().map(|note| html! { <li>{ note.in_words() }</li> }) }
                        </ul>
                    }
                    if !about_policy.is_empty() {
                        { section_heading("What the policy says about time") }
                        { time_notes(policy, &about_policy) }
                    }
                </>
            }
        }
        None => html! {
            <>
                <p class="eg-body">
                    { "When you tell the guide the date the difference of opinion started, this page shows each deadline as a date. What the policy says about time:" }
                </p>
                <ul class="eg-list eg-list--bullet">
                    { for policy.stages.iter().filter_map(|stage| policy.time_at(stage.number)).map(|time| html! {
                        <li>{ format!("Stage {}: {}", time.stage.number, time.summary().join("; ")) }</li>
                    }) }
                </ul>
            </>
        },
    };
    html! {
        <>
            { page_heading("Your timeline") }
            { body }
            <p class="eg-body eg-hint">
                { format!("Working days leave out weekends and bank holidays in {}.", props.calendar.division().name()) }
            </p>
            if gaps_about_stages {
                <p class="eg-body">
                    <ActionLink onclick={props.dispatch.reform(|()| Action::Show(Page::About))}>
                        { "What the policy does not say" }
                    </ActionLink>
                </p>
            }
            <Sources refs={sources} />
        </>
    }
}
