//! The settings a host can write, each named once: the list of known
//! settings, the message that names them and the parse all read it from
//! [`SettingName`].

/// Every setting, without its `data-` prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SettingName {
    EscalationGuide,
    Policy,
    PolicyUrl,
    Contacts,
    ExitUrl,
    Division,
    Closures,
    Start,
    History,
    Frame,
    ParentOrigin,
    ThemeBrand,
    ThemeLink,
    ThemeFocus,
    ThemeText,
    ThemeFontFamily,
    ThemeRadius,
    TestPanic,
}

impl SettingName {
    /// Every setting, in the order messages name them.
    pub const ALL: [SettingName; 18] = [
        SettingName::EscalationGuide,
        SettingName::Policy,
        SettingName::PolicyUrl,
        SettingName::Contacts,
        SettingName::ExitUrl,
        SettingName::Division,
        SettingName::Closures,
        SettingName::Start,
        SettingName::History,
        SettingName::Frame,
        SettingName::ParentOrigin,
        SettingName::ThemeBrand,
        SettingName::ThemeLink,
        SettingName::ThemeFocus,
        SettingName::ThemeText,
        SettingName::ThemeFontFamily,
        SettingName::ThemeRadius,
        SettingName::TestPanic,
    ];

    /// On the iframe page, the only settings the address a visitor followed
    /// may choose: which built-in policy, and which page first. Both are
    /// harmless by construction. Everything that puts words, numbers or
    /// destinations on the page (contacts, the exit address, a policy file,
    /// the theme, closure days) comes only from the site's own copy of
    /// `frame.html`, as `data-` attributes on its element, never from a link.
    pub const FROM_ADDRESS: [SettingName; 2] = [SettingName::Policy, SettingName::Start];

    /// The setting's name, without its `data-` prefix (`exit-url`).
    pub const fn name(self) -> &'static str {
        match self {
            SettingName::EscalationGuide => "escalation-guide",
            SettingName::Policy => "policy",
            SettingName::PolicyUrl => "policy-url",
            SettingName::Contacts => "contacts",
            SettingName::ExitUrl => "exit-url",
            SettingName::Division => "division",
            SettingName::Closures => "closures",
            SettingName::Start => "start",
            SettingName::History => "history",
            SettingName::Frame => "frame",
            SettingName::ParentOrigin => "parent-origin",
            SettingName::ThemeBrand => "theme-brand",
            SettingName::ThemeLink => "theme-link",
            SettingName::ThemeFocus => "theme-focus",
            SettingName::ThemeText => "theme-text",
            SettingName::ThemeFontFamily => "theme-font-family",
            SettingName::ThemeRadius => "theme-radius",
            SettingName::TestPanic => "test-panic",
        }
    }

    /// The setting with this name (without `data-`), if there is one.
    pub fn from_name(name: &str) -> Option<SettingName> {
        SettingName::ALL
            .into_iter()
            .find(|setting| setting.name() == name)
    }

    /// Whether the iframe page's address may choose it (see
    /// [`SettingName::FROM_ADDRESS`]).
    pub fn from_address(self) -> bool {
        SettingName::FROM_ADDRESS.contains(&self)
    }
}

/// Every setting's name, without its `data-` prefix.
pub const KNOWN: [&str; 18] = names(SettingName::ALL);

/// The names of [`SettingName::FROM_ADDRESS`]: on the iframe page, the only
/// settings the address a visitor followed may choose.
pub const FROM_ADDRESS: [&str; 2] = names(SettingName::FROM_ADDRESS);

/// Attributes whose names start with this are set by the loader, not by a
/// host, and are never reported as unknown.
pub const LOADER_PREFIX: &str = "eg-";

/// Set by the loader on the second and later widgets of a page that share a
/// name: which one this is, from 2.
pub const INSTANCE: &str = "eg-instance";

const fn names<const N: usize>(settings: [SettingName; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut index = 0;
    while index < N {
        out[index] = settings[index].name();
        index += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_name_reads_back_as_its_setting() {
        for setting in SettingName::ALL {
            assert_eq!(SettingName::from_name(setting.name()), Some(setting));
        }
        assert_eq!(SettingName::from_name("data-policy"), None);
        assert_eq!(SettingName::from_name("Policy"), None);
        // Only these may come from a link: a link must never set where Exit
        // this page goes, or anything else a host decides.
        assert_eq!(FROM_ADDRESS, ["policy", "start"]);
        assert!(KNOWN.iter().all(|name| !name.starts_with(LOADER_PREFIX)));
        assert!(INSTANCE.starts_with(LOADER_PREFIX));
    }
}
