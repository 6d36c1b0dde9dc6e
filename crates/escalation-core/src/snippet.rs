//! What a host pastes into its page: the element the widget goes in, with
//! its settings as `data-` attributes and the fallback inside, and the
//! script tag. One generator, so `policy-tool snippet` and a publishing page
//! give the same bytes for the same settings; the settings are checked by
//! the parse the widget reads them with (`HostSettings::parse`).

use crate::host_settings::{
    ContactsSource, HostSettings, Problem, SettingName, SettingsSource, origin_of,
};
use crate::outline::{escape_html, fallback_html, frame_fallback_html};
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
        let fallback = if settings.frame {
            frame_fallback_html(self.policy, &settings.exit_url)
        } else {
            fallback_html(self.policy, &settings.exit_url)
        };
        format!(
            "<div data-escalation-guide{attributes}>\n{fallback}</div>\n<script type=\"module\" src=\"{}\"></script>\n",
            escape_html(self.script_url)
        )
    }
}

/// The listener a host pastes beside the iframe: the frame's height
/// follows its content, and Exit this page leaves the whole tab. It checks
/// that every message comes from the frame.
pub const FRAME_LISTENER: &str = r#"<script>
  (function () {
    var frame = document.getElementById("escalation-guide-frame");
    var origin = new URL(frame.src, location.href).origin;
    window.addEventListener("message", function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.type === "escalation-guide:height" && isFinite(data.height)) {
        frame.style.height = Math.ceil(data.height) + "px";
      }
      if (data.type === "escalation-guide:exit" && /^https?:\/\//.test(data.url)) {
        document.documentElement.style.visibility = "hidden";
        location.replace(data.url);
      }
    });
  })();
</script>
"#;

/// The origin an address names, if it is absolute (`https://…`, or `//…`
/// read as `https:`); `None` for one on the page's own origin.
fn other_origin(address: &str) -> Option<String> {
    let address = address.trim();
    match address.strip_prefix("//") {
        Some(rest) => origin_of(&format!("https://{rest}")),
        None => origin_of(address),
    }
}

impl<'a> Snippet<'a> {
    /// The same settings for the iframe page (`frame.html`), for sites that
    /// cannot add a script: the element marked as framed, with its own
    /// history, telling only `parent_origin` (the host page's origin) its
    /// height and Exit this page; the widget from the same folder.
    pub fn framed(&self, parent_origin: Option<&str>, policy_url: Option<&'a str>) -> Snippet<'a> {
        let mut settings = vec![
            (SettingName::Frame, String::new()),
            (SettingName::History, "on".to_string()),
        ];
        if let Some(origin) = parent_origin.map(str::trim).filter(|o| !o.is_empty()) {
            settings.push((SettingName::ParentOrigin, origin.to_string()));
        }
        settings.extend(
            self.settings
                .iter()
                .filter(|(setting, _)| {
                    !matches!(
                        setting,
                        SettingName::Frame | SettingName::History | SettingName::ParentOrigin
                    )
                })
                .cloned(),
        );
        Snippet {
            policy: self.policy,
            script_url: FRAME_SCRIPT,
            policy_url,
            settings,
        }
    }

    /// The host's policy file's address as the iframe page must give it:
    /// the page is in the widget's folder, so an address relative to the
    /// host's page would be read from there. One starting with `/` is read
    /// on the host's origin when the widget is on another; an absolute one
    /// stays. `Err` for a relative address, which only the host's page can
    /// read.
    pub fn frame_policy_url(&self, parent_origin: Option<&str>) -> Result<Option<String>, String> {
        let Some(url) = self.policy_url.map(str::trim) else {
            return Ok(None);
        };
        if other_origin(url).is_some() {
            return Ok(Some(url.to_string()));
        }
        if url.starts_with('/') {
            return Ok(Some(
                match (
                    other_origin(self.script_url),
                    parent_origin.and_then(origin_of),
                ) {
                    (Some(_), Some(host)) => format!("{host}{url}"),
                    _ => url.to_string(),
                },
            ));
        }
        Err(format!(
            "The iframe page is in the guide\u{2019}s folder, so it cannot read \u{201c}{url}\u{201d}, an address relative to your page: give one starting with / or https://."
        ))
    }

    /// The whole iframe page for a [`Snippet::framed`] snippet.
    pub fn frame_page(&self) -> String {
        format!(
            "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>{}</title>\n</head>\n<body>\n{}</body>\n</html>\n",
            escape_html(&self.policy.title),
            self.html()
        )
    }

    /// The address of the iframe page: `frame.html` in the folder the
    /// widget's script is in.
    pub fn frame_url(&self) -> String {
        let script = self.script_url.trim();
        let script = script.split(['?', '#']).next().unwrap_or(script);
        match script.rfind('/') {
            Some(slash) => format!("{}frame.html", &script[..=slash]),
            None => "frame.html".to_string(),
        }
    }

    /// The code a host pastes to show the iframe page: the frame, and the
    /// listener that fits its height and lets Exit this page leave the tab.
    pub fn iframe_html(&self) -> String {
        format!(
            "<iframe id=\"escalation-guide-frame\" title=\"{}\"\n  src=\"{}\"\n  allow=\"fullscreen\" width=\"100%\" height=\"700\"></iframe>\n{FRAME_LISTENER}",
            escape_html(&self.policy.title),
            escape_html(&self.frame_url())
        )
    }

    /// The `Content-Security-Policy` line for the host's page with this
    /// snippet: its own origin, plus the widget's where the script is on
    /// another (for the script, its styles and the WebAssembly it fetches),
    /// and where a policy or contacts file is on another origin, that.
    pub fn content_security_policy(&self) -> String {
        let widget = other_origin(self.script_url);
        let mut fetched: Vec<String> = widget.iter().cloned().collect();
        let (settings, _) = self.read();
        let files = [
            self.policy_url.map(str::to_string),
            match settings.contacts {
                ContactsSource::Url(url) => Some(url),
                _ => None,
            },
        ];
        for origin in files.iter().flatten().filter_map(|url| other_origin(url)) {
            if !fetched.contains(&origin) {
                fetched.push(origin);
            }
        }
        let with = |origins: &[String]| -> String {
            origins.iter().map(|origin| format!(" {origin}")).collect()
        };
        let widget: Vec<String> = widget.into_iter().collect();
        let mut line = format!(
            "Content-Security-Policy: default-src 'self'; script-src 'self'{} 'wasm-unsafe-eval'; style-src 'self'{}",
            with(&widget),
            with(&widget)
        );
        if !fetched.is_empty() {
            line.push_str(&format!("; connect-src 'self'{}", with(&fetched)));
        }
        line
    }
}

/// Where the iframe page loads the widget from: its own folder.
const FRAME_SCRIPT: &str = "./escalation-guide.js";

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
    #[test]
    fn the_csp_line_names_only_the_origins_the_widget_loads_from() {
        let mut snippet = Snippet {
            policy: white_rock(),
            script_url: "/escalation-guide/escalation-guide.js",
            policy_url: None,
            settings: vec![],
        };
        assert_eq!(
            snippet.content_security_policy(),
            "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"
        );
        snippet.script_url = "https://guide.example.org/eg/escalation-guide.js";
        assert_eq!(
            snippet.content_security_policy(),
            "Content-Security-Policy: default-src 'self'; script-src 'self' https://guide.example.org 'wasm-unsafe-eval'; style-src 'self' https://guide.example.org; connect-src 'self' https://guide.example.org"
        );
        snippet.script_url = "/eg/escalation-guide.js";
        snippet.policy_url = Some("//files.example.net/policy.json");
        snippet.settings = vec![(
            SettingName::Contacts,
            "https://www.example.org/contacts.json".into(),
        )];
        assert_eq!(
            snippet.content_security_policy(),
            "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' https://files.example.net https://www.example.org"
        );
    }

    #[test]
    fn the_frame_page_is_framed_tells_only_the_host_and_keeps_the_settings() {
        let snippet = Snippet {
            policy: white_rock(),
            script_url: "https://guide.example.org/eg/escalation-guide.js",
            policy_url: None,
            settings: vec![
                (SettingName::ExitUrl, "https://www.example.org/".into()),
                (SettingName::History, "on".into()),
            ],
        };
        let page = snippet
            .framed(Some("https://www.example.org"), None)
            .frame_page();
        assert!(page.contains(
            "<div data-escalation-guide data-policy=\"white-rock-preschool\" data-exit-url=\"https://www.example.org/\" data-history=\"on\" data-frame=\"\" data-parent-origin=\"https://www.example.org\">"
        ), "{page}");
        assert!(page.contains("<script type=\"module\" src=\"./escalation-guide.js\"></script>"));
        // Without the widget, its Exit this page still leaves the whole tab.
        assert!(page.contains("target=\"_top\" class=\"eg-exit-this-page__button\""));
        assert_eq!(
            snippet.frame_url(),
            "https://guide.example.org/eg/frame.html"
        );
        let code = snippet.iframe_html();
        assert!(
            code.contains("src=\"https://guide.example.org/eg/frame.html\""),
            "{code}"
        );
        assert!(code.ends_with(FRAME_LISTENER));
    }
}

#[cfg(test)]
mod frame_tests {
    use super::*;
    use crate::built_in_policy;

    #[test]
    fn the_iframe_page_reads_a_policy_file_from_where_the_host_put_it() {
        let policy = built_in_policy("white-rock-preschool").unwrap();
        let snippet = |script_url, policy_url| Snippet {
            policy,
            script_url,
            policy_url: Some(policy_url),
            settings: vec![],
        };
        let host = Some("https://www.example.org");
        assert_eq!(
            snippet("/eg/escalation-guide.js", "/files/ours.json").frame_policy_url(host),
            Ok(Some("/files/ours.json".to_string()))
        );
        assert_eq!(
            snippet(
                "https://cdn.example.net/eg/escalation-guide.js",
                "/files/ours.json"
            )
            .frame_policy_url(host),
            Ok(Some("https://www.example.org/files/ours.json".to_string()))
        );
        assert_eq!(
            snippet(
                "/eg/escalation-guide.js",
                "https://files.example.net/ours.json"
            )
            .frame_policy_url(host),
            Ok(Some("https://files.example.net/ours.json".to_string()))
        );
        assert!(
            snippet("/eg/escalation-guide.js", "./ours.json")
                .frame_policy_url(host)
                .is_err()
        );
        assert_eq!(
            snippet("/eg/escalation-guide.js?v=1/2", "/x.json").frame_url(),
            "/eg/frame.html"
        );
    }
}
