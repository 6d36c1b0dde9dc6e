//! A setting that could not be used, and the message that says so.

use std::fmt;

use super::names::{FROM_ADDRESS, KNOWN};
use crate::outline::DEFAULT_EXIT_URL;

/// How many bad closure days a message names; the rest are counted.
const NAMED: usize = 5;

/// A setting that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownPolicy(String),
    BadExitUrl(String),
    /// Closure days that are not dates, as given.
    BadClosures(Vec<String>),
    /// A setting the widget does not have.
    Unknown(String),
    /// A setting in the iframe page's address that only the site may make.
    NotFromAddress(String),
    /// A setting whose value is not one the widget can use: the setting,
    /// the value, and what was expected.
    Invalid {
        name: String,
        value: String,
        expected: String,
    },
}

impl Problem {
    /// Whether the user should be told (the policy, the deadlines), rather
    /// than only the site's editors, in the console.
    pub fn for_the_user(&self) -> bool {
        matches!(self, Problem::UnknownPolicy(_) | Problem::BadClosures(_))
    }

    /// The setting it is about (without `data-`), so a form can show it
    /// beside that field.
    pub fn setting(&self) -> &str {
        match self {
            Problem::UnknownPolicy(_) => "policy",
            Problem::BadExitUrl(_) => "exit-url",
            Problem::BadClosures(_) => "closures",
            Problem::Unknown(name) | Problem::NotFromAddress(name) => name,
            Problem::Invalid { name, .. } => name,
        }
    }
}

/// An id as policy files write them: 1 to 64 lower-case letters, digits and
/// hyphens.
fn looks_like_an_id(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A value as a message quotes it: at most 80 characters, and nothing that
/// could rewrite a console or a page.
fn shortened(text: &str) -> String {
    let short: String = text.chars().take(80).collect();
    let short = crate::validate::printable(&short);
    if text.chars().count() > 80 {
        format!("{short}…")
    } else {
        short
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Shown to the user, and it may come from a link: quoted only
            // when it looks like a policy id, so no one's words appear.
            Problem::UnknownPolicy(id) if looks_like_an_id(id) => write!(
                f,
                "There is no built-in policy called “{id}”, so the guide is showing its default policy."
            ),
            Problem::UnknownPolicy(_) => write!(
                f,
                "The address or the page names a policy this guide does not have, so the guide is showing its default policy."
            ),
            Problem::BadExitUrl(text) => write!(
                f,
                "Escalation Guide: data-exit-url=\"{}\" is not an absolute https: or http: address with a host; Exit this page goes to {DEFAULT_EXIT_URL} instead.",
                shortened(text)
            ),
            Problem::BadClosures(items) => {
                let mut quoted: Vec<String> = items
                    .iter()
                    .take(NAMED)
                    .map(|item| format!("“{}”", shortened(item)))
                    .collect();
                if items.len() > NAMED {
                    quoted.push(format!("{} more", items.len() - NAMED));
                }
                let one = items.len() == 1;
                write!(
                    f,
                    "The page’s closure days include {} which {} not a date as YYYY-MM-DD, so deadlines do not allow for {}.",
                    quoted.join(", "),
                    if one { "is" } else { "are" },
                    if one { "it" } else { "them" }
                )
            }
            Problem::Unknown(name) => write!(
                f,
                "Escalation Guide: there is no setting called {}; it is ignored. The settings are: {}.",
                shortened(name),
                KNOWN[1..]
                    .iter()
                    .map(|known| format!("data-{known}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Problem::NotFromAddress(name) => {
                let name = shortened(name);
                write!(
                    f,
                    "Escalation Guide: ?{name}= in the address of frame.html is ignored: a link cannot set it. Set data-{name} on the element in your own copy of frame.html. The address may choose only {}.",
                    FROM_ADDRESS.join(" and ")
                )
            }
            Problem::Invalid {
                name,
                value,
                expected,
            } => write!(
                f,
                "Escalation Guide: data-{name}=\"{}\" cannot be used; expected {expected}. The default is used instead.",
                shortened(value)
            ),
        }
    }
}

/// Choices as a message lists them: "a, b or c".
pub(super) fn one_of(choices: &[&str]) -> String {
    match choices {
        [] => String::new(),
        [only] => only.to_string(),
        [first @ .., last] => format!("{} or {last}", first.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_read_as_a_list() {
        assert_eq!(one_of(&[]), "");
        assert_eq!(one_of(&["on"]), "on");
        assert_eq!(one_of(&["on", "off"]), "on or off");
        assert_eq!(one_of(&["a", "b", "c"]), "a, b or c");
    }
}
