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

/// The CSS functions a theme value may call: colours, arithmetic and the
/// page's own custom properties. Any other (`url(`, `image-set(`, `src(`
/// and the like) could make the guide fetch an address from another site.
const THEME_FUNCTIONS: [&str; 17] = [
    "rgb",
    "rgba",
    "hsl",
    "hsla",
    "hwb",
    "lab",
    "lch",
    "oklab",
    "oklch",
    "color",
    "color-mix",
    "light-dark",
    "calc",
    "min",
    "max",
    "clamp",
    "var",
];

/// What a theme value must be, in the words of the message that refuses one.
pub const THEME_EXPECTED: &str = "a CSS value without ; { } < > \\ or @, calling no function but a colour's, calc(), min(), max(), clamp() or var()";

/// A theme value is one CSS value: nothing that could end the declaration
/// or start another, no function but a colour's, arithmetic or `var()`, no
/// escape and not long.
pub fn theme_value_fits(value: &str) -> bool {
    !value.trim().is_empty()
        && value.len() <= 200
        && !value.contains([';', '{', '}', '<', '>', '\\', '@'])
        && functions_called(value).iter().all(|name| {
            // A bracket with no name before it groups arithmetic.
            name.is_empty()
                || THEME_FUNCTIONS
                    .iter()
                    .any(|allowed| allowed.eq_ignore_ascii_case(name))
        })
}

/// The name before each `(` in a CSS value, outside quoted strings (a
/// typeface may be called "Foo (Web)").
fn functions_called(value: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut quote = None;
    for (at, c) in value.char_indices() {
        match (quote, c) {
            (Some(open), c) if c == open => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(') => {
                let before = value[..at].trim_end();
                let start = before
                    .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .map_or(0, |i| i + 1);
                names.push(&before[start..]);
            }
            _ => {}
        }
    }
    names
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
        assert!(theme_value_fits("#1d70b8"));
        assert!(!theme_value_fits("red; background: url(x)"));
        assert!(!theme_value_fits(" "));
        assert!(theme_value_fits("rgb(29 112 184 / 90%)"));
        assert!(theme_value_fits("calc(0.25rem + 1px)"));
        assert!(theme_value_fits("\"Noto Sans\", Arial, sans-serif"));
        assert!(!theme_value_fits("url(https://tracker.example/p.png)"));
        assert!(!theme_value_fits("Image-Set(\"x.png\" 1x)"));
        assert!(
            !theme_value_fits("rgb(0 0 0) url (x)"),
            "a space before the bracket is still a call"
        );
    }
}
