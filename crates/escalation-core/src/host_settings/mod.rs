//! What the embedding site (or the page) asks for, as a pure parse: the
//! widget reads `data-` attributes (and, on the iframe page, two query
//! parameters) through a [`SettingsSource`], and this module decides what
//! each means. Anything that cannot be used becomes a typed [`Problem`],
//! and the default is used instead. Tested natively and fuzzed
//! (`fuzz/fuzz_targets/host_settings.rs`).
//!
//! By job: `names` (every setting, named once, in [`SettingName`]),
//! `settings` (what the parse gives, with its defaults), `problem` (what
//! could not be used, in words), `theme`, `closures` and `web_address` (the
//! rules for those values), and `parse` (the parse itself).

mod closures;
mod names;
mod parse;
mod problem;
mod settings;
mod theme;
mod web_address;

pub use closures::parse_closures;
pub use names::{FROM_ADDRESS, KNOWN, SettingName};
pub use parse::SettingsSource;
pub use problem::Problem;
pub use settings::{
    ContactsSource, HostSettings, PROGRESS_KEY, PolicySource, StartView, progress_key,
};
pub use theme::{THEME, THEME_EXPECTED, theme_value_fits};
pub use web_address::{origin_of, web_address};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::built_in_policy;
    use crate::outline::DEFAULT_EXIT_URL;
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
        let (settings, problems) = HostSettings::parse(&hostile);
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
        let (settings, problems) = HostSettings::parse(&site);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(settings.exit_url, "https://www.example.org/");
        assert_eq!(
            settings.parent_origin.as_deref(),
            Some("https://www.example.org")
        );
    }

    #[test]
    fn a_link_never_replaces_the_sites_policy_nor_puts_words_on_the_page() {
        let site = given(
            &[("frame", ""), ("policy", "white-rock-preschool")],
            &[("policy", "berkshire-lscb-2017")],
        );
        let (settings, _) = HostSettings::parse(&site);
        assert_eq!(
            settings.policy,
            PolicySource::BuiltIn(built_in_policy("white-rock-preschool").unwrap())
        );
        let words = given(&[("frame", "")], &[("policy", "call 0800 000 666 instead")]);
        let (_, problems) = HostSettings::parse(&words);
        let shown: Vec<String> = problems
            .iter()
            .filter(|p| p.for_the_user())
            .map(ToString::to_string)
            .collect();
        assert_eq!(shown.len(), 1);
        assert!(!shown[0].contains("0800"), "{shown:?}");
    }

    #[test]
    fn messages_are_short_whatever_was_given() {
        let junk = (0..100_000)
            .map(|n| format!("x{n}"))
            .collect::<Vec<_>>()
            .join(" ");
        let (_, problems) = HostSettings::parse(&given(
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

    #[test]
    fn messages_name_the_settings_and_the_choices() {
        let (settings, problems) = HostSettings::parse(&given(
            &[
                ("bogus", "x"),
                ("eg-instance", "2"),
                ("frame", ""),
                ("division", "wales"),
                ("start", "end"),
                ("theme-brand", "red; x"),
                ("theme-radius", "4px"),
            ],
            &[("exit-url", "https://www.example.org/")],
        ));
        assert_eq!(
            settings.theme,
            [("--escalation-guide-radius", "4px".to_string())]
        );
        assert_eq!(settings.progress_key, "escalation-guide:progress#2");
        let words: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            words,
            [
                "Escalation Guide: there is no setting called data-bogus; it is ignored. The settings are: data-policy, data-policy-url, data-contacts, data-exit-url, data-division, data-closures, data-start, data-history, data-frame, data-parent-origin, data-theme-brand, data-theme-link, data-theme-focus, data-theme-text, data-theme-font-family, data-theme-radius, data-test-panic.",
                "Escalation Guide: ?exit-url= in the address of frame.html is ignored: a link cannot set it. Set data-exit-url on the element in your own copy of frame.html. The address may choose only policy and start.",
                "Escalation Guide: data-division=\"wales\" cannot be used; expected england-and-wales, scotland or northern-ireland. The default is used instead.",
                "Escalation Guide: data-start=\"end\" cannot be used; expected journey, overview, timeline, about or training. The default is used instead.",
                "Escalation Guide: data-theme-brand=\"red; x\" cannot be used; expected a CSS value without ; { } < > \\ or @, calling no function but a colour's, calc(), min(), max(), clamp() or var(). The default is used instead.",
            ]
        );
        for view in StartView::ALL {
            let (settings, problems) = HostSettings::parse(&given(&[("start", view.name())], &[]));
            assert_eq!((settings.start, problems), (view, vec![]));
        }
    }
}
