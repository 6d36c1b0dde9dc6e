//! Contact details an embedding site gives for the policy's roles. Built-in
//! policies name roles only, never people or numbers; the site that embeds
//! the widget says who fills each role, in a small JSON block:
//!
//! ```json
//! { "partnership-business-manager": {
//!     "service": "Safeguarding Partnership business unit",
//!     "phone": "0118 000 0000",
//!     "email": "partnership@example.org",
//!     "web": "https://example.org/safeguarding" } }
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::policy::Policy;

/// The longest single detail accepted, in characters.
pub const MAX_CONTACT_CHARS: usize = 200;

/// The largest block of contacts read: a policy has a handful of roles, so
/// this is generous; anything larger is refused whole, unread.
pub const MAX_CONTACTS_BYTES: usize = 64 * 1024;

/// How many problems with the contacts are named one by one; the rest are
/// counted.
pub const MAX_NAMED_PROBLEMS: usize = 10;

/// How to reach whoever fills one role. Every part is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
}

/// The contacts block a host puts on the element (`data-contacts`), as
/// `read_contacts` reads it back.
pub fn contacts_json(contacts: &Contacts) -> String {
    serde_json::to_string(contacts).expect("contacts always serialize")
}

/// Contact details by role id.
pub type Contacts = BTreeMap<String, Contact>;

/// Whether the site gives contact details for any of `roles`: the one rule
/// behind "Contacts for this stage", the About page and the handout.
pub fn gives_any<'a>(
    contacts: &Contacts,
    roles: impl IntoIterator<Item = &'a crate::policy::ContactRole>,
) -> bool {
    roles
        .into_iter()
        .any(|role| contacts.contains_key(&role.id))
}

/// Read contact details for `policy`'s roles from JSON. Anything that
/// cannot be used is left out, and each problem is named.
pub fn read_contacts(json: &str, policy: &Policy) -> (Contacts, Vec<String>) {
    if json.len() > MAX_CONTACTS_BYTES {
        return (
            Contacts::new(),
            vec![format!(
                "the contacts are {} bytes; they can be at most {MAX_CONTACTS_BYTES} bytes (64 KB)",
                json.len()
            )],
        );
    }
    let given: BTreeMap<String, Box<serde_json::value::RawValue>> = match serde_json::from_str(json)
    {
        Ok(given) => given,
        Err(error) => {
            return (
                Contacts::new(),
                vec![format!(
                    "the contacts are not a JSON object of role ids and details ({error})"
                )],
            );
        }
    };
    let roles: Vec<&str> = policy
        .contact_roles
        .iter()
        .map(|role| role.id.as_str())
        .collect();
    let mut contacts = Contacts::new();
    let mut problems = Vec::new();
    for (role, value) in given {
        let role = crate::validate::printable(&role);
        if !roles.contains(&role.as_str()) {
            problems.push(format!(
                "“{role}” is not one of the policy’s contact roles ({})",
                roles.join(", ")
            ));
            continue;
        }
        // One role's mistake (an unknown field) leaves the others whole.
        let contact: Contact = match serde_json::from_str(value.get()) {
            Ok(contact) => contact,
            Err(error) => {
                problems.push(format!("{role}: {error}"));
                continue;
            }
        };
        let mut kept = Contact::default();
        for (part, value, slot, fits) in [
            (
                "service",
                contact.service,
                &mut kept.service,
                any_text as fn(&str) -> bool,
            ),
            ("phone", contact.phone, &mut kept.phone, phone_number),
            ("email", contact.email, &mut kept.email, email_address),
            ("web", contact.web, &mut kept.web, web_address),
        ] {
            let Some(value) = value else { continue };
            let value = value.trim().to_string();
            let readable = !value.is_empty()
                && value.chars().count() <= MAX_CONTACT_CHARS
                && !value.chars().any(char::is_control);
            if readable && fits(&value) {
                *slot = Some(value);
            } else {
                problems.push(format!(
                    "{role}.{part}: “{}” is not a usable {part}",
                    crate::validate::printable(&value)
                ));
            }
        }
        if kept != Contact::default() {
            contacts.insert(role, kept);
        }
    }
    if problems.len() > MAX_NAMED_PROBLEMS {
        let more = problems.len() - MAX_NAMED_PROBLEMS;
        problems.truncate(MAX_NAMED_PROBLEMS);
        problems.push(format!("and {more} more problems like these"));
    }
    (contacts, problems)
}

fn any_text(_: &str) -> bool {
    true
}

fn phone_number(text: &str) -> bool {
    text.chars().filter(char::is_ascii_digit).count() >= 3
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-'))
}

fn email_address(text: &str) -> bool {
    let mut parts = text.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(local), Some(domain), None)
        if !local.is_empty() && domain.contains('.') && !text.contains(char::is_whitespace))
}

/// An `https:` address only, as docs/EMBEDDING.md says.
fn web_address(text: &str) -> bool {
    text.starts_with("https://")
        && text.len() > "https://".len()
        && !text.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_policy;

    #[test]
    fn a_huge_block_is_refused_unread_and_problems_are_bounded() {
        let huge = format!(
            "{{{}}}",
            (0..20_000)
                .map(|n| format!("\"role-{n}\": {{}}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let (contacts, problems) = read_contacts(&huge, default_policy());
        assert!(contacts.is_empty());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("at most 65536 bytes"), "{problems:?}");

        let many = format!(
            "{{{}}}",
            (0..500)
                .map(|n| format!("\"r{n}\": {{}}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let (_, problems) = read_contacts(&many, default_policy());
        assert_eq!(problems.len(), MAX_NAMED_PROBLEMS + 1);
        assert_eq!(problems.last().unwrap(), "and 490 more problems like these");
    }

    #[test]
    fn one_roles_unknown_field_leaves_the_others_and_http_is_refused() {
        let json = r#"{
            "partnership-business-manager": { "phone": "0118 000 0000", "fax": "0118 000 0001" },
            "independent-scrutineer": { "phone": "0118 000 0002", "web": "http://example.org" }
        }"#;
        let (contacts, problems) = read_contacts(json, default_policy());
        assert!(!contacts.contains_key("partnership-business-manager"));
        assert_eq!(
            contacts["independent-scrutineer"].phone.as_deref(),
            Some("0118 000 0002")
        );
        assert_eq!(contacts["independent-scrutineer"].web, None);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("partnership-business-manager") && p.contains("fax")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("independent-scrutineer.web")),
            "{problems:?}"
        );
    }

    #[test]
    fn details_for_the_policys_roles_are_kept_and_the_rest_named() {
        let json = r#"{
            "partnership-business-manager": {
                "service": "Partnership business unit",
                "phone": "0118 000 0000",
                "email": "unit@example.org",
                "web": "https://example.org/escalation"
            },
            "independent-scrutineer": { "phone": "call us", "web": "javascript:alert(1)" },
            "someone-else": { "phone": "0118 000 0001" }
        }"#;
        let (contacts, problems) = read_contacts(json, default_policy());
        let manager = &contacts["partnership-business-manager"];
        assert_eq!(manager.phone.as_deref(), Some("0118 000 0000"));
        assert_eq!(
            manager.web.as_deref(),
            Some("https://example.org/escalation")
        );
        assert!(
            !contacts.contains_key("independent-scrutineer"),
            "nothing usable was given"
        );
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(
            problems
                .iter()
                .any(|p| p.contains("independent-scrutineer.phone"))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("independent-scrutineer.web"))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("“someone-else” is not one of"))
        );
    }

    #[test]
    fn broken_json_is_named_and_nothing_is_used() {
        let (contacts, problems) = read_contacts("{not json", default_policy());
        assert!(contacts.is_empty());
        assert!(problems[0].starts_with("the contacts are not a JSON object"));
    }
}
