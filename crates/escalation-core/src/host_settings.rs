//! What the embedding site (or the page) asks for, as a pure parse: the
//! widget reads `data-` attributes (and, on the iframe page, two query
//! parameters) through a [`SettingsSource`], and this module decides what
//! each means. Anything that cannot be used becomes a typed [`Problem`],
//! and the default is used instead. Tested natively and fuzzed
//! (`fuzz/fuzz_targets/host_settings.rs`).

use std::fmt;

use chrono::NaiveDate;

use crate::calendar::parse_iso_date;
use crate::outline::DEFAULT_EXIT_URL;
use crate::{Division, Policy, built_in_policy, default_policy};

/// Every setting, without its `data-` prefix.
pub const KNOWN: [&str; 18] = [
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

/// Where a widget keeps progress in the browser's storage, when asked: this,
/// then `:name` and `#n` (see [`progress_key`]).
pub const PROGRESS_KEY: &str = "escalation-guide:progress";

/// How many bad closure days a message names; the rest are counted.
const NAMED: usize = 5;

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

/// An id as policy files write them: 1 to 64 lower-case letters, digits and
/// hyphens.
fn looks_like_an_id(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A value as a message quotes it: at most 80 characters, and nothing that
/// could rewrite a console or a page.
fn shortened(text: &str) -> String {
    let short: String = text.chars().take(80).collect();
    let short = crate::validate::printable(&short);
    if text.chars().count() > 80 {
        format!("{short}…")
    } else {
        short
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Shown to the user, and it may come from a link: quoted only
            // when it looks like a policy id, so no one's words appear.
            Problem::UnknownPolicy(id) if looks_like_an_id(id) => write!(
                f,
                "There is no built-in policy called “{id}”, so the guide is showing its default policy."
            ),
            Problem::UnknownPolicy(_) => write!(
                f,
                "The address or the page names a policy this guide does not have, so the guide is showing its default policy."
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

/// Where the settings are read from: the `data-` attributes of the element
/// a widget goes in and, on the iframe page and the widget's own page, the
/// page's address.
pub trait SettingsSource {
    /// `data-{name}` on the element.
    fn attribute(&self, name: &str) -> Option<String>;
    /// The names of every `data-` attribute on the element, without `data-`.
    fn attribute_names(&self) -> Vec<String>;
    /// `?{name}=` in the page's address.
    fn address(&self, name: &str) -> Option<String>;
    /// The names of every query parameter in the page's address.
    fn address_names(&self) -> Vec<String>;
    /// The element is the widget's own page's (`id="escalation-guide"`).
    fn is_own_page_element(&self) -> bool;
}

/// Read and check every setting.
pub fn parse(source: &dyn SettingsSource) -> (HostSettings, Vec<Problem>) {
    let frame = source.attribute("frame").is_some();
    let get = |name: &str| -> Option<String> {
        let from_address = (frame && FROM_ADDRESS.contains(&name))
            .then(|| source.address(name))
            .flatten();
        from_address.or_else(|| source.attribute(name))
    };
    let mut problems = Vec::new();
    let invalid = |name: &str, value: String, expected| Problem::Invalid {
        name: name.to_string(),
        value,
        expected,
    };
    let mut settings = HostSettings {
        frame,
        panic_for_tests: source.attribute("test-panic").is_some(),
        history: get("history").as_deref().map(str::trim) == Some("on"),
        progress_key: progress_key(
            source.attribute("escalation-guide").as_deref(),
            source
                .attribute("eg-instance")
                .and_then(|n| n.trim().parse().ok()),
        ),
        ..HostSettings::default()
    };
    for name in source.attribute_names() {
        if !KNOWN.contains(&name.as_str()) && !name.starts_with("eg-") {
            problems.push(Problem::Unknown(format!("data-{name}")));
        }
    }
    if frame {
        problems.extend(
            source
                .address_names()
                .into_iter()
                .filter(|name| !FROM_ADDRESS.contains(&name.as_str()))
                .map(Problem::NotFromAddress),
        );
    }
    settings.own_page = frame || source.is_own_page_element();
    // The page's own ?policy= is for its own pages only, not a host's, and
    // only where the site has not chosen the policy itself: a link never
    // puts another policy in place of the site's.
    let site_chose =
        source.attribute("policy").is_some() || source.attribute("policy-url").is_some();
    let page_policy = (settings.own_page && !site_chose)
        .then(|| source.address("policy"))
        .flatten();
    match (
        page_policy.or_else(|| source.attribute("policy")),
        source.attribute("policy-url"),
    ) {
        (_, Some(url)) if !url.trim().is_empty() => {
            settings.policy = PolicySource::Url(url.trim().to_string());
        }
        (Some(id), _) => match built_in_policy(id.trim()) {
            Some(policy) => settings.policy = PolicySource::BuiltIn(policy),
            None => problems.push(Problem::UnknownPolicy(id)),
        },
        _ => {}
    }
    if let Some(text) = get("contacts") {
        let text = text.trim().to_string();
        settings.contacts = if text.starts_with('{') {
            ContactsSource::Inline(text)
        } else if !text.is_empty() {
            ContactsSource::Url(text)
        } else {
            ContactsSource::None
        };
    }
    if let Some(text) = get("exit-url") {
        match web_address(&text) {
            Some(url) => settings.exit_url = url,
            None => problems.push(Problem::BadExitUrl(text)),
        }
    }
    if let Some(text) = get("history")
        && !matches!(text.trim(), "on" | "off")
    {
        problems.push(invalid("history", text, "on or off"));
    }
    if let Some(text) = get("parent-origin") {
        match origin_of(&text) {
            Some(origin) => settings.parent_origin = Some(origin),
            None => problems.push(invalid(
                "parent-origin",
                text,
                "the origin of your page around the frame, such as https://www.example.org",
            )),
        }
    }
    if let Some(text) = get("division") {
        match Division::from_id(text.trim()) {
            Some(division) => settings.division = Some(division),
            None => problems.push(invalid(
                "division",
                text,
                "england-and-wales, scotland or northern-ireland",
            )),
        }
    }
    if let Some(text) = get("closures") {
        let (dates, bad) = parse_closures(&text);
        settings.closures = dates;
        if !bad.is_empty() {
            problems.push(Problem::BadClosures(bad));
        }
    }
    if let Some(text) = get("start") {
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
        if let Some(value) = get(name) {
            if theme_value_fits(&value) {
                settings.theme.push((property, value));
            } else {
                problems.push(invalid(name, value, "a CSS value without ; { } or < >"));
            }
        }
    }
    (settings, problems)
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

/// A theme value is one CSS value: nothing that could end the declaration
/// or start another, and not long.
pub fn theme_value_fits(value: &str) -> bool {
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
        match parse_iso_date(item) {
            Some(date) => dates.push(date),
            None => bad.push(item.to_string()),
        }
    }
    (dates, bad)
}

/// An absolute `https:` or `http:` address, read into its parts: scheme
/// and host in lower case, the port if one was given, and the rest.
struct WebAddress<'a> {
    scheme: &'static str,
    host: String,
    port: Option<u16>,
    rest: &'a str,
}

/// `text` without `prefix`, compared without regard to case.
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The parts of an absolute `https:` or `http:` address with a host that a
/// browser can go to: a host of ASCII letters, digits, dots and hyphens (a
/// name, or four numbers to 255), or an IPv6 literal in brackets; a port
/// to 65535; no spaces or control characters. Anything else is `None`.
fn web_parts(text: &str) -> Option<WebAddress<'_>> {
    let text = text.trim();
    let (scheme, rest) = if let Some(rest) = strip_prefix_ignoring_case(text, "https://") {
        ("https", rest)
    } else if let Some(rest) = strip_prefix_ignoring_case(text, "http://") {
        ("http", rest)
    } else {
        return None;
    };
    if rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, rest) = rest.split_at(end);
    let (host, port) = if let Some(after) = authority.strip_prefix('[') {
        let close = after.find(']')?;
        let inner = &after[..close];
        let literal = !inner.is_empty()
            && inner.contains(':')
            && inner.matches("::").count() <= 1
            && inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
        if !literal {
            return None;
        }
        let port = match &after[close + 1..] {
            "" => None,
            tail => Some(tail.strip_prefix(':')?),
        };
        (format!("[{}]", inner.to_ascii_lowercase()), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        let host = host.to_ascii_lowercase();
        let labels: Vec<&str> = host.trim_end_matches('.').split('.').collect();
        let named = !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
            && labels
                .iter()
                .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
        if !named {
            return None;
        }
        let numeric = |label: &&str| label.bytes().all(|b| b.is_ascii_digit());
        // A name whose last part is a number is an IPv4 address, or nothing.
        if labels.last().is_some_and(numeric) {
            let quad = labels.len() == 4
                && labels.iter().all(|label| {
                    numeric(label)
                        && label.len() <= 3
                        && label.parse::<u16>().is_ok_and(|n| n <= 255)
                });
            if !quad {
                return None;
            }
        }
        (host, port)
    };
    let port = match port {
        None => None,
        Some(port) => {
            if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some(port.parse::<u16>().ok()?)
        }
    };
    Some(WebAddress {
        scheme,
        host,
        port,
        rest,
    })
}

impl WebAddress<'_> {
    /// `https://www.example.org` or `http://127.0.0.1:8080`: the default
    /// port left out, as a browser writes an origin.
    fn origin(&self) -> String {
        let default = if self.scheme == "https" { 443 } else { 80 };
        match self.port {
            Some(port) if port != default => format!("{}://{}:{port}", self.scheme, self.host),
            _ => format!("{}://{}", self.scheme, self.host),
        }
    }
}

/// An absolute `https:` or `http:` address with a host, with its scheme and
/// host in lower case, or `None`: the one rule for an exit address.
pub fn web_address(text: &str) -> Option<String> {
    web_parts(text).map(|address| format!("{}{}", address.origin(), address.rest))
}

/// The origin of an absolute `https:` or `http:` address
/// ("https://www.example.org").
pub fn origin_of(text: &str) -> Option<String> {
    web_parts(text).map(|address| address.origin())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// A source made of maps: attributes and query parameters.
    #[derive(Default)]
    pub struct Given {
        pub attributes: BTreeMap<String, String>,
        pub address: BTreeMap<String, String>,
    }

    impl SettingsSource for Given {
        fn attribute(&self, name: &str) -> Option<String> {
            self.attributes.get(name).cloned()
        }
        fn attribute_names(&self) -> Vec<String> {
            self.attributes.keys().cloned().collect()
        }
        fn address(&self, name: &str) -> Option<String> {
            self.address.get(name).cloned()
        }
        fn address_names(&self) -> Vec<String> {
            self.address.keys().cloned().collect()
        }
        fn is_own_page_element(&self) -> bool {
            false
        }
    }

    fn given(attributes: &[(&str, &str)], address: &[(&str, &str)]) -> Given {
        let map = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        Given {
            attributes: map(attributes),
            address: map(address),
        }
    }

    #[test]
    fn a_link_to_the_iframe_page_chooses_only_the_policy_and_the_first_page() {
        let hostile = given(
            &[("escalation-guide", ""), ("frame", "")],
            &[
                ("policy", "white-rock-preschool"),
                ("start", "about"),
                ("exit-url", "https://evil.example/"),
                ("contacts", "{\"designated-safeguarding-lead\":{}}"),
                ("policy-url", "https://evil.example/p.json"),
                ("theme-text", "transparent"),
                ("test-panic", ""),
            ],
        );
        let (settings, problems) = parse(&hostile);
        assert_eq!(
            settings.policy,
            PolicySource::BuiltIn(built_in_policy("white-rock-preschool").unwrap())
        );
        assert_eq!(settings.start, StartView::About);
        assert_eq!(settings.exit_url, DEFAULT_EXIT_URL);
        assert_eq!(settings.contacts, ContactsSource::None);
        assert!(settings.theme.is_empty());
        assert!(!settings.panic_for_tests);
        let refused: Vec<&str> = problems
            .iter()
            .filter_map(|p| match p {
                Problem::NotFromAddress(name) => Some(name.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            refused,
            [
                "contacts",
                "exit-url",
                "policy-url",
                "test-panic",
                "theme-text"
            ]
        );

        // The site's own frame.html sets them as attributes.
        let site = given(
            &[
                ("frame", ""),
                ("exit-url", "https://www.example.org/"),
                ("parent-origin", "https://WWW.example.org/page"),
            ],
            &[],
        );
        let (settings, problems) = parse(&site);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(settings.exit_url, "https://www.example.org/");
        assert_eq!(
            settings.parent_origin.as_deref(),
            Some("https://www.example.org")
        );
    }

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

    #[test]
    fn a_link_never_replaces_the_sites_policy_nor_puts_words_on_the_page() {
        let site = given(
            &[("frame", ""), ("policy", "white-rock-preschool")],
            &[("policy", "berkshire-lscb-2017")],
        );
        let (settings, _) = parse(&site);
        assert_eq!(
            settings.policy,
            PolicySource::BuiltIn(built_in_policy("white-rock-preschool").unwrap())
        );
        let words = given(&[("frame", "")], &[("policy", "call 0800 000 666 instead")]);
        let (_, problems) = parse(&words);
        let shown: Vec<String> = problems
            .iter()
            .filter(|p| p.for_the_user())
            .map(ToString::to_string)
            .collect();
        assert_eq!(shown.len(), 1);
        assert!(!shown[0].contains("0800"), "{shown:?}");
    }

    #[test]
    fn exit_addresses_are_absolute_web_addresses_with_a_host() {
        for (good, read) in [
            ("https://www.example.org", "https://www.example.org"),
            (
                "https://www.example.org/path?x=1#y",
                "https://www.example.org/path?x=1#y",
            ),
            (
                "http://example.org:8080/a?b#c",
                "http://example.org:8080/a?b#c",
            ),
            ("HTTPS://X.Example.ORG/Path", "https://x.example.org/Path"),
            ("http://[::1]:80/", "http://[::1]/"),
            ("http://[::1]/", "http://[::1]/"),
            ("https://127.0.0.1:8443/", "https://127.0.0.1:8443/"),
            ("https://example.org:443/x", "https://example.org/x"),
        ] {
            assert_eq!(web_address(good).as_deref(), Some(read), "{good}");
        }
        for bad in [
            "",
            "javascript:alert(1)",
            "http://",
            "https://[bad",
            "http://javascript:alert(1)",
            "/relative",
            "https://a b/",
            "https://user@host/",
            "data:text/html,x",
            "https:///x",
            "https://x:99999/",
            "https://x:/",
            "https://[1]/",
            "https://1.2.3.4.5/",
            "https://site.123/",
            "https://300.1.1.1/",
            "http://é.example/",
            "https:/é",
            "mailto:ö@x",
            "ht\u{e9}tps://x",
        ] {
            assert_eq!(web_address(bad), None, "{bad}");
        }
        assert_eq!(
            origin_of("HTTPS://WWW.Example.org:443/page").as_deref(),
            Some("https://www.example.org")
        );
        assert_eq!(
            origin_of("http://[::1]:8080/").as_deref(),
            Some("http://[::1]:8080")
        );
    }

    #[test]
    fn messages_are_short_whatever_was_given() {
        let junk = (0..100_000)
            .map(|n| format!("x{n}"))
            .collect::<Vec<_>>()
            .join(" ");
        let (_, problems) = parse(&given(
            &[
                ("closures", &junk),
                ("policy", &"p".repeat(10_000)),
                ("history", "yes"),
            ],
            &[],
        ));
        for problem in &problems {
            assert!(problem.to_string().chars().count() < 1_000, "{problem}");
        }
        assert!(
            problems
                .iter()
                .any(|p| p.to_string().contains("99995 more"))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.to_string().contains("data-history=\"yes\""))
        );
    }
}
