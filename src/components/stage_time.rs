//! What a stage page says about time: each deadline as a date (once the
//! start date is known) beside the policy's own words for it, then what
//! else the policy says about time at this stage, or its silence. The words
//! all come from `escalation_core::time`.

use chrono::NaiveDate;
use escalation_core::calendar::long_date_with_weekday;
use escalation_core::policy::Voice;
use escalation_core::time::{StageTime, stages_phrase};
use escalation_core::timeline::{Deadline, find_due};
use yew::prelude::*;

use super::policy_text::{note, silence, voiced};
use crate::components::markup::body;

/// `due` is every deadline worked out for the journey (empty until the start
/// date is known); `resolved` turns off the Overdue flags.
pub fn stage_time(time: &StageTime, due: &[Deadline], today: NaiveDate, resolved: bool) -> Html {
    let deadlines = html! {
        if !time.deadlines.is_empty() {
            <ul class="eg-list eg-deadlines">
                { for time.deadlines.iter().map(|(own, timescale)| {
                    let deadline = find_due(due, own.number, timescale);
                    let covers = timescale.stages(own.number);
                    let label = if covers.len() > 1 {
                        format!("{} ({}): ", timescale.what, stages_phrase(&covers))
                    } else {
                        format!("{}: ", timescale.what)
                    };
                    // Without a start date there is no date yet: the policy's
                    // words below say it all.
                    let when = match deadline {
                        Some(deadline) => format!("by {}", long_date_with_weekday(deadline.due)),
                        None => String::new(),
                    };
                    let overdue = deadline.is_some_and(|deadline| deadline.is_overdue(today, resolved));
                    html! {
                        <li class="eg-deadlines__item">
                            <span class="eg-bold">{ label }</span>
                            { when }
                            if overdue {
                                { " " }<strong class="eg-tag eg-tag--red">{ "Overdue" }</strong>
                            }
                            { for timescale.quotes().into_iter().map(|quote| html! {
                                <span class="eg-quote">{ Voice::policy_says(quote) }</span>
                            }) }
                            if let Some(words) = timescale.start_note() {
                                <span class="eg-quote">{ note(time.policy, words, None) }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
        }
    };
    html! {
        <>
            { deadlines }
            { for time.notes.iter().map(|note| html! {
                <div class="eg-time-note">
                    { body(voiced(time.policy, &note.text, Some(&note.quote), &note.source)) }
                </div>
            }) }
            if time.is_silent() {
                { silence(&time.silence_in_words()) }
            }
        </>
    }
}
