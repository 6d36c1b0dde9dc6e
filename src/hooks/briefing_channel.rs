//! The briefing's windows on the same part: the part shown here is told to
//! the other window (the presenter view, or the part it presents), and a
//! part told by the other is shown here. A `BroadcastChannel` on the same
//! origin: nothing is stored, nothing leaves the device.

use std::cell::Cell;
use std::rc::Rc;

use escalation_core::{Action, Page};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The channel's name, for one policy's briefing.
fn channel_name(policy_id: &str) -> String {
    format!("escalation-guide-briefing:{policy_id}")
}

/// Asked by a window that has just opened: "which part?".
const HELLO: &str = "which-part";

fn part_message(number: u8) -> String {
    format!("part:{number}")
}

fn part_of(message: &str) -> Option<u8> {
    message.strip_prefix("part:")?.parse().ok()
}

/// Keep part `number` (shown here) and the other window's the same. The
/// presenter view asks for the part when it opens; the window presenting
/// answers, and tells its part when it opens on the briefing.
#[hook]
pub fn use_briefing_channel(
    policy_id: &str,
    number: u8,
    presenter: bool,
    dispatch: Callback<Action>,
) {
    let channel = use_memo(policy_id.to_string(), |id| {
        web_sys::BroadcastChannel::new(&channel_name(id)).ok()
    });
    // The part shown now, for answering a new window, and the last part
    // the other window told, so it is not told back.
    let shown = use_memo((), |_| Rc::new(Cell::new(number)));
    let told = use_memo((), |_| Rc::new(Cell::new(0u8)));
    shown.set(number);
    {
        let (shown, told) = ((*shown).clone(), (*told).clone());
        use_effect_with(channel.clone(), move |channel| {
            let listener = (**channel).as_ref().map(|channel| {
                let reply = channel.clone();
                if presenter {
                    let _ = channel.post_message(&HELLO.into());
                }
                EventListener::new(channel, "message", move |event| {
                    let Some(message) = event
                        .dyn_ref::<web_sys::MessageEvent>()
                        .and_then(|event| event.data().as_string())
                    else {
                        return;
                    };
                    if message == HELLO && !presenter {
                        let _ = reply.post_message(&part_message(shown.get()).into());
                    } else if let Some(part) = part_of(&message)
                        && part != shown.get()
                    {
                        told.set(part);
                        dispatch.emit(Action::Show(Page::Briefing(part)));
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let told = (*told).clone();
        // The presenter view does not tell the part it opens on (it asks).
        let opening = use_mut_ref(|| presenter);
        use_effect_with(number, move |&number| {
            let quiet = std::mem::replace(&mut *opening.borrow_mut(), false);
            if !quiet
                && told.get() != number
                && let Some(channel) = &*channel
            {
                let _ = channel.post_message(&part_message(number).into());
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_told_as_numbers_and_nothing_else_moves_a_part() {
        assert_eq!(part_of(&part_message(4)), Some(4));
        assert_eq!(part_of(HELLO), None);
        assert_eq!(part_of("part:"), None);
        assert_eq!(part_of("escalation-guide:exit"), None);
    }
}
