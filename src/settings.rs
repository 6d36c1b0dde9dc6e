//! What the page or the embedding site asks for, read once, before the
//! widget starts. The rules are `escalation_core::host_settings` (a pure
//! parse, tested natively and fuzzed); this file reads the element's `data-`
//! attributes and the page's address for it, and says in the console what
//! could not be used.
//!
//! A host sets them as `data-` attributes on the element the widget goes
//! in; the iframe page (`frame.html`) takes them from its own element, and
//! only `policy` and `start` from its address.

use std::ops::Deref;
use std::rc::Rc;

use chrono::NaiveDate;
use escalation_core::hand_over::HandOver;
use escalation_core::host_settings::SettingsSource;
pub use escalation_core::host_settings::{
    ContactsSource, HostSettings, PolicySource, Problem, StartView,
};

use crate::browser;

pub use escalation_core::outline::DEFAULT_EXIT_URL;

/// Set by the loader on the second and later widgets of a page that share a
/// name (`data-escalation-guide="x"` twice, or unnamed twice): which one
/// this is, from 2. Read as the setting `eg-instance`.
pub const INSTANCE_ATTRIBUTE: &str = "data-eg-instance";

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

/// The host's settings, and where today comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub host: HostSettings,
    pub today: Today,
    /// Where the guide's first bundle had got to, when training mode's
    /// bundle takes over from it (`src/hand_over.rs`).
    pub handed_over: Option<Rc<HandOver>>,
}

impl Deref for Settings {
    type Target = HostSettings;
    fn deref(&self) -> &HostSettings {
        &self.host
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            host: HostSettings::default(),
            today: Today::Clock,
            handed_over: None,
        }
    }
}

/// The element's `data-` attributes and the page's address.
struct Element<'a>(&'a web_sys::Element);

impl SettingsSource for Element<'_> {
    fn attribute(&self, name: &str) -> Option<String> {
        self.0.get_attribute(&format!("data-{name}"))
    }

    fn attribute_names(&self) -> Vec<String> {
        let names = self.0.get_attribute_names();
        (0..names.length())
            .filter_map(|index| names.get(index).as_string())
            .filter_map(|name| name.strip_prefix("data-").map(str::to_string))
            .collect()
    }

    fn address(&self, name: &str) -> Option<String> {
        browser::query_parameter(name)
    }

    fn address_names(&self) -> Vec<String> {
        browser::query_names()
    }

    fn is_own_page_element(&self) -> bool {
        self.0.id() == "escalation-guide"
    }
}

impl Settings {
    /// Read the settings from the element a widget goes in (and, on the
    /// widget's own pages, the page's address). What the site's editors
    /// should know is named in the console.
    pub fn read(root: &web_sys::Element, today: Today) -> (Settings, Vec<Problem>) {
        let (host, problems) = HostSettings::parse(&Element(root));
        for problem in problems.iter().filter(|problem| !problem.for_the_user()) {
            web_sys::console::warn_1(&problem.to_string().into());
        }
        (
            Settings {
                host,
                today,
                handed_over: None,
            },
            problems,
        )
    }
}
