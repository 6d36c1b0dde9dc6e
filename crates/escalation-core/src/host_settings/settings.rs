//! What the host asked for, read and checked: the settings and their
//! defaults, and where a widget keeps progress.

use chrono::NaiveDate;

use crate::outline::DEFAULT_EXIT_URL;
use crate::{Division, Policy, default_policy};

/// Where a widget keeps progress in the browser's storage, when asked: this,
/// then `:name` and `#n` (see [`progress_key`]).
pub const PROGRESS_KEY: &str = "escalation-guide:progress";

/// Which policy the widget follows.
#[derive(Clone, Debug, PartialEq)]
pub enum PolicySource {
    BuiltIn(&'static Policy),
    /// A policy file on the host's own site, fetched once and checked with
    /// the rules of `policy-tool check`.
    Url(String),
}

/// Contact details for the policy's roles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContactsSource {
    None,
    /// A JSON block in the setting itself.
    Inline(String),
    /// A JSON file on the host's site.
    Url(String),
}

impl ContactsSource {
    /// What the `contacts` setting names: a JSON block if it starts with
    /// `{`, otherwise the address of a file; nothing if it is empty.
    pub fn from_setting(text: &str) -> ContactsSource {
        let text = text.trim().to_string();
        if text.starts_with('{') {
            ContactsSource::Inline(text)
        } else if !text.is_empty() {
            ContactsSource::Url(text)
        } else {
            ContactsSource::None
        }
    }
}

/// The page the widget opens on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartView {
    Journey,
    Overview,
    Timeline,
    About,
    /// Training mode: the first part of the 7-minute briefing.
    Training,
}

impl StartView {
    /// Every first page, in the order messages name them.
    pub const ALL: [StartView; 5] = [
        StartView::Journey,
        StartView::Overview,
        StartView::Timeline,
        StartView::About,
        StartView::Training,
    ];

    /// The value of the `start` setting that opens it.
    pub fn name(self) -> &'static str {
        match self {
            StartView::Journey => "journey",
            StartView::Overview => "overview",
            StartView::Timeline => "timeline",
            StartView::About => "about",
            StartView::Training => "training",
        }
    }

    /// The first page a `start` value names, if any.
    pub fn from_name(name: &str) -> Option<StartView> {
        StartView::ALL.into_iter().find(|view| view.name() == name)
    }
}

/// Everything a host can set, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct HostSettings {
    /// `policy` (a built-in id; also `?policy=` on the widget's own pages)
    /// or `policy-url`.
    pub policy: PolicySource,
    pub contacts: ContactsSource,
    /// `exit-url`, when it is an absolute https: or http: address.
    pub exit_url: String,
    /// `division`: whose bank holidays count, instead of the policy's own.
    pub division: Option<Division>,
    /// `closures`: extra days the host organisation is closed.
    pub closures: Vec<NaiveDate>,
    pub start: StartView,
    /// Theme custom properties and their values.
    pub theme: Vec<(&'static str, String)>,
    /// `history="on"`: each page of the journey gets a browser history
    /// entry. Off in a host's page: the address never changes either way.
    pub history: bool,
    /// `frame`: the widget is the iframe page's, and tells its parent page
    /// its height and when Exit this page is used.
    pub frame: bool,
    /// `parent-origin`: on the iframe page, the origin of the site's page
    /// around it, the only page told its height and Exit this page. Without
    /// it, only a parent on the frame's own origin is told.
    pub parent_origin: Option<String>,
    /// The widget is the whole page: its own page (`index.html`) or the
    /// iframe page, not a widget on a host's page.
    pub own_page: bool,
    /// `test-panic`: fail on purpose, so tests can see the failure view.
    /// An attribute only the page's own editors can set.
    pub panic_for_tests: bool,
    /// Where this widget keeps progress, when the user asks.
    pub progress_key: String,
}

impl Default for HostSettings {
    fn default() -> Self {
        HostSettings {
            policy: PolicySource::BuiltIn(default_policy()),
            contacts: ContactsSource::None,
            exit_url: DEFAULT_EXIT_URL.to_string(),
            division: None,
            closures: Vec::new(),
            start: StartView::Journey,
            theme: Vec::new(),
            history: false,
            frame: false,
            parent_origin: None,
            own_page: false,
            panic_for_tests: false,
            progress_key: PROGRESS_KEY.to_string(),
        }
    }
}

/// Where a widget keeps progress: named by the value of
/// `data-escalation-guide`, and for the second and later widgets of a page
/// with the same name, by which one it is (`#2`), so no widget's save ever
/// replaces another's.
pub fn progress_key(name: Option<&str>, instance: Option<u32>) -> String {
    // The name with `%`, `:` and `#` written as %25, %3A and %23, so no name
    // can look like another's key with its number.
    let mut key = match name.map(str::trim) {
        Some(name) if !name.is_empty() => {
            let name = name
                .replace('%', "%25")
                .replace(':', "%3A")
                .replace('#', "%23");
            format!("{PROGRESS_KEY}:{name}")
        }
        _ => PROGRESS_KEY.to_string(),
    };
    if let Some(instance) = instance.filter(|n| *n > 1) {
        key.push_str(&format!("#{instance}"));
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widgets_that_share_a_name_keep_apart() {
        assert_eq!(progress_key(None, None), "escalation-guide:progress");
        assert_eq!(
            progress_key(Some(" "), Some(2)),
            "escalation-guide:progress#2"
        );
        assert_eq!(
            progress_key(Some("a"), Some(1)),
            "escalation-guide:progress:a"
        );
        assert_eq!(
            progress_key(Some("a"), Some(3)),
            "escalation-guide:progress:a#3"
        );
        assert_ne!(
            progress_key(Some("a#2"), None),
            progress_key(Some("a"), Some(2))
        );
        assert_ne!(
            progress_key(Some("a:b"), None),
            progress_key(Some("a%3Ab"), None)
        );
    }
}
