//! What the page or the embedding site asks for, read once, before the
//! widget starts, into typed values; anything that cannot be used becomes a
//! typed problem, and the widget starts with the default instead.

use std::fmt;

use chrono::NaiveDate;
use escalation_core::{Policy, built_in_policy, default_policy};

use crate::browser;

/// The neutral site "Exit this page" goes to unless the site sets another.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// Where "today" comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Today {
    /// The device's clock: the widget in use.
    Clock,
    /// A fixed date: tests, so no result depends on the machine's date.
    Fixed(NaiveDate),
}

impl Today {
    pub fn date(self) -> NaiveDate {
        match self {
            Today::Clock => browser::today(),
            Today::Fixed(date) => date,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// `?policy=` in the address, or `data-policy`.
    pub policy: &'static Policy,
    /// `data-exit-url`, when it is an absolute https: or http: address.
    pub exit_url: String,
    /// `data-closures`: extra days the host organisation is closed.
    pub closures: Vec<NaiveDate>,
    pub today: Today,
    /// `data-history="on"`: each page of the journey gets a browser history
    /// entry (the widget's own page and the iframe page). Off in a host's
    /// page: the address never changes either way.
    pub history: bool,
    /// `data-test-panic`: fail on purpose, so tests can see the failure view.
    pub panic_for_tests: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            policy: default_policy(),
            exit_url: DEFAULT_EXIT_URL.to_string(),
            closures: Vec::new(),
            today: Today::Clock,
            history: false,
            panic_for_tests: false,
        }
    }
}

/// A setting that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownPolicy(String),
    BadExitUrl(String),
    /// Closure days that are not dates, as given.
    BadClosures(Vec<String>),
}

impl Problem {
    /// Whether the user should be told (the policy, the deadlines), rather
    /// than only the site's editors, in the console.
    pub fn for_the_user(&self) -> bool {
        !matches!(self, Problem::BadExitUrl(_))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownPolicy(id) => write!(
                f,
                "There is no built-in policy called “{id}”, so the guide is showing its default policy."
            ),
            Problem::BadExitUrl(text) => write!(
                f,
                "Escalation Guide: data-exit-url=\"{text}\" is not an absolute https: or http: address with a host; Exit this page goes to {DEFAULT_EXIT_URL} instead."
            ),
            Problem::BadClosures(items) => {
                let quoted: Vec<String> = items.iter().map(|item| format!("“{item}”")).collect();
                let one = items.len() == 1;
                write!(
                    f,
                    "The page’s closure days include {} which {} not a date as YYYY-MM-DD, so deadlines do not allow for {}.",
                    quoted.join(", "),
                    if one { "is" } else { "are" },
                    if one { "it" } else { "them" }
                )
            }
        }
    }
}

impl Settings {
    /// Read the settings from the widget's root element and the address.
    pub fn read(root: &web_sys::Element, today: Today) -> (Settings, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut settings = Settings {
            today,
            panic_for_tests: root.has_attribute("data-test-panic"),
            history: root.get_attribute("data-history").as_deref() == Some("on"),
            ..Settings::default()
        };
        if let Some(id) =
            browser::query_parameter("policy").or_else(|| root.get_attribute("data-policy"))
        {
            match built_in_policy(&id) {
                Some(policy) => settings.policy = policy,
                None => problems.push(Problem::UnknownPolicy(id)),
            }
        }
        if let Some(text) = root.get_attribute("data-exit-url") {
            match browser::exit_url(&text) {
                Some(url) => settings.exit_url = url,
                None => problems.push(Problem::BadExitUrl(text)),
            }
        }
        if let Some(text) = root.get_attribute("data-closures") {
            let (dates, bad) = parse_closures(&text);
            settings.closures = dates;
            if !bad.is_empty() {
                problems.push(Problem::BadClosures(bad));
            }
        }
        for problem in problems.iter().filter(|problem| !problem.for_the_user()) {
            web_sys::console::warn_1(&problem.to_string().into());
        }
        (settings, problems)
    }
}

/// The dates in a list separated by spaces or commas, and the items that
/// are not dates.
pub fn parse_closures(text: &str) -> (Vec<NaiveDate>, Vec<String>) {
    let mut dates = Vec::new();
    let mut bad = Vec::new();
    for item in text.split([' ', ',']).filter(|item| !item.is_empty()) {
        match escalation_core::calendar::parse_iso_date(item) {
            Some(date) => dates.push(date),
            None => bad.push(item.to_string()),
        }
    }
    (dates, bad)
}
