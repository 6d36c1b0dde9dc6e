//! What the editor has chosen so far, and the snippet it makes: pure, so
//! its rules are tested natively. Every check is the core's, the one the
//! widget applies when it reads the same settings.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use escalation_core::contacts::{Contact, Contacts, contacts_json, read_contacts};
use escalation_core::host_settings::{Problem, SettingName};
use escalation_core::sentence;
use escalation_core::snippet::Snippet;
use escalation_core::{Policy, built_in_policy, default_policy, load_policy};

/// Where the package's snippets expect the widget's files.
pub const DEFAULT_SCRIPT: &str = "/escalation-guide/escalation-guide.js";

/// [`Draft::policy`] when the host uses its own policy file.
pub const OWN_POLICY: &str = "own";

/// A host's own policy file, as the editor opened it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnFile {
    pub name: String,
    pub text: String,
}

/// A policy file checked by exactly the rules of `policy-tool check` (the
/// core's `load_policy`, with every problem at its line and column): the
/// policy, or each problem as a sentence.
pub fn check_policy_file(text: &str) -> Result<Policy, Vec<String>> {
    load_policy(text.as_bytes())
        .map_err(|problems| problems.iter().map(|p| sentence(&p.to_string())).collect())
}

/// One part of a contact, as the form asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Service,
    Phone,
    Email,
    Web,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Service, Part::Phone, Part::Email, Part::Web];

    pub fn label(self) -> &'static str {
        match self {
            Part::Service => "Service or team",
            Part::Phone => "Phone",
            Part::Email => "Email",
            Part::Web => "Web address",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Part::Service => "service",
            Part::Phone => "phone",
            Part::Email => "email",
            Part::Web => "web",
        }
    }

    fn of(self, contact: &mut Contact) -> &mut Option<String> {
        match self {
            Part::Service => &mut contact.service,
            Part::Phone => &mut contact.phone,
            Part::Email => &mut contact.email,
            Part::Web => &mut contact.web,
        }
    }
}

/// The look the publisher offers, by setting: the colours (each checked
/// for contrast), the typeface and the corners.
pub const LOOK: [(SettingName, &str, &str); 5] = [
    (
        SettingName::ThemeBrand,
        "Brand colour",
        "The Start now button and the current stage. For example, #1d70b8",
    ),
    (
        SettingName::ThemeLink,
        "Link colour",
        "For example, #1d70b8",
    ),
    (
        SettingName::ThemeFocus,
        "Focus colour",
        "The highlight around whatever the keyboard is on. For example, #ffdd00",
    ),
    (
        SettingName::ThemeFontFamily,
        "Typeface",
        "Your site's, if you like. For example, \"Helvetica Neue\", Arial, sans-serif",
    ),
    (
        SettingName::ThemeRadius,
        "Corner radius",
        "How round the corners of buttons and boxes are. For example, 4px (0 for square)",
    ),
];

/// The settings whose problems the form shows beside a field of its own.
pub const FIELDS: [SettingName; 9] = [
    SettingName::ExitUrl,
    SettingName::Division,
    SettingName::Closures,
    SettingName::Start,
    SettingName::ThemeBrand,
    SettingName::ThemeLink,
    SettingName::ThemeFocus,
    SettingName::ThemeFontFamily,
    SettingName::ThemeRadius,
];

/// The editor's choices. Kept in the browser, as JSON, only if the editor
/// asks (`page.rs`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// A built-in policy's id, or [`OWN_POLICY`].
    pub policy: String,
    /// The host's own policy file, once opened: shared, not copied, as the
    /// draft changes; kept apart from the rest (`page.rs`), so that typing
    /// does not write it again.
    #[serde(skip)]
    pub own_file: Option<std::rc::Rc<OwnFile>>,
    /// Where the host will put its own policy file on its site.
    pub policy_url: String,
    /// The origin of the host's page around the iframe, for the frame page.
    pub parent_origin: String,
    /// Role id to each part typed, for the chosen policy's roles.
    pub contacts: BTreeMap<String, BTreeMap<String, String>>,
    /// Look setting (a name from `LOOK`) to the value typed.
    pub colours: BTreeMap<String, String>,
    pub exit_url: String,
    /// A division's id, or empty for the policy's own.
    pub division: String,
    /// Closure days as typed (YYYY-MM-DD, separated by commas or spaces).
    pub closures: String,
    /// The first page's name, or empty for the start of the guide.
    pub start: String,
    /// Each page of the guide gets a browser history entry.
    pub history: bool,
    pub script_url: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            policy: default_policy().id.to_string(),
            own_file: None,
            policy_url: String::new(),
            parent_origin: String::new(),
            contacts: BTreeMap::new(),
            colours: BTreeMap::new(),
            exit_url: String::new(),
            division: String::new(),
            closures: String::new(),
            start: String::new(),
            history: false,
            script_url: DEFAULT_SCRIPT.to_string(),
        }
    }
}

/// What the draft makes: the snippet, the iframe page and its code, the
/// CSP line, and anything to fix first.
pub struct Made {
    pub html: String,
    pub frame_page: String,
    pub iframe: String,
    pub csp: String,
    /// Each problem with the field it belongs to (its id in the form).
    pub problems: Vec<(String, String)>,
}

impl Draft {
    /// The host's own policy file is chosen, rather than a built-in policy.
    pub fn is_own(&self) -> bool {
        self.policy == OWN_POLICY
    }

    /// The built-in policy chosen (the default one if none is).
    pub fn built_in(&self) -> &'static Policy {
        built_in_policy(&self.policy).unwrap_or_else(default_policy)
    }

    /// Where the widget will fetch the host's own policy file, if chosen.
    fn policy_url(&self) -> Option<&str> {
        self.is_own().then(|| self.policy_url.trim())
    }

    pub fn contact_part(&self, role: &str, part: Part) -> &str {
        self.contacts
            .get(role)
            .and_then(|parts| parts.get(part.id()))
            .map_or("", String::as_str)
    }

    /// The contacts typed for the policy's roles, blanks left out.
    pub fn contacts(&self, policy: &Policy) -> Contacts {
        let mut contacts = Contacts::new();
        for role in &policy.contact_roles {
            let mut contact = Contact::default();
            for part in Part::ALL {
                let typed = self.contact_part(&role.id, part).trim();
                if !typed.is_empty() {
                    *part.of(&mut contact) = Some(typed.to_string());
                }
            }
            if contact != Contact::default() {
                contacts.insert(role.id.clone(), contact);
            }
        }
        contacts
    }

    /// The settings for the element, as the editor gave them.
    pub fn settings(&self, policy: &Policy) -> Vec<(SettingName, String)> {
        let mut settings = Vec::new();
        let contacts = self.contacts(policy);
        if !contacts.is_empty() {
            settings.push((SettingName::Contacts, contacts_json(&contacts)));
        }
        for (setting, typed) in [
            (SettingName::ExitUrl, &self.exit_url),
            (SettingName::Division, &self.division),
            (SettingName::Closures, &self.closures),
            (SettingName::Start, &self.start),
        ] {
            if !typed.trim().is_empty() {
                settings.push((setting, typed.trim().to_string()));
            }
        }
        if self.history {
            settings.push((SettingName::History, "on".to_string()));
        }
        for (setting, _, _) in LOOK {
            if let Some(value) = self
                .colours
                .get(setting.name())
                .filter(|v| !v.trim().is_empty())
            {
                settings.push((setting, value.trim().to_string()));
            }
        }
        settings
    }

    /// The snippet for these choices and `policy` (the chosen one),
    /// loading the widget from `script_url` and the host's own policy file
    /// from `policy_url`.
    pub fn snippet<'a>(
        &self,
        policy: &'a Policy,
        script_url: &'a str,
        policy_url: Option<&'a str>,
    ) -> Snippet<'a> {
        Snippet {
            policy,
            script_url,
            policy_url,
            settings: self.settings(policy),
        }
    }

    /// The snippet and the iframe code for `policy` (the chosen one), and
    /// what the widget would say about their settings, each beside the
    /// field it comes from.
    pub fn make(&self, policy: &Policy) -> Made {
        let script_url = match self.script_url.trim() {
            "" => DEFAULT_SCRIPT,
            given => given,
        };
        let snippet = self.snippet(policy, script_url, self.policy_url());
        let mut problems: Vec<(String, String)> = Vec::new();
        if self.policy_url() == Some("") {
            problems.push((
                "policy-url".to_string(),
                "Give the address your policy file will have on your website.".to_string(),
            ));
        }
        if let Some((_, json)) = snippet
            .settings
            .iter()
            .find(|(s, _)| *s == SettingName::Contacts)
        {
            let (_, said) = read_contacts(json, policy);
            problems.extend(
                said.into_iter()
                    .map(|problem| ("contacts".to_string(), sentence(&problem))),
            );
        }
        let (_, read) = snippet.read();
        for problem in read {
            // Beside its field where the form has one.
            let field = if FIELDS.iter().any(|field| field.name() == problem.setting()) {
                problem.setting().to_string()
            } else {
                "publisher".to_string()
            };
            problems.push((field, said(&problem)));
        }
        // The iframe page's settings, read as the widget in the frame
        // reads them: only its own (the origin around it) are new.
        let parent_origin = Some(self.parent_origin.as_str()).filter(|o| !o.trim().is_empty());
        let frame_policy_url = match snippet.frame_policy_url(parent_origin) {
            Ok(url) => url,
            Err(problem) => {
                // Said where the editor has shown they use the iframe.
                if parent_origin.is_some() {
                    problems.push(("policy-url".to_string(), problem));
                }
                None
            }
        };
        let framed = snippet.framed(parent_origin, frame_policy_url.as_deref());
        let (_, read) = framed.read();
        problems.extend(
            read.into_iter()
                .filter(|problem| problem.setting() == SettingName::ParentOrigin.name())
                .map(|problem| ("parent-origin".to_string(), said(&problem))),
        );
        Made {
            html: snippet.html(),
            frame_page: framed.frame_page(),
            iframe: snippet.iframe_html(),
            csp: snippet.content_security_policy(),
            problems,
        }
    }
}

/// What the widget would say about a setting, as a sentence for the form.
fn said(problem: &Problem) -> String {
    let words = problem.to_string();
    sentence(words.strip_prefix("Escalation Guide: ").unwrap_or(&words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bedfordshire() -> Draft {
        Draft {
            policy: "bedfordshire-luton-2018".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn the_snippet_is_the_cores_for_the_same_settings() {
        let mut draft = bedfordshire();
        let role = draft.built_in().contact_roles[0].id.clone();
        draft
            .contacts
            .entry(role.clone())
            .or_default()
            .insert("phone".into(), " 01234 567890 ".into());
        draft.colours.insert("theme-brand".into(), "#005ea5".into());
        let made = draft.make(draft.built_in());
        assert_eq!(made.problems, []);
        let expected = Snippet {
            policy: draft.built_in(),
            script_url: DEFAULT_SCRIPT,
            policy_url: None,
            settings: vec![
                (
                    SettingName::Contacts,
                    format!("{{\"{role}\":{{\"phone\":\"01234 567890\"}}}}"),
                ),
                (SettingName::ThemeBrand, "#005ea5".into()),
            ],
        }
        .html();
        assert_eq!(made.html, expected);
    }

    #[test]
    fn a_value_the_widget_would_refuse_is_named_beside_its_field() {
        let mut draft = bedfordshire();
        draft
            .colours
            .insert("theme-link".into(), "url(https://tracker.example/)".into());
        draft.exit_url = "javascript:alert(1)".into();
        let fields: Vec<String> = draft
            .make(draft.built_in())
            .problems
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(fields, ["exit-url", "theme-link"]);
    }

    #[test]
    fn blank_contacts_and_colours_add_no_settings() {
        let mut draft = bedfordshire();
        let role = draft.built_in().contact_roles[0].id.clone();
        draft
            .contacts
            .entry(role)
            .or_default()
            .insert("email".into(), "   ".into());
        draft.colours.insert("theme-brand".into(), "".into());
        assert_eq!(draft.settings(draft.built_in()), []);
        assert!(
            draft
                .make(draft.built_in())
                .html
                .starts_with("<div data-escalation-guide data-policy=\"bedfordshire-luton-2018\">")
        );
    }

    #[test]
    fn behaviour_goes_on_the_element_and_bad_closure_days_are_named() {
        let mut draft = bedfordshire();
        draft.division = "scotland".into();
        draft.closures = "2026-12-24, 2026-02-30".into();
        draft.start = "training".into();
        draft.history = true;
        let made = draft.make(draft.built_in());
        assert!(
            made.html.contains(
                "data-division=\"scotland\" data-closures=\"2026-12-24, 2026-02-30\" data-start=\"training\" data-history=\"on\""
            ),
            "{}",
            made.html
        );
        assert_eq!(made.problems.len(), 1);
        assert_eq!(made.problems[0].0, "closures");
        assert!(
            made.problems[0].1.contains("2026-02-30"),
            "{}",
            made.problems[0].1
        );
    }
    #[test]
    fn an_own_policy_file_is_checked_at_each_problems_line_and_column() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/policies/white-rock-preschool.json"
        ))
        .unwrap();
        assert!(check_policy_file(&text).is_ok());
        let broken = text.replacen("\"title\": \"", "\"title\": \"\", \"x\": \"", 1);
        let problems = check_policy_file(&broken).unwrap_err();
        assert!(
            problems
                .iter()
                .all(|problem| problem.starts_with("Line ") && problem.contains(", column ")),
            "{problems:?}"
        );
    }

    #[test]
    fn an_own_policy_file_goes_in_by_its_address_which_is_needed() {
        let policy = built_in_policy("white-rock-preschool").unwrap();
        let mut draft = Draft {
            policy: OWN_POLICY.into(),
            ..Draft::default()
        };
        let made = draft.make(policy);
        assert_eq!(made.problems.len(), 1);
        assert_eq!(made.problems[0].0, "policy-url");
        draft.policy_url = "/safeguarding/our-policy.json".into();
        let made = draft.make(policy);
        assert_eq!(made.problems, []);
        assert!(
            made.html.starts_with(
                "<div data-escalation-guide data-policy-url=\"/safeguarding/our-policy.json\">"
            ),
            "{}",
            made.html
        );
        assert!(
            made.frame_page
                .contains("data-policy-url=\"/safeguarding/our-policy.json\"")
        );
    }

    #[test]
    fn the_iframe_page_tells_only_a_real_origin() {
        let mut draft = bedfordshire();
        draft.parent_origin = "www.example.org".into();
        let made = draft.make(draft.built_in());
        assert_eq!(made.problems.len(), 1, "{:?}", made.problems);
        assert_eq!(made.problems[0].0, "parent-origin");
        draft.parent_origin = "https://www.example.org".into();
        let made = draft.make(draft.built_in());
        assert_eq!(made.problems, []);
        assert!(
            made.frame_page
                .contains("data-parent-origin=\"https://www.example.org\"")
        );
    }
}
