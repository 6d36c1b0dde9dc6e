//! "Keep my progress on this device": the rules, without the browser. The
//! widget's hook (`src/hooks/saved_progress.rs`) reads and writes storage,
//! times the writes and listens for other tabs; every decision about what
//! that means is made here, and tested natively.
//!
//! Three promises, each a defect once:
//! - A kept copy that cannot be used (too big, a newer format, damaged) is
//!   never overwritten: it stays as it is, the user is told, and can
//!   download it raw or delete it, before anything new is kept.
//! - A copy this tab did not write (another tab's, an earlier visit's) is
//!   not replaced unasked when keeping is turned on.
//! - Another tab keeping progress too is noticed: this tab stops keeping
//!   and says so, rather than the two silently overwriting each other; a
//!   copy deleted in another tab (Clear everything, Exit this page) is not
//!   written back.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

/// What was found in storage when the widget started.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Nothing,
    /// A journey that was restored, from this text (shared: the widget
    /// hands it to its hook on every render).
    Restored(Rc<str>),
    /// A kept copy that could not be used, exactly as it is, and why.
    Unreadable {
        raw: Rc<str>,
        problem: String,
    },
    /// Handed over from the guide's first bundle to training mode's
    /// (`hand_over`): keeping exactly as it was there, its trouble (a kept
    /// copy that could not be used, another tab) and the copy it knew.
    Carried(Keeping),
}

/// Why progress is not being kept, when the user asked for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// What storage must do after a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub enum Storage {
    Leave,
    /// Delete the kept copy (and any write waiting to be made).
    Delete,
}

/// Whether progress is kept, what is wrong if anything, and what this tab
/// last read from or wrote to storage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Keeping {
    keep: bool,
    trouble: Option<Trouble>,
    known: Option<String>,
}

impl Keeping {
    /// As the widget starts: keeping if a kept journey was restored; an
    /// unreadable copy waits for the user.
    pub fn start(stored: Stored) -> Keeping {
        match stored {
            Stored::Nothing => Keeping::default(),
            Stored::Restored(text) => Keeping {
                keep: true,
                trouble: None,
                known: Some(text.to_string()),
            },
            Stored::Unreadable { raw, problem } => Keeping {
                keep: false,
                trouble: Some(Trouble::Unreadable { raw, problem }),
                known: None,
            },
            Stored::Carried(keeping) => keeping,
        }
    }

    /// Whether changes are written to storage.
    pub fn keep(&self) -> bool {
        self.keep
    }

    pub fn trouble(&self) -> Option<&Trouble> {
        self.trouble.as_ref()
    }

    /// An unreadable copy waits for the user: keeping cannot be turned on.
    pub fn is_blocked(&self) -> bool {
        matches!(self.trouble, Some(Trouble::Unreadable { .. }))
    }

    /// Turn keeping on or off; `kept_now` is what storage holds now. Off
    /// deletes the kept copy at once. On is refused while an unreadable copy
    /// waits, and asks first over a copy this tab did not write.
    pub fn set_keep(&mut self, on: bool, kept_now: Option<&str>) -> Storage {
        if on && self.is_blocked() {
            return Storage::Leave;
        }
        if on && let Some(kept) = kept_now.filter(|kept| Some(*kept) != self.known.as_deref()) {
            self.trouble = Some(Trouble::KeptElsewhere { raw: kept.into() });
            return Storage::Leave;
        }
        self.trouble = None;
        self.keep = on;
        if on { Storage::Leave } else { Storage::Delete }
    }

    /// Clear everything, or Exit this page: delete the kept copy and stop.
    pub fn forget(&mut self) -> Storage {
        *self = Keeping::default();
        Storage::Delete
    }

    /// Replace the copy kept by another tab or visit, after the user has
    /// chosen to, and keep this tab's progress.
    pub fn replace_kept(&mut self) {
        if let Some(Trouble::KeptElsewhere { raw }) = &self.trouble {
            self.known = Some(raw.to_string());
            self.trouble = None;
            self.keep = true;
        }
    }

    /// Delete the unreadable kept copy, after the user has chosen to.
    pub fn delete_unreadable(&mut self) -> Storage {
        if self.is_blocked() {
            self.trouble = None;
            Storage::Delete
        } else {
            Storage::Leave
        }
    }

    /// Put the message away (the other tab, the cleared copy). An
    /// unreadable copy's message stays until the user decides.
    pub fn dismiss(&mut self) {
        if !self.is_blocked() {
            self.trouble = None;
        }
    }

    /// A write was made (`Ok`, with the text stored) or refused (`Err`, why).
    pub fn written(&mut self, result: Result<String, String>) {
        match result {
            Ok(text) => {
                self.known = Some(text);
                if matches!(self.trouble, Some(Trouble::NotKept(_))) {
                    self.trouble = None;
                }
            }
            Err(why) => self.trouble = Some(Trouble::NotKept(why)),
        }
    }

    /// Another document changed this widget's kept copy to `now` (`None`
    /// when it removed it): stop keeping, and say why. A change to exactly
    /// the text this tab holds is no conflict, and is let be: the browser
    /// can deliver this page's own earlier visit's last write (before a
    /// reload) to the page that has just read that same copy.
    pub fn changed_elsewhere(&mut self, now: Option<&str>) -> Storage {
        if now.is_some() && now == self.known.as_deref() {
            return Storage::Leave;
        }
        self.keep = false;
        self.trouble = Some(if now.is_none() {
            Trouble::ClearedElsewhere
        } else {
            Trouble::OtherTab
        });
        // Not deleted: the other tab's copy is left as it is; only this
        // tab's waiting write is dropped.
        Storage::Leave
    }

    /// The kept copy that is not this tab's, to offer as a file exactly as
    /// it is.
    pub fn not_ours(&self) -> Option<&str> {
        match &self.trouble {
            Some(Trouble::Unreadable { raw, .. } | Trouble::KeptElsewhere { raw }) => Some(raw),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unreadable() -> Keeping {
        Keeping::start(Stored::Unreadable {
            raw: "{broken".into(),
            problem: "It is not JSON".into(),
        })
    }

    #[test]
    fn keeping_is_off_until_the_user_turns_it_on() {
        let mut keeping = Keeping::start(Stored::Nothing);
        assert!(!keeping.keep());
        assert_eq!(keeping.set_keep(true, None), Storage::Leave);
        assert!(keeping.keep());
        assert_eq!(
            keeping.set_keep(false, None),
            Storage::Delete,
            "off deletes at once"
        );
        assert!(!keeping.keep());
    }

    #[test]
    fn a_restored_journey_is_kept_and_its_copy_is_ours() {
        let mut keeping = Keeping::start(Stored::Restored("{\"v\":1}".into()));
        assert!(keeping.keep());
        let _ = keeping.set_keep(false, None);
        // Turning it on again over the copy this tab read is no question.
        assert_eq!(keeping.set_keep(true, Some("{\"v\":1}")), Storage::Leave);
        assert!(keeping.keep());
        assert_eq!(keeping.trouble(), None);
    }

    #[test]
    fn an_unreadable_copy_blocks_keeping_until_deleted() {
        let mut keeping = unreadable();
        assert!(keeping.is_blocked());
        assert_eq!(keeping.not_ours(), Some("{broken"));
        assert_eq!(keeping.set_keep(true, Some("{broken")), Storage::Leave);
        assert!(!keeping.keep(), "never written over");
        keeping.dismiss();
        assert!(
            keeping.is_blocked(),
            "its message stays until the user decides"
        );
        assert_eq!(keeping.delete_unreadable(), Storage::Delete);
        assert_eq!(keeping.set_keep(true, None), Storage::Leave);
        assert!(keeping.keep());
    }

    #[test]
    fn another_copy_is_not_replaced_unasked() {
        let mut keeping = Keeping::start(Stored::Nothing);
        let _ = keeping.set_keep(true, Some("another tab's"));
        assert!(!keeping.keep());
        assert_eq!(
            keeping.trouble(),
            Some(&Trouble::KeptElsewhere {
                raw: "another tab's".into()
            })
        );
        assert_eq!(keeping.not_ours(), Some("another tab's"));
        keeping.replace_kept();
        assert!(keeping.keep());
        assert_eq!(keeping.trouble(), None);
        // That copy is now known: turning keeping off and on again is no question.
        let _ = keeping.set_keep(false, None);
        assert_eq!(
            keeping.set_keep(true, Some("another tab's")),
            Storage::Leave
        );
        assert!(keeping.keep());
    }

    #[test]
    fn another_tab_stops_this_one_keeping_and_says_why() {
        let mut keeping = Keeping::start(Stored::Nothing);
        let _ = keeping.set_keep(true, None);
        assert_eq!(
            keeping.changed_elsewhere(Some("another tab's")),
            Storage::Leave
        );
        assert!(!keeping.keep());
        assert_eq!(keeping.trouble(), Some(&Trouble::OtherTab));
        keeping.dismiss();
        assert_eq!(keeping.trouble(), None);

        let _ = keeping.set_keep(true, None);
        let _ = keeping.changed_elsewhere(None);
        assert_eq!(keeping.trouble(), Some(&Trouble::ClearedElsewhere));
        assert!(
            !keeping.keep(),
            "a copy cleared elsewhere is not written back"
        );
    }

    /// Through the hand-over's JSON, as the two bundles pass it.
    fn carried(keeping: &Keeping) -> Keeping {
        let text = serde_json::to_string(keeping).unwrap();
        Keeping::start(Stored::Carried(serde_json::from_str(&text).unwrap()))
    }

    #[test]
    fn keeping_carries_on_across_the_hand_over_to_training_mode() {
        let mut keeping = carried(&Keeping::start(Stored::Restored("{\"kept\":1}".into())));
        assert!(keeping.keep());
        // The copy it knew is its own: turning keeping off and on asks nothing.
        let _ = keeping.set_keep(false, None);
        assert_eq!(keeping.set_keep(true, Some("{\"kept\":1}")), Storage::Leave);
        assert_eq!(keeping.trouble(), None);
        // Not keeping, with nothing written yet: still not keeping.
        let off = carried(&Keeping::start(Stored::Nothing));
        assert!(!off.keep());
        assert_eq!(off.trouble(), None);
    }

    #[test]
    fn a_kept_copy_that_could_not_be_used_still_waits_after_the_hand_over() {
        let unreadable = Keeping::start(Stored::Unreadable {
            raw: "{broken".into(),
            problem: "It is not JSON".into(),
        });
        let mut keeping = carried(&unreadable);
        assert_eq!(keeping, unreadable);
        assert!(keeping.is_blocked(), "keeping cannot be turned on over it");
        assert_eq!(keeping.set_keep(true, Some("{broken")), Storage::Leave);
        assert!(!keeping.keep());
        // Another tab keeping too is still said after the hand-over.
        let mut other = Keeping::start(Stored::Restored("{\"kept\":1}".into()));
        let _ = other.changed_elsewhere(Some("{\"kept\":2}"));
        assert_eq!(carried(&other).trouble(), Some(&Trouble::OtherTab));
    }

    #[test]
    fn the_copy_this_tab_holds_arriving_again_is_no_other_tab() {
        // Restored after a reload: the earlier visit's last write can reach
        // the new page as a change from elsewhere, with the same text.
        let mut keeping = Keeping::start(Stored::Restored("{\"kept\":1}".into()));
        assert_eq!(
            keeping.changed_elsewhere(Some("{\"kept\":1}")),
            Storage::Leave
        );
        assert!(keeping.keep());
        assert_eq!(keeping.trouble(), None);
        // The same goes for what this tab wrote itself.
        keeping.written(Ok("{\"kept\":2}".into()));
        let _ = keeping.changed_elsewhere(Some("{\"kept\":2}"));
        assert!(keeping.keep());
        // Anything else is another tab's, and deleting it is too.
        let _ = keeping.changed_elsewhere(Some("{\"kept\":3}"));
        assert_eq!(keeping.trouble(), Some(&Trouble::OtherTab));
        assert!(!keeping.keep());
        let mut cleared = Keeping::start(Stored::Restored("{}".into()));
        let _ = cleared.changed_elsewhere(None);
        assert_eq!(cleared.trouble(), Some(&Trouble::ClearedElsewhere));
    }

    #[test]
    fn a_refused_write_says_why_and_the_next_good_one_clears_it() {
        let mut keeping = Keeping::start(Stored::Nothing);
        let _ = keeping.set_keep(true, None);
        keeping.written(Err("The record is too long.".into()));
        assert_eq!(
            keeping.trouble(),
            Some(&Trouble::NotKept("The record is too long.".into()))
        );
        assert!(keeping.keep(), "still keeping: the next change is tried");
        keeping.written(Ok("{}".into()));
        assert_eq!(keeping.trouble(), None);
        // What it wrote is its own: no question when turned on again.
        let _ = keeping.set_keep(false, None);
        assert_eq!(keeping.set_keep(true, Some("{}")), Storage::Leave);
        assert!(keeping.keep());
    }

    #[test]
    fn forgetting_stops_keeping_and_deletes() {
        let mut keeping = Keeping::start(Stored::Restored("x".into()));
        assert_eq!(keeping.forget(), Storage::Delete);
        assert_eq!(keeping, Keeping::default());
    }
}
