//! Training mode's presenter view: one part of the 7-minute briefing, large
//! enough to read on a projector, moved through with the keyboard
//! (`part_move_for_key` decides which keys do what).

use escalation_core::briefing::TITLES;
use escalation_core::journey::{PARTS, PartMove};
use escalation_core::{Action, Page};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::PageProps;
use crate::components::briefing_points::sections;
use crate::components::button::{ActionLink, Button, ButtonGroup, ButtonKind};
use crate::components::warning_text::warning_text;
use crate::hooks::full_screen::use_full_screen;
use crate::hooks::page::use_page;

#[derive(Properties, PartialEq, Clone)]
pub struct BriefingProps {
    /// 1 to 7.
    pub number: u8,
}

/// Controls that use Space themselves.
fn is_control(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(
                element.tag_name().as_str(),
                "BUTTON" | "A" | "SUMMARY" | "INPUT" | "TEXTAREA" | "SELECT"
            ) || element.has_attribute("contenteditable")
                || matches!(
                    element.get_attribute("role").as_deref(),
                    Some("button" | "link" | "checkbox" | "radio" | "textbox")
                )
        })
}

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

/// The move a key asks for, by its `KeyboardEvent.key`: the left and right
/// arrows, Page Up and Page Down, Space (Shift and Space goes back), Home
/// and End. Up and down arrows are left to scroll a long part. Space on a
/// control (a button, a link, a summary) belongs to the control.
fn part_move_for_key(key: &str, shift: bool, on_control: bool) -> Option<PartMove> {
    Some(match key {
        "ArrowRight" | "PageDown" => PartMove::Next,
        "ArrowLeft" | "PageUp" => PartMove::Previous,
        " " | "Spacebar" if on_control => return None,
        " " | "Spacebar" if shift => PartMove::Previous,
        " " | "Spacebar" => PartMove::Next,
        "Home" => PartMove::First,
        "End" => PartMove::Last,
        _ => return None,
    })
}

/// Move to another part if the key asks for it (`part_move_for_key`).
fn move_by_key(event: &KeyboardEvent, dispatch: &Callback<Action>) {
    if event.default_prevented() || event.ctrl_key() || event.alt_key() || event.meta_key() {
        return;
    }
    let on_control = is_control(event.target());
    if let Some(movement) = part_move_for_key(&event.key(), event.shift_key(), on_control) {
        event.prevent_default();
        dispatch.emit(Action::MovePart(movement));
    }
}

#[component]
pub fn Briefing(props: &BriefingProps) -> Html {
    let page = &use_page();
    let policy = &page.policy;
    let number = props.number.clamp(1, PARTS);
    let parts = use_memo(page.policy, |policy| policy.briefing());
    let part = &parts[usize::from(number - 1)];
    let wrapper = use_node_ref();
    let full_screen = use_full_screen(wrapper.clone());
    let step = |movement: PartMove| page.dispatch.reform(move |()| Action::MovePart(movement));
    let go = |to: u8| {
        page.dispatch
            .reform(move |()| Action::Show(Page::Briefing(to)))
    };
    let onkeydown = {
        let dispatch = page.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| move_by_key(&event, &dispatch))
    };
    // Keys pressed while nothing has focus (the page just opened on the
    // briefing) move the parts too, on the widget's own page or the iframe
    // page, or while full screen: never on a host's page, whose keys are its
    // own. Keys inside the widget come through `onkeydown`.
    {
        let dispatch = page.dispatch.clone();
        let active = page.own_page || full_screen.on;
        use_effect_with(active, move |&active| {
            let listener = active
                .then(crate::browser::document)
                .flatten()
                .map(|document| {
                    EventListener::new(&document, "keydown", move |event| {
                        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                            return;
                        };
                        let nothing_focused = event.target().is_some_and(|target| {
                            target
                                .dyn_ref::<web_sys::HtmlElement>()
                                .is_some_and(|element| {
                                    matches!(element.tag_name().as_str(), "BODY" | "HTML")
                                })
                        });
                        if nothing_focused {
                            move_by_key(event, &dispatch);
                        }
                    })
                });
            move || drop(listener)
        });
    }
    html! {
        // Focusable, so a click anywhere on the part keeps the keys working.
        <div class="eg-present" ref={wrapper} tabindex="-1" {onkeydown}>
            { caption(policy) }
            <h1 class="eg-present__title" tabindex="-1">
                <span class="eg-present__counter">
                    { part.counter() }<span class="eg-visually-hidden">{ ": " }</span>
                </span>
                { part.title }
            </h1>
            { sections(policy, &page.contacts, &part.sections, "h2") }
            <ButtonGroup>
                if number > 1 {
                    <Button kind={ButtonKind::Secondary} onclick={step(PartMove::Previous)}>{ "Previous part" }</Button>
                }
                if number < PARTS {
                    <Button onclick={step(PartMove::Next)}>{ "Next part" }</Button>
                }
                if full_screen.available {
                    <Button kind={ButtonKind::Secondary} onclick={full_screen.toggle.clone()}>
                        { if full_screen.on { "Leave full screen" } else { "Full screen" } }
                    </Button>
                }
            </ButtonGroup>
            if full_screen.refused {
                { warning_text(html! { "Your browser, or the website this guide is on, did not allow full screen. Your browser’s own full-screen key (often F11) may work instead." }, false) }
            }
            <p class="eg-hint eg-no-print">
                { "Keys: right arrow, Page Down or Space for the next part; left arrow or Page Up for the previous one; Home and End for the first and last." }
            </p>
            <nav class="eg-present__parts eg-no-print" aria-label="Parts of the briefing">
                <ol class="eg-present__part-list">
                    { for TITLES.iter().enumerate().map(|(index, title)| {
                        let to = index as u8 + 1;
                        html! {
                            <li aria-current={(to == number).then_some("step")}>
                                if to == number {
                                    <span class="eg-bold">{ *title }</span>
                                } else {
                                    <ActionLink onclick={go(to)}>{ *title }</ActionLink>
                                }
                            </li>
                        }
                    }) }
                </ol>
            </nav>
            { training_links(page, Page::Briefing(number)) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_between_parts_and_stop_at_the_ends() {
        let step = |key: &str, part: u8| part_move_for_key(key, false, false).map(|m| m.from(part));
        assert_eq!(step("ArrowRight", 3), Some(4));
        assert_eq!(step("PageDown", 7), Some(7));
        assert_eq!(step(" ", 1), Some(2));
        assert_eq!(step("ArrowLeft", 1), Some(1));
        assert_eq!(step("PageUp", 5), Some(4));
        assert_eq!(step("Home", 6), Some(1));
        assert_eq!(step("End", 2), Some(7));
        assert_eq!(step("ArrowDown", 2), None, "up and down scroll a long part");
        assert_eq!(step("a", 2), None);
        assert_eq!(
            part_move_for_key(" ", true, false).map(|m| m.from(3)),
            Some(2),
            "Shift and Space goes back"
        );
        assert_eq!(
            part_move_for_key(" ", false, true),
            None,
            "Space on a button presses the button"
        );
        assert_eq!(
            part_move_for_key("ArrowRight", false, true).map(|m| m.from(2)),
            Some(3)
        );
    }
}
