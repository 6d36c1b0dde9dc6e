//! Training mode's presenter view: one part of the 7-minute briefing, large
//! enough to read on a projector, moved through with the keyboard
//! (`part_move_for_key` decides which keys do what).

use escalation_core::journey::{PARTS, PartMove};
use escalation_core::{Action, Page};
use yew::prelude::*;

use super::PageProps;
use crate::components::briefing_clock::BriefingClockView;
use crate::components::briefing_points::notes_for;
use crate::components::button::{ActionLink, Button, ButtonGroup, ButtonKind};
use crate::components::slide::{Slide, whole_part};
use crate::components::warning_text::warning_text;
use crate::hooks::briefing_channel::use_briefing_channel;
use crate::hooks::full_screen::use_full_screen;
use crate::hooks::page::use_page;
use crate::hooks::part_keys::use_part_keys;
use crate::presenter::{self, NoSecondWindow};

#[derive(Properties, PartialEq, Clone)]
pub struct BriefingProps {
    /// 1 to 7.
    pub number: u8,
}

/// The keys, as the briefing's views say them.
pub const KEYS: &str = "Keys: right arrow, Page Down or Space for the next part; left arrow or Page Up for the previous; Home and End for the first and last.";

/// The keys under a presented part, where space is short.
const SHORT_KEYS: &str = "Keys: arrows, Page Up, Page Down, Space, Home, End";

/// "7-minute briefing: …", above each view of training mode.
pub fn caption(policy: &escalation_core::Policy) -> Html {
    html! { <p class="eg-caption">{ format!("7-minute briefing: {}", policy.title) }</p> }
}

/// A button that prints the page as it is (the handout, the notes).
pub fn print_button(label: &'static str) -> Html {
    html! {
        <div class="eg-no-print">
            <ButtonGroup>
                <Button kind={ButtonKind::Secondary} onclick={Callback::from(|()| crate::browser::print())}>
                    { label }
                </Button>
            </ButtonGroup>
        </div>
    }
}

/// Links to the briefing's other views, shown on every part.
pub fn training_links(props: &PageProps, current: Page) -> Html {
    let show = |target: Page| props.dispatch.reform(move |()| Action::Show(target));
    let links = [
        (Page::Briefing(1), "The briefing"),
        (Page::FacilitatorNotes, "Facilitator notes"),
        (Page::Handout, "One-sheet handout"),
        (Page::Sheet, "One-page sheet"),
        (Page::Scenarios, "Discussion scenarios"),
        (Page::BriefingRecord, "Record this briefing"),
    ];
    html! {
        <nav class="eg-training-links eg-no-print" aria-label="Training mode">
            <ul class="eg-tools__list">
                { for links.into_iter()
                    .filter(|(page, _)| !(matches!(current, Page::Briefing(_)) && matches!(page, Page::Briefing(_))) && *page != current)
                    .map(|(page, label)| html! {
                        <li><ActionLink onclick={show(page)}>{ label }</ActionLink></li>
                    }) }
            </ul>
        </nav>
    }
}

#[component]
pub fn Briefing(props: &BriefingProps) -> Html {
    let page = &use_page();
    let policy = &page.policy;
    let number = props.number.clamp(1, PARTS);
    let parts = use_memo(page.policy, |policy| policy.briefing());
    let wrapper = use_node_ref();
    let full_screen = use_full_screen(wrapper.clone());
    let step = |movement: PartMove| page.dispatch.reform(move |()| Action::MovePart(movement));
    let onkeydown = use_part_keys(page.dispatch.clone(), page.own_page || full_screen.on);
    use_briefing_channel(&policy.id, number, false, page.dispatch.clone());
    // Where no second window can open, the notes and the clock show below.
    let no_window = use_state(|| None::<NoSecondWindow>);
    // Opened once: pressed again, the open presenter view comes to the
    // front with its clock as it was.
    let opened = use_mut_ref(|| None::<web_sys::Window>);
    let open_presenter = {
        let no_window = no_window.clone();
        let policy_id = policy.id.to_string();
        Callback::from(move |()| {
            if let Some(window) = opened
                .borrow()
                .as_ref()
                .filter(|w| !w.closed().unwrap_or(true))
            {
                let _ = window.focus();
                return;
            }
            match presenter::open(&policy_id) {
                Ok(window) => {
                    *opened.borrow_mut() = Some(window);
                    no_window.set(None);
                }
                Err(reason) => no_window.set(Some(reason)),
            }
        })
    };
    let whole_screen = (page.own_page || full_screen.on) && no_window.is_none();
    html! {
        // Focusable, so a click anywhere on the part keeps the keys working.
        <div class="eg-present" ref={wrapper} tabindex="-1" {onkeydown}>
            { caption(policy) }
            <Slide parts={parts.clone()} {number} {whole_screen}
                rest_is={if no_window.is_some() { "below" } else { "in the presenter view" }} />
            <div class="eg-present__controls eg-no-print">
                <ButtonGroup>
                    if number > 1 {
                        <Button kind={ButtonKind::Secondary} onclick={step(PartMove::Previous)}>{ "Previous part" }</Button>
                    }
                    if number < PARTS {
                        <Button onclick={step(PartMove::Next)}>{ "Next part" }</Button>
                    }
                    <Button kind={ButtonKind::Secondary} onclick={open_presenter}>{ "Open presenter view" }</Button>
                    if full_screen.available {
                        <Button kind={ButtonKind::Secondary} onclick={full_screen.toggle.clone()}>
                            { if full_screen.on { "Leave full screen" } else { "Full screen" } }
                        </Button>
                    }
                </ButtonGroup>
                if full_screen.refused {
                    { warning_text(html! { "Your browser, or the website this guide is on, did not allow full screen. Your browser’s own full-screen key (often F11) may work instead." }, false) }
                }
                <p class="eg-present__keys">{ SHORT_KEYS }</p>
                { training_links(page, Page::Briefing(number)) }
            </div>
            if let Some(reason) = *no_window {
                <div class="eg-present__notes">
                    { warning_text(html! { reason.in_words() }, false) }
                    <h2 class="eg-heading-m">{ "Notes for this part" }</h2>
                    { notes_for(&parts[usize::from(number - 1)]) }
                    <BriefingClockView {number} />
                    <h2 class="eg-heading-m">{ "This part in full" }</h2>
                    { whole_part(policy, &parts[usize::from(number - 1)]) }
                </div>
            }
        </div>
    }
}
