//! What the editor has chosen so far, and the snippet it makes: pure, so
//! its rules are tested natively. Every check is the core's, the one the
//! widget applies when it reads the same settings.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use escalation_core::contacts::{Contact, Contacts, contacts_json, read_contacts};
use escalation_core::host_settings::SettingName;
use escalation_core::snippet::Snippet;
use escalation_core::{Policy, built_in_policy, default_policy};

/// Where the package's snippets expect the widget's files.
pub const DEFAULT_SCRIPT: &str = "/escalation-guide/escalation-guide.js";

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
    pub policy: String,
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

/// What the draft makes: the snippet, and anything to fix first.
pub struct Made {
    pub html: String,
    /// Each problem with the field it belongs to (its id in the form).
    pub problems: Vec<(String, String)>,
}

impl Draft {
    pub fn policy(&self) -> &'static Policy {
        built_in_policy(&self.policy).unwrap_or_else(default_policy)
    }

    pub fn contact_part(&self, role: &str, part: Part) -> &str {
        self.contacts
            .get(role)
            .and_then(|parts| parts.get(part.id()))
            .map_or("", String::as_str)
    }

    /// The contacts typed for the chosen policy's roles, blanks left out.
    pub fn contacts(&self) -> Contacts {
        let mut contacts = Contacts::new();
        for role in &self.policy().contact_roles {
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
    pub fn settings(&self) -> Vec<(SettingName, String)> {
        let mut settings = Vec::new();
        let contacts = self.contacts();
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

    /// The snippet for these choices, loading the widget from `script_url`.
    pub fn snippet<'a>(&self, script_url: &'a str) -> Snippet<'a> {
        Snippet {
            policy: self.policy(),
            script_url,
            policy_url: None,
            settings: self.settings(),
        }
    }

    /// The snippet, and what the widget would say about its settings, each
    /// beside the field it comes from.
    pub fn make(&self) -> Made {
        let script_url = match self.script_url.trim() {
            "" => DEFAULT_SCRIPT,
            given => given,
        };
        let snippet = self.snippet(script_url);
        let mut problems: Vec<(String, String)> = Vec::new();
        if let Some((_, json)) = snippet
            .settings
            .iter()
            .find(|(s, _)| *s == SettingName::Contacts)
        {
            let (_, said) = read_contacts(json, self.policy());
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
            let words = problem.to_string();
            let words = words
                .strip_prefix("Escalation Guide: ")
                .unwrap_or(&words)
                .to_string();
            problems.push((field, sentence(&words)));
        }
        Made {
            html: snippet.html(),
            problems,
        }
    }
}

/// A message as a sentence: a capital first, a full stop last.
fn sentence(text: &str) -> String {
    let mut out = text.trim().to_string();
    if let Some(first) = out.get(..1) {
        out.replace_range(..1, &first.to_uppercase());
    }
    if !out.ends_with('.') {
        out.push('.');
    }
    out
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
        let role = draft.policy().contact_roles[0].id.clone();
        draft
            .contacts
            .entry(role.clone())
            .or_default()
            .insert("phone".into(), " 01234 567890 ".into());
        draft.colours.insert("theme-brand".into(), "#005ea5".into());
        let made = draft.make();
        assert_eq!(made.problems, []);
        let expected = Snippet {
            policy: draft.policy(),
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
            .make()
            .problems
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(fields, ["exit-url", "theme-link"]);
    }

    #[test]
    fn blank_contacts_and_colours_add_no_settings() {
        let mut draft = bedfordshire();
        let role = draft.policy().contact_roles[0].id.clone();
        draft
            .contacts
            .entry(role)
            .or_default()
            .insert("email".into(), "   ".into());
        draft.colours.insert("theme-brand".into(), "".into());
        assert_eq!(draft.settings(), []);
        assert!(
            draft
                .make()
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
        let made = draft.make();
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
}
