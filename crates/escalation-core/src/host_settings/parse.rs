//! The parse itself: every setting read through a [`SettingsSource`] and
//! checked, in one pass.

use super::closures::parse_closures;
use super::names::{INSTANCE, LOADER_PREFIX, SettingName};
use super::problem::{Problem, one_of};
use super::settings::{ContactsSource, HostSettings, PolicySource, StartView, progress_key};
use super::theme::{THEME_EXPECTED, theme_value_fits};
use super::web_address::{origin_of, web_address};
use crate::{Division, built_in_policy};

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

impl HostSettings {
    /// Read and check every setting.
    pub fn parse(source: &dyn SettingsSource) -> (HostSettings, Vec<Problem>) {
        let attribute = |setting: SettingName| source.attribute(setting.name());
        let frame = attribute(SettingName::Frame).is_some();
        let get = |setting: SettingName| -> Option<String> {
            let from_address = (frame && setting.from_address())
                .then(|| source.address(setting.name()))
                .flatten();
            from_address.or_else(|| attribute(setting))
        };
        let mut problems = Vec::new();
        let invalid = |setting: SettingName, value: String, expected: String| Problem::Invalid {
            name: setting.name().to_string(),
            value,
            expected,
        };
        let mut settings = HostSettings {
            frame,
            panic_for_tests: attribute(SettingName::TestPanic).is_some(),
            history: get(SettingName::History).as_deref().map(str::trim) == Some("on"),
            progress_key: progress_key(
                attribute(SettingName::EscalationGuide).as_deref(),
                source
                    .attribute(INSTANCE)
                    .and_then(|n| n.trim().parse().ok()),
            ),
            ..HostSettings::default()
        };
        for name in source.attribute_names() {
            if SettingName::from_name(&name).is_none() && !name.starts_with(LOADER_PREFIX) {
                problems.push(Problem::Unknown(format!("data-{name}")));
            }
        }
        if frame {
            problems.extend(
                source
                    .address_names()
                    .into_iter()
                    .filter(|name| {
                        !SettingName::from_name(name).is_some_and(SettingName::from_address)
                    })
                    .map(Problem::NotFromAddress),
            );
        }
        settings.own_page = frame || source.is_own_page_element();
        // The page's own ?policy= is for its own pages only, not a host's, and
        // only where the site has not chosen the policy itself: a link never
        // puts another policy in place of the site's.
        let site_chose =
            attribute(SettingName::Policy).is_some() || attribute(SettingName::PolicyUrl).is_some();
        let page_policy = (settings.own_page && !site_chose)
            .then(|| source.address(SettingName::Policy.name()))
            .flatten();
        match (
            page_policy.or_else(|| attribute(SettingName::Policy)),
            attribute(SettingName::PolicyUrl),
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
        if let Some(text) = get(SettingName::Contacts) {
            settings.contacts = ContactsSource::from_setting(&text);
        }
        if let Some(text) = get(SettingName::ExitUrl) {
            match web_address(&text) {
                Some(url) => settings.exit_url = url,
                None => problems.push(Problem::BadExitUrl(text)),
            }
        }
        if let Some(text) = get(SettingName::History)
            && !matches!(text.trim(), "on" | "off")
        {
            problems.push(invalid(SettingName::History, text, "on or off".into()));
        }
        if let Some(text) = get(SettingName::ParentOrigin) {
            match origin_of(&text) {
                Some(origin) => settings.parent_origin = Some(origin),
                None => problems.push(invalid(
                    SettingName::ParentOrigin,
                    text,
                    "the origin of your page around the frame, such as https://www.example.org"
                        .into(),
                )),
            }
        }
        if let Some(text) = get(SettingName::Division) {
            match Division::from_id(text.trim()) {
                Some(division) => settings.division = Some(division),
                None => problems.push(invalid(
                    SettingName::Division,
                    text,
                    one_of(&Division::ALL.map(Division::id)),
                )),
            }
        }
        if let Some(text) = get(SettingName::Closures) {
            let (dates, bad) = parse_closures(&text);
            settings.closures = dates;
            if !bad.is_empty() {
                problems.push(Problem::BadClosures(bad));
            }
        }
        if let Some(text) = get(SettingName::Start) {
            settings.start = match StartView::from_name(text.trim()) {
                Some(view) => view,
                None => {
                    problems.push(invalid(
                        SettingName::Start,
                        text,
                        one_of(&StartView::ALL.map(StartView::name)),
                    ));
                    StartView::Journey
                }
            };
        }
        for setting in SettingName::ALL {
            let Some(property) = setting.theme_property() else {
                continue;
            };
            if let Some(value) = get(setting) {
                if theme_value_fits(&value) {
                    settings.theme.push((property, value));
                } else {
                    problems.push(invalid(setting, value, THEME_EXPECTED.into()));
                }
            }
        }
        (settings, problems)
    }
}
