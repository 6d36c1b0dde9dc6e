//! "Keep my progress on this device": off unless the user turns it on. The
//! rules are `escalation_core::keeping` (pure, tested natively); this hook
//! reads and writes storage, waits for a pause in typing before writing
//! (and writes at once when the page is hidden), and listens for other tabs
//! (the `storage` event fires only in the other tabs).

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use escalation_core::keeping::{Keeping, Storage};
pub use escalation_core::keeping::{Stored, Trouble};
use escalation_core::{Journey, saved};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;

/// How long typing must pause before progress is written.
const WRITE_AFTER_MS: u32 = 400;

/// The state of "keep my progress" and what can be done with it.
#[derive(Clone)]
pub struct SavedProgress {
    pub keep: bool,
    pub trouble: Option<Trouble>,
    state: Rc<RefCell<Keeping>>,
    refresh: Callback<()>,
    pending: Rc<RefCell<Option<Timeout>>>,
    /// Where this widget keeps progress.
    key: Rc<str>,
}

impl PartialEq for SavedProgress {
    fn eq(&self, other: &Self) -> bool {
        self.keep == other.keep && self.trouble == other.trouble
    }
}

impl SavedProgress {
    /// Apply a change to the rules' state, do what storage must, and show it.
    fn change(&self, change: impl FnOnce(&mut Keeping) -> Storage) {
        if change(&mut self.state.borrow_mut()) == Storage::Delete {
            self.pending.borrow_mut().take();
            browser::forget_progress(&self.key);
        }
        self.refresh.emit(());
    }

    /// Turn keeping on or off (`Keeping::set_keep`).
    pub fn set_keep(&self, on: bool) {
        let kept_now = browser::stored_progress(&self.key);
        self.change(|keeping| keeping.set_keep(on, kept_now.as_deref()));
    }

    /// Delete the kept copy and stop keeping: Clear everything.
    pub fn forget(&self) {
        self.change(Keeping::forget);
    }

    /// Replace the copy kept by another tab or visit, after the user has
    /// chosen to, and keep this tab's progress.
    pub fn replace_kept(&self) {
        self.change(|keeping| {
            keeping.replace_kept();
            Storage::Leave
        });
    }

    /// Offer the kept copy that is not this tab's as a file, exactly as it is.
    pub fn download_unreadable(&self, today: NaiveDate) {
        if let Some(raw) = self.state.borrow().not_ours() {
            browser::download(
                &format!("escalation-progress-as-kept-{today}.json"),
                "application/json",
                raw,
            );
        }
    }

    /// Delete the unreadable kept copy, after the user has chosen to.
    pub fn delete_unreadable(&self) {
        self.change(Keeping::delete_unreadable);
    }

    /// Keeping as it is: what training mode's bundle carries on with
    /// (`src/hand_over.rs`).
    #[cfg(not(feature = "training"))]
    pub fn carried(&self) -> Keeping {
        self.state.borrow().clone()
    }

    /// Put the message away (the other tab, the cleared copy).
    pub fn dismiss(&self) {
        self.change(|keeping| {
            keeping.dismiss();
            Storage::Leave
        });
    }
}

#[hook]
pub fn use_saved_progress(
    key: Rc<str>,
    stored: Stored,
    journey: Rc<Journey>,
    today: NaiveDate,
) -> SavedProgress {
    let state = use_mut_ref(|| Keeping::start(stored));
    let update = use_force_update();
    let refresh = Callback::from(move |()| update.force_update());
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // The newest journey to write, for a write made at once on page hide.
    let latest: Rc<RefCell<Option<Rc<Journey>>>> = use_mut_ref(|| None);
    let writing = state.borrow().keep();

    // Write after a pause in typing, only while keeping.
    {
        let (pending, latest, state, key, refresh) = (
            pending.clone(),
            latest.clone(),
            state.clone(),
            key.clone(),
            refresh.clone(),
        );
        use_effect_with((journey, writing), move |(journey, writing)| {
            *latest.borrow_mut() = writing.then(|| journey.clone());
            if *writing {
                let journey = journey.clone();
                let latest = latest.clone();
                *pending.borrow_mut() = Some(Timeout::new(WRITE_AFTER_MS, move || {
                    latest.borrow_mut().take();
                    state.borrow_mut().written(write(&key, &journey, today));
                    refresh.emit(());
                }));
            } else {
                pending.borrow_mut().take();
            }
        });
    }

    // Hidden (another tab, closed, Exit): write what is waiting now.
    {
        let (pending, latest, state, key) =
            (pending.clone(), latest.clone(), state.clone(), key.clone());
        use_effect_with((), move |_| {
            let listener = browser::window().map(|window| {
                EventListener::new(&window, "pagehide", move |_| {
                    pending.borrow_mut().take();
                    if crate::exit::is_leaving() {
                        return;
                    }
                    if let Some(journey) = latest.borrow_mut().take() {
                        state.borrow_mut().written(write(&key, &journey, today));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Another tab changed the kept copy.
    {
        let (pending, state, key, refresh) =
            (pending.clone(), state.clone(), key.clone(), refresh.clone());
        use_effect_with(writing, move |&keeping| {
            let listener = keeping.then(browser::window).flatten().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let ours = event.key().is_none_or(|changed| *changed == *key);
                    if !ours {
                        return;
                    }
                    let now = event.new_value();
                    let before = state.borrow().keep();
                    let _ = state.borrow_mut().changed_elsewhere(now.as_deref());
                    if before != state.borrow().keep() {
                        // Stopped: this tab's waiting write is dropped.
                        pending.borrow_mut().take();
                        refresh.emit(());
                    }
                })
            });
            move || drop(listener)
        });
    }

    let (keep, trouble) = {
        let keeping = state.borrow();
        (keeping.keep(), keeping.trouble().cloned())
    };
    SavedProgress {
        keep,
        trouble,
        state,
        refresh,
        pending,
        key,
    }
}

/// Write the journey: the text stored, or why it was not.
fn write(key: &str, journey: &Journey, today: NaiveDate) -> Result<String, String> {
    match saved::save(journey, today) {
        // Nothing is written while the page is leaving (Exit this page, or a
        // failure): nothing any widget had pending is written back.
        Ok(text) if !crate::exit::is_leaving() && browser::store_progress(key, &text) => Ok(text),
        Ok(_) => Err("This browser would not store it: its storage may be full.".to_string()),
        Err(problem) => Err(problem.to_string()),
    }
}
