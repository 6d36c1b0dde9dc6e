//! What the page or the embedding site asks for, read once, before the
//! widget starts, into typed values; anything that cannot be used becomes a
//! typed problem (named in the console, and told to the user where it
//! changes what they see), and the widget starts with the default instead.
//!
//! A host sets them as `data-` attributes on the element the widget goes
//! in; the iframe page (`frame.html`) takes the same names, without
//! `data-`, as query parameters.

use std::fmt;

use chrono::NaiveDate;
use escalation_core::{Division, Policy, built_in_policy, default_policy};

use crate::browser;

pub use escalation_core::outline::DEFAULT_EXIT_URL;

/// Every setting, without its `data-` prefix.
const KNOWN: [&str; 18] = [
    "escalation-guide",
    "policy",
    "policy-url",
    "contacts",
    "exit-url",
    "division",
    "closures",
    "start",
    "history",
    "frame",
    "parent-origin",
    "theme-brand",
    "theme-link",
    "theme-focus",
    "theme-text",
    "theme-font-family",
    "theme-radius",
    "test-panic",
];

/// On the iframe page, the only settings the address a visitor followed may
/// choose: which built-in policy, and which page first. Both are harmless
/// by construction. Everything that puts words, numbers or destinations on
/// the page (contacts, the exit address, a policy file, the theme, closure
/// days) comes only from the site's own copy of `frame.html`, as `data-`
/// attributes on its element, never from a link.
pub const FROM_ADDRESS: [&str; 2] = ["policy", "start"];

/// Theme settings and the custom property each sets.
pub const THEME: [(&str, &str); 6] = [
    ("theme-brand", "--escalation-guide-brand"),
    ("theme-link", "--escalation-guide-link"),
    ("theme-focus", "--escalation-guide-focus"),
    ("theme-text", "--escalation-guide-text"),
    ("theme-font-family", "--escalation-guide-font-family"),
    ("theme-radius", "--escalation-guide-radius"),
];

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

/// Which policy the widget follows.
#[derive(Clone, Debug, PartialEq)]
pub enum PolicySource {
    BuiltIn(&'static Policy),
    /// A policy file on the host's own site, fetched once and checked with
    /// the rules of `policy-tool check`.
    Url(String),
}

/// Contact details for the policy's roles.
#[derive(Clone, Debug, PartialEq)]
pub enum ContactsSource {
    None,
    /// A JSON block in the setting itself.
    Inline(String),
    /// A JSON file on the host's site.
    Url(String),
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

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// `policy` (a built-in id; also `?policy=` in the page's address) or
    /// `policy-url`.
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
    pub today: Today,
    /// `history="on"`: each page of the journey gets a browser history
    /// entry (the widget's own page and the iframe page). Off in a host's
    /// page: the address never changes either way.
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
    pub panic_for_tests: bool,
    /// Where this widget keeps progress, when the user asks: named by the
    /// value of `data-escalation-guide`, so two widgets on a page do not
    /// share it.
    pub progress_key: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            policy: PolicySource::BuiltIn(default_policy()),
            contacts: ContactsSource::None,
            exit_url: DEFAULT_EXIT_URL.to_string(),
            division: None,
            closures: Vec::new(),
            start: StartView::Journey,
            theme: Vec::new(),
            today: Today::Clock,
            history: false,
            frame: false,
            parent_origin: None,
            own_page: false,
            panic_for_tests: false,
            progress_key: browser::PROGRESS_KEY.to_string(),
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
    /// A setting the widget does not have.
    Unknown(String),
    /// A setting in the iframe page's address that only the site may make.
    NotFromAddress(String),
    /// A setting whose value is not one the widget can use: the setting,
    /// the value, and what was expected.
    Invalid {
        name: String,
        value: String,
        expected: &'static str,
    },
}

impl Problem {
    /// Whether the user should be told (the policy, the deadlines), rather
    /// than only the site's editors, in the console.
    pub fn for_the_user(&self) -> bool {
        matches!(self, Problem::UnknownPolicy(_) | Problem::BadClosures(_))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownPolicy(id) => write!(
                f,
                "There is no built-in policy called “{}”, so the guide is showing its default policy.",
                shortened(id)
            ),
            Problem::BadExitUrl(text) => write!(
                f,
                "Escalation Guide: data-exit-url=\"{}\" is not an absolute https: or http: address with a host; Exit this page goes to {DEFAULT_EXIT_URL} instead.",
                shortened(text)
            ),
            Problem::BadClosures(items) => {
                let mut quoted: Vec<String> = items
                    .iter()
                    .take(NAMED)
                    .map(|item| format!("“{}”", shortened(item)))
                    .collect();
                if items.len() > NAMED {
                    quoted.push(format!("{} more", items.len() - NAMED));
                }
                let one = items.len() == 1;
                write!(
                    f,
                    "The page’s closure days include {} which {} not a date as YYYY-MM-DD, so deadlines do not allow for {}.",
                    quoted.join(", "),
                    if one { "is" } else { "are" },
                    if one { "it" } else { "them" }
                )
            }
            Problem::Unknown(name) => write!(
                f,
                "Escalation Guide: there is no setting called {}; it is ignored. The settings are: {}.",
                shortened(name),
                KNOWN[1..]
                    .iter()
                    .map(|known| format!("data-{known}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Problem::NotFromAddress(name) => {
                let name = shortened(name);
                write!(
                    f,
                    "Escalation Guide: ?{name}= in the address of frame.html is ignored: a link cannot set it. Set data-{name} on the element in your own copy of frame.html. The address may choose only {}.",
                    FROM_ADDRESS.join(" and ")
                )
            }
            Problem::Invalid {
                name,
                value,
                expected,
            } => write!(
                f,
                "Escalation Guide: data-{name}=\"{}\" cannot be used; expected {expected}. The default is used instead.",
                shortened(value)
            ),
        }
    }
}

/// How many bad closure days a message names; the rest are counted.
const NAMED: usize = 5;

/// A value as a message quotes it: at most 80 characters, and nothing that
/// could rewrite a console or a page.
fn shortened(text: &str) -> String {
    let short: String = text.chars().take(80).collect();
    let short = escalation_core::validate::printable(&short);
    if text.chars().count() > 80 {
        format!("{short}…")
    } else {
        short
    }
}

/// Reads settings from an element's `data-` attributes, or from the page's
/// query parameters on the iframe page.
struct Reader<'a> {
    root: &'a web_sys::Element,
    frame: bool,
}

impl Reader<'_> {
    fn get(&self, name: &str) -> Option<String> {
        let from_address = (self.frame && FROM_ADDRESS.contains(&name))
            .then(|| browser::query_parameter(name))
            .flatten();
        from_address.or_else(|| self.root.get_attribute(&format!("data-{name}")))
    }

    /// The names of every setting given on the element, without `data-`.
    fn given(&self) -> Vec<String> {
        let names = self.root.get_attribute_names();
        (0..names.length())
            .filter_map(|index| names.get(index).as_string())
            .filter_map(|name| name.strip_prefix("data-").map(str::to_string))
            .collect()
    }

    /// On the iframe page, the settings in its address that a link may not
    /// make (and so are ignored).
    fn refused_from_address(&self) -> Vec<String> {
        if !self.frame {
            return Vec::new();
        }
        browser::query_names()
            .into_iter()
            .filter(|name| !FROM_ADDRESS.contains(&name.as_str()))
            .collect()
    }
}

impl Settings {
    /// Read the settings from the element a widget goes in (and, on the
    /// widget's own page, the page's address).
    pub fn read(root: &web_sys::Element, today: Today) -> (Settings, Vec<Problem>) {
        let reader = Reader {
            root,
            frame: root.has_attribute("data-frame"),
        };
        let mut problems = Vec::new();
        let invalid = |name: &str, value: String, expected| Problem::Invalid {
            name: name.to_string(),
            value,
            expected,
        };
        let mut settings = Settings {
            today,
            frame: reader.frame,
            panic_for_tests: reader.get("test-panic").is_some(),
            history: reader.get("history").as_deref().map(str::trim) == Some("on"),
            progress_key: progress_key(
                root.get_attribute("data-escalation-guide").as_deref(),
                root.get_attribute(INSTANCE_ATTRIBUTE)
                    .and_then(|n| n.parse().ok()),
            ),
            ..Settings::default()
        };
        for name in reader.given() {
            if !KNOWN.contains(&name.as_str()) && !name.starts_with("eg-") {
                problems.push(Problem::Unknown(format!("data-{name}")));
            }
        }
        problems.extend(
            reader
                .refused_from_address()
                .into_iter()
                .map(Problem::NotFromAddress),
        );
        settings.own_page = reader.frame || root.id() == "escalation-guide";
        // The page's own ?policy= is for its own page only, not a host's.
        let page_policy = settings
            .own_page
            .then(|| browser::query_parameter("policy"))
            .flatten();
        match (
            page_policy.or_else(|| reader.get("policy")),
            reader.get("policy-url"),
        ) {
            (_, Some(url)) if !url.trim().is_empty() => {
                settings.policy = PolicySource::Url(url.trim().to_string());
            }
            (Some(id), _) => match built_in_policy(&id) {
                Some(policy) => settings.policy = PolicySource::BuiltIn(policy),
                None => problems.push(Problem::UnknownPolicy(id)),
            },
            _ => {}
        }
        if let Some(text) = reader.get("contacts") {
            let text = text.trim().to_string();
            settings.contacts = if text.starts_with('{') {
                ContactsSource::Inline(text)
            } else if !text.is_empty() {
                ContactsSource::Url(text)
            } else {
                ContactsSource::None
            };
        }
        if let Some(text) = reader.get("exit-url") {
            match browser::exit_url(&text) {
                Some(url) => settings.exit_url = url,
                None => problems.push(Problem::BadExitUrl(text)),
            }
        }
        if let Some(text) = reader.get("history")
            && !matches!(text.trim(), "on" | "off")
        {
            problems.push(invalid("history", text, "on or off"));
        }
        if let Some(text) = reader.get("parent-origin") {
            match browser::origin_of(&text) {
                Some(origin) => settings.parent_origin = Some(origin),
                None => problems.push(invalid(
                    "parent-origin",
                    text,
                    "the origin of your page around the frame, such as https://www.example.org",
                )),
            }
        }
        if let Some(text) = reader.get("division") {
            match Division::from_id(text.trim()) {
                Some(division) => settings.division = Some(division),
                None => problems.push(invalid(
                    "division",
                    text,
                    "england-and-wales, scotland or northern-ireland",
                )),
            }
        }
        if let Some(text) = reader.get("closures") {
            let (dates, bad) = parse_closures(&text);
            settings.closures = dates;
            if !bad.is_empty() {
                problems.push(Problem::BadClosures(bad));
            }
        }
        if let Some(text) = reader.get("start") {
            settings.start = match text.trim() {
                "journey" => StartView::Journey,
                "overview" => StartView::Overview,
                "timeline" => StartView::Timeline,
                "about" => StartView::About,
                "training" => StartView::Training,
                _ => {
                    problems.push(invalid(
                        "start",
                        text,
                        "journey, overview, timeline, about or training",
                    ));
                    StartView::Journey
                }
            };
        }
        for (name, property) in THEME {
            if let Some(value) = reader.get(name) {
                if theme_value_fits(&value) {
                    settings.theme.push((property, value));
                } else {
                    problems.push(invalid(name, value, "a CSS value without ; { } or < >"));
                }
            }
        }
        for problem in problems.iter().filter(|problem| !problem.for_the_user()) {
            web_sys::console::warn_1(&problem.to_string().into());
        }
        (settings, problems)
    }
}

/// Set by the loader on the second and later widgets of a page that share a
/// name (`data-escalation-guide="x"` twice, or unnamed twice): which one
/// this is, from 2.
pub const INSTANCE_ATTRIBUTE: &str = "data-eg-instance";

/// Where a widget keeps progress: named by the value of
/// `data-escalation-guide`, and for the second and later widgets of a page
/// with the same name, by which one it is, so no widget's save ever
/// replaces another's.
pub fn progress_key(name: Option<&str>, instance: Option<u32>) -> String {
    let mut key = match name.map(str::trim) {
        Some(name) if !name.is_empty() => format!("{}:{name}", browser::PROGRESS_KEY),
        _ => browser::PROGRESS_KEY.to_string(),
    };
    if let Some(instance) = instance.filter(|n| *n > 1) {
        key.push_str(&format!("#{instance}"));
    }
    key
}

/// A theme value is one CSS value: nothing that could end the declaration
/// or start another, and not long.
fn theme_value_fits(value: &str) -> bool {
    !value.trim().is_empty()
        && value.len() <= 200
        && !value.contains([';', '{', '}', '<', '>', '\\'])
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
