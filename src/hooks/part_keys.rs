//! The briefing's keys: the arrows, Page Up and Page Down, Space, Home and
//! End move between parts, inside the widget and, where the widget is the
//! page (its own page, the iframe page, full screen, the presenter view),
//! while nothing has focus.

use escalation_core::Action;
use escalation_core::journey::PartMove;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

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

/// The keys for a part: the handler for keys inside the widget, and while
/// `page_wide`, keys pressed while nothing has focus (the page just opened
/// on the briefing). Never on a host's page, whose keys are its own.
#[hook]
pub fn use_part_keys(dispatch: Callback<Action>, page_wide: bool) -> Callback<KeyboardEvent> {
    {
        let dispatch = dispatch.clone();
        use_effect_with(page_wide, move |&page_wide| {
            let listener = page_wide
                .then(crate::browser::document)
                .flatten()
                .map(|document| {
                    // Not passive: a key that moves a part does not also
                    // scroll the page.
                    let options = EventListenerOptions::enable_prevent_default();
                    EventListener::new_with_options(&document, "keydown", options, move |event| {
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
    Callback::from(move |event: KeyboardEvent| move_by_key(&event, &dispatch))
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
