//! Keeps the browser's back and forward buttons in step with the journey.
//!
//! Each page of the journey gets its own history entry, added with
//! `pushState` and no URL, so the address never changes. An entry's state
//! records the journey depth it stands for. Both the back link and the
//! browser's own buttons move through those entries, and the `popstate`
//! handler brings the journey to the entry's depth: one path for both, so
//! they always agree.

use std::cell::Cell;
use std::rc::Rc;

use escalation_core::Action;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{History, PopStateEvent};
use yew::prelude::*;

/// The key under which the widget keeps its part of a history entry's state.
const STATE_KEY: &str = "escalationGuide";

fn history() -> Option<History> {
    web_sys::window()?.history().ok()
}

/// The widget's mark on one history entry: which page load made it (a reload
/// keeps the old entries, which must not be mistaken for this load's) and the
/// journey depth it stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Entry {
    session: f64,
    depth: usize,
}

impl Entry {
    fn to_state(self) -> JsValue {
        let mark = js_sys::Object::new();
        let state = js_sys::Object::new();
        // Setting plain properties on fresh objects cannot fail.
        let _ = js_sys::Reflect::set(&mark, &"session".into(), &self.session.into());
        let _ = js_sys::Reflect::set(&mark, &"depth".into(), &(self.depth as f64).into());
        let _ = js_sys::Reflect::set(&state, &STATE_KEY.into(), &mark);
        state.into()
    }

    /// The widget's entry in a history state, if that state is one of the
    /// widget's own from the same page load.
    fn from_state(state: &JsValue, session: f64) -> Option<Entry> {
        let mark = js_sys::Reflect::get(state, &STATE_KEY.into()).ok()?;
        let their_session = js_sys::Reflect::get(&mark, &"session".into())
            .ok()?
            .as_f64()?;
        let depth = js_sys::Reflect::get(&mark, &"depth".into())
            .ok()?
            .as_f64()?;
        (their_session == session).then_some(Entry {
            session,
            depth: depth as usize,
        })
    }
}

/// The actions that bring a journey at `current` depth to `target` depth.
fn steps_between(current: usize, target: usize) -> impl Iterator<Item = Action> {
    let action = if target < current {
        Action::Back
    } else {
        Action::Forward
    };
    std::iter::repeat_n(action, current.abs_diff(target))
}

/// The browser's history, as the journey uses it.
#[derive(Clone)]
pub struct BrowserHistory {
    /// `None` when the widget keeps out of the page's history (embedded in
    /// a host's page): the back link then moves the journey itself.
    off: Option<Callback<Action>>,
    /// This page load's mark on its entries, handed to training mode's
    /// bundle so the back button carries on working there (read by the
    /// first bundle only).
    #[cfg_attr(feature = "training", allow(dead_code))]
    pub session: u32,
}

impl BrowserHistory {
    /// Go back one page, as the browser's own back button does: its
    /// popstate moves the journey.
    pub fn back(&self) {
        match &self.off {
            Some(dispatch) => dispatch.emit(Action::Back),
            None => {
                if let Some(history) = history() {
                    let _ = history.back();
                }
            }
        }
    }
}

/// Sync the journey at `depth` with the browser's history. Returns the
/// history, whose `back` the back link uses, going back like the browser's
/// own button. `carried` is the mark of the page load this guide took over
/// from (`src/hand_over.rs`), if it did.
#[hook]
pub fn use_browser_history(
    depth: usize,
    dispatch: Callback<Action>,
    on: bool,
    carried: Option<u32>,
) -> BrowserHistory {
    let off = (!on).then(|| dispatch.clone());
    // A whole number, which passes through the hand-over's JSON exactly (a
    // fraction may not come back the same).
    let session = *use_memo((), |_| {
        carried.unwrap_or_else(|| (js_sys::Math::random() * f64::from(u32::MAX)) as u32)
    });
    let mark = f64::from(session);
    // The depth as of the latest render, for the popstate listener to read.
    let current = use_memo((), |_| Rc::new(Cell::new(depth)));
    current.set(depth);

    {
        let current = current.clone();
        use_effect_with(on, move |&on| {
            let window = web_sys::window().filter(|_| on);
            let on_popstate = Closure::<dyn Fn(PopStateEvent)>::new(move |event: PopStateEvent| {
                // An entry from before the widget's first page (the host
                // page's, or an earlier load's) is not the widget's to handle.
                let Some(entry) = Entry::from_state(&event.state(), mark) else {
                    return;
                };
                for action in steps_between(current.get(), entry.depth) {
                    dispatch.emit(action);
                }
            });
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "popstate",
                    on_popstate.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "popstate",
                        on_popstate.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // The first page takes over the entry the page was opened on; each step
    // forward in the journey gets a new entry. Steps back come from popstate,
    // so the entry is already right, except when the journey jumps back by
    // itself (cleared, or restored from a file): then the browser goes back
    // to the entry for that depth, and its popstate finds nothing to do.
    use_effect_with(depth, move |&depth| {
        if !on || crate::exit::is_leaving() {
            return;
        }
        if let Some(history) = history() {
            let state = history.state().unwrap_or(JsValue::NULL);
            let entry = Entry {
                session: mark,
                depth,
            };
            match Entry::from_state(&state, mark) {
                None => {
                    let _ = history.replace_state(&entry.to_state(), "");
                }
                Some(shown) if shown.depth < depth => {
                    let _ = history.push_state(&entry.to_state(), "");
                }
                Some(shown) if shown.depth > depth => {
                    let _ = history.go_with_delta(depth as i32 - shown.depth as i32);
                }
                Some(_) => {}
            }
        }
    });

    BrowserHistory { off, session }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_between_depths_go_the_right_way() {
        assert_eq!(
            steps_between(4, 2).collect::<Vec<_>>(),
            vec![Action::Back, Action::Back]
        );
        assert_eq!(
            steps_between(1, 2).collect::<Vec<_>>(),
            vec![Action::Forward]
        );
        assert_eq!(steps_between(3, 3).count(), 0);
    }
}
