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
use crate::guide::{Guide, JourneyRef};
use crate::pages::PageProps;

/// The part, as a component of its own: typing in the record below does
/// not draw the answers and deadlines again.
pub fn part(props: &PageProps) -> Html {
    html! {
        <CheckAnswers guide={props.guide.clone()} journey={props.journey.clone()}
            dispatch={props.dispatch.clone()} />
    }
}

#[derive(Properties)]
struct CheckAnswersProps {
    guide: std::rc::Rc<Guide>,
    journey: JourneyRef,
    dispatch: Callback<Action>,
}

impl PartialEq for CheckAnswersProps {
    /// Equal when only the record differs: nothing this part shows changed.
    fn eq(&self, other: &Self) -> bool {
        self.guide == other.guide
            && self.dispatch == other.dispatch
            && (self.journey == other.journey
                || self.journey.differs_only_in_record(&other.journey))
    }
}

#[component]
fn CheckAnswers(props: &CheckAnswersProps) -> Html {
    let CheckAnswersProps {
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
