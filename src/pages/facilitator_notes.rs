//! Training mode: what the facilitator says in each part, with timings that
//! add up to seven minutes. Printable, to hold while the parts are shown.

use escalation_core::briefing::{SECONDS, duration_in_words};
use escalation_core::{Action, Page};
use yew::prelude::*;

use super::PageProps;
use super::briefing::{caption, print_button, training_links};
use crate::components::button::ActionLink;
use crate::components::markup::page_heading;

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    let policy = &props.policy;
    let parts = policy.briefing();
    let total: u32 = SECONDS.iter().sum();
    let mut elapsed = 0;
    html! {
        <div class="eg-print-keep eg-notes">
            { caption(policy) }
            { page_heading("Facilitator notes") }
            <p class="eg-body">
                { format!("Seven parts, {} in all. Show each part on the screen while you say what is below it.", duration_in_words(total)) }
            </p>
            <ol class="eg-notes__parts">
                { for parts.iter().map(|part| {
                    let from = elapsed;
                    elapsed += part.seconds;
                    let target = Page::Briefing(part.number);
                    html! {
                        <li class="eg-notes__part">
                            <h2 class="eg-heading-s">
                                <ActionLink onclick={props.dispatch.reform(move |()| Action::Show(target))}>
                                    { format!("{}: {}", part.counter(), part.title) }
                                </ActionLink>
                            </h2>
                            <p class="eg-body eg-notes__time">
                                { format!("{}, from {} to {}", duration_in_words(part.seconds), clock(from), clock(elapsed)) }
                            </p>
                            <ul class="eg-list eg-list--bullet">
                                { for part.say.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                            </ul>
                        </li>
                    }
                }) }
            </ol>
            { print_button("Print the facilitator notes") }
            { training_links(props, Page::FacilitatorNotes) }
        </div>
    }
}

/// "0:45", "7:00".
/// "1:45": a number of seconds as the presenter's clock shows it.
fn clock(seconds: u32) -> String {
    escalation_core::briefing::clock_face(f64::from(seconds) * 1000.0)
}
