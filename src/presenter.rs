//! The briefing's presenter view: a second window of the same page, named
//! so that the widget in it knows to show the presenter view, and told the
//! part by a `BroadcastChannel` (same origin, stores nothing). A leaf.

use crate::browser;

/// The start of the presenter window's name (`window.open`'s target), then
/// the policy the briefing is on: the widget in a window of this name,
/// opened by another, shows the presenter view of that policy, and Exit
/// this page closes it rather than leaving.
pub const WINDOW_NAME: &str = "escalation-guide-presenter:";

/// Why the notes show below the part instead of in a second window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoSecondWindow {
    /// The browser refused the window (a pop-up blocker).
    Blocked,
    /// The guide is in a frame, whose page decides about windows.
    InFrame,
}

impl NoSecondWindow {
    pub fn in_words(self) -> &'static str {
        match self {
            NoSecondWindow::Blocked => {
                "Your browser did not open a second window (it may block pop-ups), so the notes and the clock are below the part instead."
            }
            NoSecondWindow::InFrame => {
                "The guide is in a frame on this page, so it cannot open a second window: the notes and the clock are below the part instead."
            }
        }
    }
}

/// The policy this window presents, if it is the presenter view: named so,
/// and opened by another window.
pub fn presenter_window() -> Option<String> {
    let window = browser::window()?;
    let opened = window
        .opener()
        .ok()
        .is_some_and(|opener| !opener.is_null() && !opener.is_undefined());
    let name = window.name().ok()?;
    name.strip_prefix(WINDOW_NAME)
        .filter(|_| opened)
        .map(str::to_string)
}

/// Open the presenter view of `policy_id`: this page again, in a window of
/// its own.
pub fn open(policy_id: &str) -> Result<web_sys::Window, NoSecondWindow> {
    let window = browser::window().ok_or(NoSecondWindow::Blocked)?;
    let framed = window.top().ok().flatten().is_some_and(|top| top != window);
    if framed {
        return Err(NoSecondWindow::InFrame);
    }
    let here = window.location().href().unwrap_or_default();
    match window.open_with_url_and_target_and_features(
        &here,
        &format!("{WINDOW_NAME}{policy_id}"),
        "popup,width=1200,height=800",
    ) {
        Ok(Some(opened)) => Ok(opened),
        _ => Err(NoSecondWindow::Blocked),
    }
}

/// Close this window if it is the presenter view (Exit this page). True if
/// it is closing.
pub fn close_if_presenter() -> bool {
    let Some(window) = browser::window() else {
        return false;
    };
    if presenter_window().is_none() {
        return false;
    }
    let _ = window.close();
    window.closed().unwrap_or(false)
}
