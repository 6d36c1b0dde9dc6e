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

/// A part shown, or the answer to [`HELLO`].
fn part_message(number: u8) -> String {
    format!("part:{number}")
}

fn answer_message(number: u8) -> String {
    format!("answer:{number}")
}

fn part_of(message: &str) -> Option<u8> {
    message.strip_prefix("part:")?.parse().ok()
}

fn answer_of(message: &str) -> Option<u8> {
    message.strip_prefix("answer:")?.parse().ok()
}

/// Keep part `number` (shown here) and the other window's the same. The
/// presenter view asks for the part when it opens and takes the answer
/// unless its presenter has moved meanwhile; the window presenting
/// answers, and tells its part when it opens on the briefing. A part is
/// told when it differs from the last one both windows had.
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
    // The part shown now (for answering), the last part both windows had,
    // and whether this presenter view still waits for its answer.
    let shown = use_memo((), |_| Rc::new(Cell::new(number)));
    let synced = use_memo((), |_| {
        Rc::new(Cell::new(if presenter { number } else { 0 }))
    });
    let waiting = use_memo((), |_| Rc::new(Cell::new(presenter)));
    shown.set(number);
    {
        let (shown, synced, waiting) = ((*shown).clone(), (*synced).clone(), (*waiting).clone());
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
                        synced.set(shown.get());
                        let _ = reply.post_message(&answer_message(shown.get()).into());
                        return;
                    }
                    let told = match (part_of(&message), answer_of(&message)) {
                        (Some(part), _) => Some(part),
                        // An answer only while still waiting for it.
                        (None, Some(part)) if waiting.replace(false) => Some(part),
                        _ => None,
                    };
                    if let Some(part) = told {
                        synced.set(part);
                        if part != shown.get() {
                            dispatch.emit(Action::Show(Page::Briefing(part)));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let (synced, waiting) = ((*synced).clone(), (*waiting).clone());
        use_effect_with(number, move |&number| {
            if synced.get() != number
                && let Some(channel) = &*channel
            {
                // A presenter who moves before the answer comes keeps their
                // own part.
                waiting.set(false);
                synced.set(number);
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
        assert_eq!(answer_of(&answer_message(5)), Some(5));
        assert_eq!(part_of(&answer_message(5)), None);
        assert_eq!(part_of(HELLO), None);
        assert_eq!(part_of("part:"), None);
        assert_eq!(part_of("escalation-guide:exit"), None);
    }
}
