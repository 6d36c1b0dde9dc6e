//! Exit this page (GOV.UK Design System component): a sticky red button on
//! every screen, and the shortcut Shift pressed three times within 5 seconds.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use escalation_core::outline::{EXIT_BUTTON_CLASS, EXIT_HIDDEN_LABEL, EXIT_LABEL};

use crate::browser;
use crate::exit::{EXIT_CHANNEL, exit_to, restore_page};

const PRESSES_TO_EXIT: u8 = 3;
const TIMEOUT_MS: u32 = 5_000;

/// What a key release means for the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftEvent {
    /// Shift on its own: this many presses so far.
    Counted(u8),
    /// The third press: leave now.
    Exit,
    /// Another key after Shift presses: the count starts again.
    Reset,
    /// Nothing to do.
    Ignored,
}

/// Counts presses of Shift on its own, as govuk-frontend does: a Shift
/// released straight after a key used with Shift held (Shift+A) does not
/// count, and any other key resets the count. Only other keys mark Shift as
/// used, so releasing one Shift while holding the other still counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShiftCounter {
    presses: u8,
    last_key_was_modified: bool,
}

impl ShiftCounter {
    /// A key was released. `shift_held` is the event's `shiftKey`.
    pub fn key_up(&mut self, is_shift: bool, shift_held: bool) -> ShiftEvent {
        if !is_shift {
            self.last_key_was_modified = shift_held;
            return if std::mem::take(&mut self.presses) > 0 {
                ShiftEvent::Reset
            } else {
                ShiftEvent::Ignored
            };
        }
        if std::mem::take(&mut self.last_key_was_modified) {
            return ShiftEvent::Ignored;
        }
        self.presses += 1;
        if self.presses >= PRESSES_TO_EXIT {
            self.presses = 0;
            ShiftEvent::Exit
        } else {
            ShiftEvent::Counted(self.presses)
        }
    }

    /// Five seconds passed without another press.
    pub fn expire(&mut self) {
        self.presses = 0;
    }

    #[cfg(test)]
    pub fn presses(&self) -> u8 {
        self.presses
    }
}

/// What the status region says after `presses` presses.
pub fn status_message(presses: u8) -> &'static str {
    match presses {
        1 => "Shift, press 2 more times to exit.",
        2 => "Shift, press 1 more time to exit.",
        _ => "",
    }
}

#[derive(Properties, PartialEq)]
pub struct ExitThisPageProps {
    pub url: AttrValue,
    /// Clear the widget's state and storage. Called before leaving.
    pub on_exit: Callback<()>,
}

#[component]
pub fn ExitThisPage(props: &ExitThisPageProps) -> Html {
    let presses = use_state(|| 0u8);
    let status = use_state(String::new);

    let channel = use_memo((), |_| web_sys::BroadcastChannel::new(EXIT_CHANNEL).ok());
    // Leave this tab: leaving first, so clearing the state cannot cancel
    // the navigation.
    let leave = {
        let url = props.url.clone();
        let on_exit = props.on_exit.clone();
        Callback::from(move |()| {
            exit_to(&url);
            on_exit.emit(());
        })
    };
    // Leave this tab and tell the others to leave too.
    let exit = {
        let leave = leave.clone();
        let channel = channel.clone();
        Callback::from(move |()| {
            leave.emit(());
            if let Some(channel) = channel.as_ref() {
                let _ = channel.post_message(&"exit".into());
            }
        })
    };
    {
        let channel = channel.clone();
        use_effect_with((), move |_| {
            let listener = channel
                .as_ref()
                .as_ref()
                .map(|channel| EventListener::new(channel, "message", move |_| leave.emit(())));
            move || drop(listener)
        });
    }

    {
        let presses = presses.clone();
        let status = status.clone();
        let exit = exit.clone();
        use_effect_with((), move |_| {
            let counter = Rc::new(RefCell::new(ShiftCounter::default()));
            let timer: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
            let document = browser::document();
            let keyup = document.as_ref().map(|document| {
                // In the capture phase, as govuk-frontend does, so a page
                // that stops key events cannot block the shortcut.
                let options = gloo_events::EventListenerOptions::run_in_capture_phase();
                EventListener::new_with_options(document, "keyup", options, move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let result = counter
                        .borrow_mut()
                        .key_up(event.key() == "Shift", event.shift_key());
                    match result {
                        ShiftEvent::Counted(count) => {
                            presses.set(count);
                            status.set(status_message(count).to_string());
                            let (counter, presses, status) =
                                (counter.clone(), presses.clone(), status.clone());
                            // Each press restarts the five seconds.
                            *timer.borrow_mut() = Some(Timeout::new(TIMEOUT_MS, move || {
                                counter.borrow_mut().expire();
                                presses.set(0);
                                status.set("Exit this page expired.".to_string());
                            }));
                        }
                        ShiftEvent::Exit => {
                            timer.borrow_mut().take();
                            presses.set(PRESSES_TO_EXIT);
                            exit.emit(());
                        }
                        ShiftEvent::Reset => {
                            timer.borrow_mut().take();
                            presses.set(0);
                            status.set(String::new());
                        }
                        ShiftEvent::Ignored => {}
                    }
                })
            });
            let pageshow = browser::window()
                .map(|window| EventListener::new(&window, "pageshow", |_| restore_page()));
            move || drop((keyup, pageshow))
        });
    }

    let onclick = exit.reform(|event: MouseEvent| event.prevent_default());
    // A link that looks like a button works like one: Space presses it too
    // (as govuk-frontend's button script does for role="button" links).
    let onkeydown = {
        let exit = exit.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == " " {
                event.prevent_default();
                exit.emit(());
            }
        })
    };
    // A middle click would open the neutral site in a new tab and leave
    // this one on screen: it exits here too.
    let onauxclick = {
        let exit = exit.clone();
        Callback::from(move |event: MouseEvent| {
            if event.button() == 1 {
                event.prevent_default();
                exit.emit(());
            }
        })
    };
    html! {
        <div class="eg-exit-this-page">
            <a href={props.url.clone()} class={EXIT_BUTTON_CLASS} role="button"
                draggable="false" rel="nofollow noreferrer" {onclick} {onkeydown} {onauxclick}>
                <span class="eg-visually-hidden">{ EXIT_HIDDEN_LABEL }</span>
                { " " }{ EXIT_LABEL }
            </a>
            // Shown only while the shortcut is in use, as in GOV.UK's component.
            if *presses > 0 {
                <div class="eg-exit-this-page__indicator" aria-hidden="true">
                    { for (1..=PRESSES_TO_EXIT).map(|light| html! {
                        <span class={classes!(
                            "eg-exit-this-page__indicator-light",
                            (*presses >= light).then_some("eg-exit-this-page__indicator-light--on")
                        )} />
                    }) }
                </div>
            }
            <div class="eg-visually-hidden" role="status">{ (*status).clone() }</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_shifts_exit() {
        let mut counter = ShiftCounter::default();
        assert_eq!(counter.key_up(true, false), ShiftEvent::Counted(1));
        assert_eq!(counter.key_up(true, false), ShiftEvent::Counted(2));
        assert_eq!(counter.key_up(true, false), ShiftEvent::Exit);
        assert_eq!(counter.presses(), 0);
    }

    #[test]
    fn shift_used_with_another_key_does_not_count() {
        let mut counter = ShiftCounter::default();
        // Shift+A: "A" is released with Shift held, then Shift is released.
        assert_eq!(counter.key_up(false, true), ShiftEvent::Ignored);
        assert_eq!(counter.key_up(true, false), ShiftEvent::Ignored);
        assert_eq!(counter.key_up(true, false), ShiftEvent::Counted(1));
    }

    #[test]
    fn another_key_resets_the_count() {
        let mut counter = ShiftCounter::default();
        counter.key_up(true, false);
        counter.key_up(true, false);
        assert_eq!(counter.key_up(false, false), ShiftEvent::Reset);
        assert_eq!(counter.key_up(true, false), ShiftEvent::Counted(1));
    }

    #[test]
    fn left_and_right_shift_overlapping_still_count() {
        // Left Shift down, right Shift down and up (shiftKey still true, as
        // left is held), left Shift up, then one more press.
        let mut counter = ShiftCounter::default();
        assert_eq!(counter.key_up(true, true), ShiftEvent::Counted(1));
        assert_eq!(counter.key_up(true, false), ShiftEvent::Counted(2));
        assert_eq!(counter.key_up(true, false), ShiftEvent::Exit);
    }

    #[test]
    fn expiry_starts_the_count_again() {
        let mut counter = ShiftCounter::default();
        counter.key_up(true, false);
        counter.key_up(true, false);
        counter.expire();
        assert_eq!(counter.key_up(true, false), ShiftEvent::Counted(1));
    }
}
