//! The user's answers with Change links, the outcome, and the deadlines:
//! the same answers the exports give (`exports::answer_summary`).

use escalation_core::exports::{answer_summary, deadlines, outcome_in_words};
use escalation_core::silent::Silence;
use escalation_core::{Action, WhoAnswer, timeline};
use yew::prelude::*;

use crate::components::markup::{body, section_heading};
use crate::components::policy_text::bullets_or;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline_view::{TimelineView, time_notes};
use crate::pages::PageProps;

pub fn part(props: &PageProps) -> Html {
    let PageProps {
        journey, dispatch, ..
    } = props;
    let policy = &props.guide.policy;
    let today = &props.guide.today;
    let calendar = &props.guide.calendar;
    let rows = answer_summary(policy, journey)
        .into_iter()
        .map(|row| {
            let question = row.change;
            SummaryRow {
                key: row.key.into(),
                value: html! { row.value },
                change: Some(dispatch.reform(move |()| Action::Change(question))),
            }
        })
        .collect::<Vec<_>>();
    let answers = journey.answers();
    let resolved = journey.resolved_at().is_some();
    let due = deadlines(policy, journey, calendar);
    html! {
        <>
            <SummaryList {rows} />
            { section_heading("Outcome") }
            <p class="eg-body eg-bold">{ outcome_in_words(policy, journey) }</p>
            if resolved {
                { bullets_or(policy, &policy.after.written_confirmation, &policy.does_not_say(Silence::WrittenConfirmation)) }
            }
            if answers.who != Some(WhoAnswer::OwnOrganisation) {
                { section_heading("Deadlines") }
                if let Some(start) = answers.start_date {
                    if due.is_empty() {
                        { body("This guide has no dates to show for this policy. What it says about time:") }
                        { time_notes(policy, &timeline(policy, start, calendar).notes) }
                    } else {
                        <TimelineView {start} deadlines={due} today={*today} {resolved} />
                    }
                } else {
                    { body("Add the date the difference of opinion started to see deadlines.") }
                }
            }
        </>
    }
}
