//! The briefing's presenter view: a second window of the same page, named
//! so that the widget in it knows to show the presenter view, and told the
//! part by a `BroadcastChannel` (same origin, stores nothing). A leaf.

use crate::browser;

/// The presenter window's name (`window.open`'s target): the widget in a
/// window of this name shows the presenter view, and Exit this page closes
/// it rather than leaving.
pub const WINDOW_NAME: &str = "escalation-guide-presenter";

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

/// This window is the presenter view.
pub fn is_presenter_window() -> bool {
    browser::window()
        .and_then(|window| window.name().ok())
        .is_some_and(|name| name == WINDOW_NAME)
}

/// Open the presenter view: this page again, in a window of its own.
pub fn open() -> Result<(), NoSecondWindow> {
    let window = browser::window().ok_or(NoSecondWindow::Blocked)?;
    let framed = window.top().ok().flatten().is_some_and(|top| top != window);
    if framed {
        return Err(NoSecondWindow::InFrame);
    }
    let here = window.location().href().unwrap_or_default();
    match window.open_with_url_and_target_and_features(
        &here,
        WINDOW_NAME,
        "popup,width=1200,height=800",
    ) {
        Ok(Some(_)) => Ok(()),
        _ => Err(NoSecondWindow::Blocked),
    }
}

/// Close this window if it is the presenter view (Exit this page). True if
/// it is closing.
pub fn close_if_presenter() -> bool {
    let Some(window) = browser::window() else {
        return false;
    };
    if !is_presenter_window() {
        return false;
    }
    let _ = window.close();
    window.closed().unwrap_or(false)
}
