//! What the editor has chosen so far, and the snippet it makes: pure, so
//! its rules are tested natively. Every check is the core's, the one the
//! widget applies when it reads the same settings.

use std::collections::BTreeMap;

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

/// The colours the publisher offers, by setting.
pub const COLOURS: [(SettingName, &str, &str); 3] = [
    (
        SettingName::ThemeBrand,
        "Brand colour",
        "The line under the header, the Start now button and the current stage. For example, #1d70b8",
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
];

/// The editor's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub policy: String,
    /// Role id to each part typed, for the chosen policy's roles.
    pub contacts: BTreeMap<String, BTreeMap<&'static str, String>>,
    /// Colour setting to the value typed.
    pub colours: BTreeMap<&'static str, String>,
    pub exit_url: String,
    pub script_url: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            policy: default_policy().id.to_string(),
            contacts: BTreeMap::new(),
            colours: BTreeMap::new(),
            exit_url: String::new(),
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
        if !self.exit_url.trim().is_empty() {
            settings.push((SettingName::ExitUrl, self.exit_url.trim().to_string()));
        }
        for (setting, _, _) in COLOURS {
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

    /// The snippet, and what the widget would say about its settings, each
    /// beside the field it comes from.
    pub fn make(&self) -> Made {
        let settings = self.settings();
        let script_url = if self.script_url.trim().is_empty() {
            DEFAULT_SCRIPT
        } else {
            self.script_url.trim()
        };
        let snippet = Snippet {
            policy: self.policy(),
            script_url,
            policy_url: None,
            settings,
        };
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
            let field = match problem.setting() {
                setting if setting.starts_with("theme-") || setting == "exit-url" => setting.to_string(),
                _ => "publisher".to_string(),
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
            .insert("phone", " 01234 567890 ".into());
        draft.colours.insert("theme-brand", "#005ea5".into());
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
            .insert("theme-link", "url(https://tracker.example/)".into());
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
            .insert("email", "   ".into());
        draft.colours.insert("theme-brand", "".into());
        assert_eq!(draft.settings(), []);
        assert!(
            draft
                .make()
                .html
                .starts_with("<div data-escalation-guide data-policy=\"bedfordshire-luton-2018\">")
        );
    }
}
