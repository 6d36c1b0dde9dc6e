//! The theme a host may set: which settings are theme settings, the custom
//! property each sets, and which values fit.

use super::names::SettingName;

impl SettingName {
    /// The custom property a theme setting sets, or `None` if it is not a
    /// theme setting.
    pub const fn theme_property(self) -> Option<&'static str> {
        match self {
            SettingName::ThemeBrand => Some("--escalation-guide-brand"),
            SettingName::ThemeLink => Some("--escalation-guide-link"),
            SettingName::ThemeFocus => Some("--escalation-guide-focus"),
            SettingName::ThemeText => Some("--escalation-guide-text"),
            SettingName::ThemeFontFamily => Some("--escalation-guide-font-family"),
            SettingName::ThemeRadius => Some("--escalation-guide-radius"),
            _ => None,
        }
    }
}

/// Theme settings and the custom property each sets.
pub const THEME: [(&str, &str); 6] = {
    let mut out = [("", ""); 6];
    let mut count = 0;
    let mut index = 0;
    while index < SettingName::ALL.len() {
        let setting = SettingName::ALL[index];
        if let Some(property) = setting.theme_property() {
            out[count] = (setting.name(), property);
            count += 1;
        }
        index += 1;
    }
    assert!(count == out.len(), "THEME names every theme setting");
    out
};

/// A theme value is one CSS value: nothing that could end the declaration
/// or start another, and not long.
pub fn theme_value_fits(value: &str) -> bool {
    !value.trim().is_empty()
        && value.len() <= 200
        && !value.contains([';', '{', '}', '<', '>', '\\'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_theme_setting_sets_its_own_custom_property() {
        for (name, property) in THEME {
            let short = name.strip_prefix("theme-").unwrap();
            assert_eq!(property, format!("--escalation-guide-{short}"));
        }
        assert_eq!(THEME[0], ("theme-brand", "--escalation-guide-brand"));
        assert_eq!(THEME[5], ("theme-radius", "--escalation-guide-radius"));
        assert!(theme_value_fits("#1d70b8"));
        assert!(!theme_value_fits("red; background: url(x)"));
        assert!(!theme_value_fits(" "));
    }
}
