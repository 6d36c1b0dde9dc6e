//! "Keep my progress on this device": off unless the user turns it on.
//!
//! Three promises, each a defect once:
//! - A kept copy that cannot be used (too big, a newer format, damaged) is
//!   never overwritten: it stays as it is, the user is told, and can
//!   download it raw or delete it, before anything new is kept.
//! - Typing does not write storage on every key press: the write waits
//!   until typing pauses, and is made at once when the page is hidden.
//! - Another tab keeping progress too is noticed (the `storage` event fires
//!   only in the other tabs): this tab stops keeping and says so, rather
//!   than the two silently overwriting each other; a copy deleted in
//!   another tab (Clear everything, Exit this page) is not written back.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use escalation_core::{Journey, saved};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;

/// How long typing must pause before progress is written.
const WRITE_AFTER_MS: u32 = 400;

/// What was found in storage when the widget started.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Nothing,
    /// A journey that was restored.
    Restored,
    /// A kept copy that could not be used, exactly as it is, and why.
    Unreadable {
        raw: Rc<str>,
        problem: String,
    },
}

/// Why progress is not being kept, when the user asked for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Trouble {
    /// The kept copy could not be used; nothing is written until the user
    /// has downloaded or deleted it.
    Unreadable { raw: Rc<str>, problem: String },
    /// Another tab or window is keeping progress too.
    OtherTab,
    /// Another tab or window deleted the kept copy.
    ClearedElsewhere,
    /// Keeping was turned on while a copy this tab did not write (another
    /// tab's, an earlier visit's) is kept: it is not replaced unasked.
    KeptElsewhere { raw: Rc<str> },
    /// The record is over a limit, or the browser refused to store it.
    NotKept(String),
}

/// The state of "keep my progress" and what can be done with it.
#[derive(Clone)]
pub struct SavedProgress {
    pub keep: bool,
    pub trouble: Option<Trouble>,
    keep_state: UseStateHandle<bool>,
    trouble_state: UseStateHandle<Option<Trouble>>,
    pending: Rc<RefCell<Option<Timeout>>>,
    /// What this tab last read from or wrote to storage.
    known: Rc<RefCell<Option<String>>>,
    /// Where this widget keeps progress.
    key: Rc<str>,
}

impl PartialEq for SavedProgress {
    fn eq(&self, other: &Self) -> bool {
        self.keep == other.keep && self.trouble == other.trouble
    }
}

impl SavedProgress {
    /// Turn keeping on or off. Off deletes the kept copy at once. On is
    /// refused while an unreadable copy waits for the user's decision.
    pub fn set_keep(&self, on: bool) {
        if on && matches!(self.trouble, Some(Trouble::Unreadable { .. })) {
            return;
        }
        if on
            && let Some(kept) = browser::stored_progress(&self.key)
            && Some(&kept) != self.known.borrow().as_ref()
        {
            self.trouble_state
                .set(Some(Trouble::KeptElsewhere { raw: kept.into() }));
            return;
        }
        if !on {
            self.pending.borrow_mut().take();
            browser::forget_progress(&self.key);
        }
        self.trouble_state.set(None);
        self.keep_state.set(on);
    }

    /// Delete the kept copy and stop keeping: Clear everything.
    pub fn forget(&self) {
        self.pending.borrow_mut().take();
        browser::forget_progress(&self.key);
        *self.known.borrow_mut() = None;
        self.keep_state.set(false);
        self.trouble_state.set(None);
    }

    /// Replace the copy kept by another tab or visit, after the user has
    /// chosen to, and keep this tab's progress.
    pub fn replace_kept(&self) {
        if let Some(Trouble::KeptElsewhere { raw }) = &self.trouble {
            *self.known.borrow_mut() = Some(raw.to_string());
            self.trouble_state.set(None);
            self.keep_state.set(true);
        }
    }

    /// Offer the kept copy that is not this tab's as a file, exactly as it is.
    pub fn download_unreadable(&self, today: NaiveDate) {
        if let Some(Trouble::Unreadable { raw, .. } | Trouble::KeptElsewhere { raw }) =
            &self.trouble
        {
            browser::download(
                &format!("escalation-progress-as-kept-{today}.json"),
                "application/json",
                raw,
            );
        }
    }

    /// Delete the unreadable kept copy, after the user has chosen to.
    pub fn delete_unreadable(&self) {
        if matches!(self.trouble, Some(Trouble::Unreadable { .. })) {
            browser::forget_progress(&self.key);
            self.trouble_state.set(None);
        }
    }

    /// Put the message away (the other tab, the cleared copy).
    pub fn dismiss(&self) {
        if !matches!(self.trouble, Some(Trouble::Unreadable { .. })) {
            self.trouble_state.set(None);
        }
    }
}

#[hook]
pub fn use_saved_progress(
    key: Rc<str>,
    stored: Stored,
    journey: Rc<Journey>,
    today: NaiveDate,
) -> SavedProgress {
    let keep_state = use_state(|| stored == Stored::Restored);
    let trouble_state = use_state(|| match &stored {
        Stored::Unreadable { raw, problem } => Some(Trouble::Unreadable {
            raw: raw.clone(),
            problem: problem.clone(),
        }),
        _ => None,
    });
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let known: Rc<RefCell<Option<String>>> = use_mut_ref(|| {
        (stored == Stored::Restored)
            .then(|| browser::stored_progress(&key))
            .flatten()
    });
    // The newest journey to write, for a write made at once on page hide.
    let latest: Rc<RefCell<Option<Rc<Journey>>>> = use_mut_ref(|| None);

    // Write after a pause in typing, only while keeping. (An unreadable
    // kept copy, another tab and a copy cleared elsewhere all turn keeping
    // off, and it cannot be turned on again over an unreadable copy.)
    {
        let pending = pending.clone();
        let latest = latest.clone();
        let trouble_state = trouble_state.clone();
        let known = known.clone();
        let key = key.clone();
        let writing = *keep_state;
        use_effect_with((journey, writing), move |(journey, writing)| {
            *latest.borrow_mut() = writing.then(|| journey.clone());
            if *writing {
                let journey = journey.clone();
                let latest = latest.clone();
                let known = known.clone();
                let key = key.clone();
                let was_not_kept = matches!(*trouble_state, Some(Trouble::NotKept(_)));
                *pending.borrow_mut() = Some(Timeout::new(WRITE_AFTER_MS, move || {
                    latest.borrow_mut().take();
                    match write(&key, &journey, today, &known) {
                        Some(trouble) => trouble_state.set(Some(trouble)),
                        None if was_not_kept => trouble_state.set(None),
                        None => {}
                    }
                }));
            } else {
                pending.borrow_mut().take();
            }
        });
    }

    // Hidden (another tab, closed, Exit): write what is waiting now.
    {
        let pending = pending.clone();
        let latest = latest.clone();
        let known = known.clone();
        let key = key.clone();
        use_effect_with((), move |_| {
            let listener = browser::window().map(|window| {
                EventListener::new(&window, "pagehide", move |_| {
                    pending.borrow_mut().take();
                    if crate::exit::is_leaving() {
                        return;
                    }
                    if let Some(journey) = latest.borrow_mut().take() {
                        let _ = write(&key, &journey, today, &known);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Another tab changed the kept copy.
    {
        let keep_state = keep_state.clone();
        let trouble_state = trouble_state.clone();
        let pending = pending.clone();
        let key = key.clone();
        let keeping = *keep_state;
        use_effect_with(keeping, move |&keeping| {
            let listener = keeping.then(browser::window).flatten().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let ours = event.key().is_none_or(|changed| *changed == *key);
                    if !ours {
                        return;
                    }
                    pending.borrow_mut().take();
                    keep_state.set(false);
                    trouble_state.set(Some(match event.new_value() {
                        Some(_) => Trouble::OtherTab,
                        None => Trouble::ClearedElsewhere,
                    }));
                })
            });
            move || drop(listener)
        });
    }

    SavedProgress {
        keep: *keep_state,
        trouble: (*trouble_state).clone(),
        keep_state,
        trouble_state,
        pending,
        known,
        key,
    }
}

/// Write the journey, or say why it was not written.
fn write(
    key: &str,
    journey: &Journey,
    today: NaiveDate,
    known: &RefCell<Option<String>>,
) -> Option<Trouble> {
    match saved::save(journey, today) {
        // Nothing is written while the page is leaving (Exit this page, or a
        // failure): nothing any widget had pending is written back.
        Ok(text) if !crate::exit::is_leaving() && browser::store_progress(key, &text) => {
            *known.borrow_mut() = Some(text);
            None
        }
        Ok(_) => Some(Trouble::NotKept(
            "This browser would not store it: its storage may be full.".to_string(),
        )),
        Err(problem) => Some(Trouble::NotKept(problem.to_string())),
    }
}
