//! The pictures a presented part shows: the stages as a flowchart (part 3)
//! and each deadline the policy gives in working days at its place on a
//! line from the day the difference of opinion started, with the policy's
//! words for it beside the mark (part 4).

use escalation_core::Policy;
use escalation_core::briefing::{Point, TimeMark};
use escalation_core::time::working_days_phrase;
use yew::prelude::*;

use crate::components::slide_point::slide_point;

/// The timeline, each mark's point with its source number.
pub fn slide_timeline(marks: &[TimeMark], number_of: &dyn Fn(&Point) -> Option<usize>) -> Html {
    html! {
        <figure class="eg-time-line">
            <figcaption class="eg-time-line__caption">
                { "Deadlines in working days, from the day the difference of opinion started" }
            </figcaption>
            <ol class="eg-time-line__marks">
                <li class="eg-time-line__mark eg-time-line__mark--start">
                    <span class="eg-time-line__day">{ "Day 0" }</span>
                    <ul class="eg-time-line__words">{ slide_point(&Policy::day_zero(), None, None) }</ul>
                </li>
                { for marks.iter().map(|mark| html! {
                    <li class="eg-time-line__mark">
                        <span class="eg-time-line__day">{ working_days_phrase(mark.days) }</span>
                        <ul class="eg-time-line__words">
                            { for mark.points.iter().map(|point| slide_point(point, number_of(point), None)) }
                        </ul>
                    </li>
                }) }
            </ol>
        </figure>
    }
}

/// The stages in order, each box its number and title, an arrow ("Not
/// resolved") to the next and the end of the process last: the
/// whole-process flowchart, across the screen in type the back of a room
/// can read.
pub fn slide_flowchart(policy: &Policy) -> Html {
    html! {
        <ol class="eg-slide-flow" aria-label={format!("The {} stages of the process, in order", policy.stages.len())}>
            { for policy.stages.iter().map(|stage| html! {
                <li class="eg-slide-flow__stage">
                    <span class="eg-slide-flow__label">{ stage.label() }</span>
                    <span class="eg-slide-flow__title">{ stage.title.clone() }</span>
                    <span class="eg-slide-flow__arrow">
                        <span aria-hidden="true">{ "\u{2192}" }</span>
                        <span class="eg-visually-hidden">{ "Not resolved: " }</span>
                    </span>
                </li>
            }) }
            <li class="eg-slide-flow__stage eg-slide-flow__stage--end">
                <span class="eg-slide-flow__label">{ "End of the process" }</span>
            </li>
        </ol>
    }
}
