//! Each deadline on a date line, with today marked and overdue ones flagged.

use chrono::NaiveDate;
use escalation_core::calendar::{covered_years, long_date_with_weekday};
use escalation_core::policy::Voice;
use escalation_core::time::{sentence_case, stages_phrase};
use escalation_core::timeline::{Deadline, TimelineNote};
use yew::prelude::*;

use crate::components::policy_text::voiced;

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    pub start: NaiveDate,
    pub deadlines: Vec<Deadline>,
    pub today: NaiveDate,
    /// Once resolved, past deadlines are no longer overdue.
    pub resolved: bool,
}

enum Entry<'a> {
    Start,
    Deadline(&'a Deadline),
    Today,
}

#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let mut entries: Vec<(NaiveDate, u8, Entry)> = vec![(props.start, 0, Entry::Start)];
    entries.extend(
        props
            .deadlines
            .iter()
            .map(|d| (d.due, 1, Entry::Deadline(d))),
    );
    // Today sits after anything due today: those are not overdue yet.
    entries.push((props.today, 2, Entry::Today));
    entries.sort_by_key(|(date, order, _)| (*date, *order));
    let (first, last) = covered_years();
    html! {
        <ol class="eg-timeline">
            { for entries.iter().map(|(date, _, entry)| match entry {
                Entry::Start => html! {
                    <li class="eg-timeline__item">
                        <span class="eg-timeline__date">{ long_date_with_weekday(*date) }</span>
                        <span class="eg-timeline__what">{ "The difference of opinion started (day 0)" }</span>
                    </li>
                },
                Entry::Today => html! {
                    <li class="eg-timeline__item eg-timeline__item--today">
                        <span class="eg-timeline__date">{ format!("Today, {}", long_date_with_weekday(*date)) }</span>
                    </li>
                },
                Entry::Deadline(deadline) => {
                    let overdue = deadline.is_overdue(props.today, props.resolved);
                    html! {
                        <li class={classes!("eg-timeline__item", overdue.then_some("eg-timeline__item--overdue"))}>
                            <span class="eg-timeline__date">{ long_date_with_weekday(deadline.due) }</span>
                            if overdue {
                                <strong class="eg-tag eg-tag--red">{ "Overdue" }</strong>
                            }
                            <span class="eg-timeline__what">
                                { format!("{}: {}", deadline.stages_label(), deadline.what) }
                            </span>
                            <span class="eg-quote">{ Voice::policy_says(deadline.policy_words()) }</span>
                            if deadline.beyond_data {
                                <span class="eg-timeline__warning">
                                    { format!("Bank holidays are built in for {first} to {last} only: check this date.") }
                                </span>
                            }
                        </li>
                    }
                }
            }) }
        </ol>
    }
}

/// What the policy says about time besides its dates, each note with the
/// stages it is about and the policy's own words.
pub fn time_notes(policy: &escalation_core::Policy, notes: &[TimelineNote]) -> Html {
    html! {
        <ul class="eg-list eg-list--bullet">
            { for notes.iter().map(|note| match note {
                TimelineNote::Policy { stages, text, quote, source, .. } => html! {
                    <li class="eg-statement">
                        <span class="eg-bold">{ format!("{}: ", sentence_case(&stages_phrase(stages))) }</span>
                        { voiced(policy, text, Some(quote), source) }
                    </li>
                },
                other => html! { <li>{ other.in_words() }</li> },
            }) }
        </ul>
    }
}
