//! What a host pastes into its page: the element the widget goes in, with
//! its settings as `data-` attributes and the fallback inside, and the
//! script tag. One generator, so `policy-tool snippet` and a publishing page
//! give the same bytes for the same settings; the settings are checked by
//! the parse the widget reads them with (`HostSettings::parse`).

use crate::host_settings::{HostSettings, Problem, SettingName, SettingsSource};
use crate::outline::{escape_html, fallback_html};
use crate::policy::Policy;

/// A snippet's parts.
pub struct Snippet<'a> {
    pub policy: &'a Policy,
    /// Where the host serves the widget's `escalation-guide.js`.
    pub script_url: &'a str,
    /// Where the host puts its own policy file; `None` for a built-in policy.
    pub policy_url: Option<&'a str>,
    /// Further settings (contacts, the exit address, theme colours, …).
    /// The policy is set above; the settings only a loader or a test sets
    /// are left out.
    pub settings: Vec<(SettingName, String)>,
}

/// Settings a host does not write on the element.
fn is_hosts(setting: SettingName) -> bool {
    !matches!(
        setting,
        SettingName::EscalationGuide
            | SettingName::Policy
            | SettingName::PolicyUrl
            | SettingName::TestPanic
    )
}

/// The element's `data-` attributes, as the widget's parse reads them.
struct Attributes<'a>(&'a [(SettingName, String)]);

impl SettingsSource for Attributes<'_> {
    fn attribute(&self, name: &str) -> Option<String> {
        if name == SettingName::EscalationGuide.name() {
            return Some(String::new());
        }
        self.0
            .iter()
            .find(|(setting, _)| setting.name() == name)
            .map(|(_, value)| value.clone())
    }
    fn attribute_names(&self) -> Vec<String> {
        std::iter::once(SettingName::EscalationGuide.name().to_string())
            .chain(self.0.iter().map(|(setting, _)| setting.name().to_string()))
            .collect()
    }
    fn address(&self, _: &str) -> Option<String> {
        None
    }
    fn address_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn is_own_page_element(&self) -> bool {
        false
    }
}

impl Snippet<'_> {
    /// The element's settings, the policy first, then the rest in the order
    /// of `SettingName::ALL`, each once (the last given wins).
    pub fn attributes(&self) -> Vec<(SettingName, String)> {
        let mut all = vec![match self.policy_url {
            Some(url) => (SettingName::PolicyUrl, url.to_string()),
            None => (SettingName::Policy, self.policy.id.to_string()),
        }];
        for setting in SettingName::ALL.into_iter().filter(|&s| is_hosts(s)) {
            if let Some((_, value)) = self.settings.iter().rev().find(|(s, _)| *s == setting) {
                all.push((setting, value.clone()));
            }
        }
        all
    }

    /// What the widget would read from these settings, and what it would
    /// say about them: a problem here is one to fix before publishing.
    pub fn read(&self) -> (HostSettings, Vec<Problem>) {
        HostSettings::parse(&Attributes(&self.attributes()))
    }

    /// The snippet: the element with its settings and the fallback inside
    /// (with the exit address the widget would use), and the script tag.
    pub fn html(&self) -> String {
        let attributes: String = self
            .attributes()
            .iter()
            .map(|(setting, value)| format!(" data-{}=\"{}\"", setting.name(), escape_html(value)))
            .collect();
        let (settings, _) = self.read();
        format!(
            "<div data-escalation-guide{attributes}>\n{}</div>\n<script type=\"module\" src=\"{}\"></script>\n",
            fallback_html(self.policy, &settings.exit_url),
            escape_html(self.script_url)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::built_in_policy;

    fn white_rock() -> &'static Policy {
        built_in_policy("white-rock-preschool").unwrap()
    }

    #[test]
    fn settings_go_on_the_element_in_one_order_and_the_exit_address_into_the_fallback() {
        let snippet = Snippet {
            policy: white_rock(),
            script_url: "/escalation-guide/escalation-guide.js",
            policy_url: None,
            settings: vec![
                (SettingName::ThemeBrand, "#005ea5".into()),
                (SettingName::ExitUrl, "https://www.example.org/".into()),
                (
                    SettingName::Contacts,
                    r#"{"dsl":{"phone":"01234 567890"}}"#.into(),
                ),
            ],
        };
        let html = snippet.html();
        assert!(html.starts_with(
            "<div data-escalation-guide data-policy=\"white-rock-preschool\" data-contacts=\"{&quot;dsl&quot;:{&quot;phone&quot;:&quot;01234 567890&quot;}}\" data-exit-url=\"https://www.example.org/\" data-theme-brand=\"#005ea5\">\n"
        ), "{html}");
        assert!(
            html.contains(
                "<a href=\"https://www.example.org/\" class=\"eg-exit-this-page__button\""
            )
        );
        assert!(html.ends_with(
            "<script type=\"module\" src=\"/escalation-guide/escalation-guide.js\"></script>\n"
        ));
    }

    #[test]
    fn a_setting_the_widget_would_refuse_is_a_problem_and_the_fallback_keeps_the_neutral_exit() {
        let snippet = Snippet {
            policy: white_rock(),
            script_url: "./escalation-guide.js",
            policy_url: None,
            settings: vec![
                (SettingName::ExitUrl, "javascript:alert(1)".into()),
                (
                    SettingName::ThemeLink,
                    "url(https://tracker.example/)".into(),
                ),
            ],
        };
        let (_, problems) = snippet.read();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            snippet
                .html()
                .contains("href=\"https://www.bbc.co.uk/weather\"")
        );
    }
}
