//! What one line of a document is: blank, a heading (and which kind), or
//! text. The rules, in order, for a line that is not indented and not a
//! list item ("•", "- ", "* ", or an indented "1."):
//!
//! - a Markdown heading ("## Conclusion") is a heading; numbered or not;
//! - "Stage 1", "Stage One", "STAGE 1", "Part 2", "Appendix B" at the start
//!   of a line (or of a table row's first cell), followed by the end, a dash,
//!   colon or full stop, or a short title, is a heading: "Stage 2 of this
//!   process is…" is text;
//! - "2." followed by a capitalised title that does not end like a sentence
//!   (".", ",", ";", ":", "!") is a numbered heading, if its number is
//!   after the last numbered heading's ("1. Do this" after "3. Research" is a
//!   numbered list, and so is "1. avoiding…", lower case);
//! - "2.1" (a dash before it allowed: "- 2.1 …") followed by a capital is a
//!   numbered paragraph, a section of its own; under a numbered heading its
//!   first number must be that heading's. "1 working day", "1.5 hours",
//!   "27.11.2026" and "0118 974 6726" are text;
//! - a short line (at most 12 words) that is a title (capitalised, not
//!   ending like a sentence, not a date such as "April 2017"), standing
//!   alone between blank lines and followed by a paragraph of at least 8
//!   words, is a titled heading ("Important Additional Notes").

use crate::date_input::MONTH_NAMES;

/// The kind of a section, which says how the policy files name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The text before the first heading.
    Opening,
    /// "1. Introduction": named "section 1".
    Numbered,
    /// "1.1 This document is…": named "section 1.1"; it ends with its
    /// paragraph.
    NumberedParagraph,
    /// "Stage One – …", "Part 2", "Appendix B": named as the document
    /// numbers it ("Stage One").
    Labelled,
    /// "Important Additional Notes", "## Conclusion": named by its title.
    Titled,
}

/// A heading found on a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub kind: Kind,
    /// Smaller is outer: a heading closes every open section of its rank
    /// or deeper.
    pub rank: u8,
    /// "2.1", "7", "Stage One", "Appendix B"; none for a titled heading.
    pub number: Option<String>,
    /// The heading's words, tags and Markdown out.
    pub text: String,
    /// How many bytes of the line the heading takes (a table row's first cell).
    pub len: usize,
}

/// A stage's (or part's) number as a number: "2", "Two", "TWO" are 2.
pub use crate::policy::number_value;

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn ends_like_a_sentence(text: &str) -> bool {
    text.ends_with(['.', ',', ';', ':', '!'])
}

fn capitalised(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// "April 2017", "27 November 2026", "March 2026".
fn is_date(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(',').to_ascii_lowercase())
        .collect();
    !words.is_empty()
        && words.len() <= 4
        && words.iter().any(|w| MONTH_NAMES.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| MONTH_NAMES.contains(&w.as_str()) || w.chars().all(|c| c.is_ascii_digit()))
}

/// A title-like line: short, capitalised, not a sentence, not a date.
pub fn title_like(text: &str) -> bool {
    capitalised(text)
        && word_count(text) <= 12
        && !ends_like_a_sentence(text)
        && !text.ends_with('?')
        && !is_date(text)
}

/// The line's words as a heading would show them: tags and Markdown bold
/// out, whitespace one space, and any leading "#"s counted.
pub fn plain(raw: &str) -> (usize, String) {
    let text = super::mapped::Mapped::new(raw).text;
    let hashes = text.chars().take_while(|c| *c == '#').count();
    if hashes > 0 && text[hashes..].starts_with(' ') {
        (hashes, text[hashes..].trim().to_string())
    } else {
        (0, text)
    }
}

/// "Stage One – …", "Part 2", "Appendix B" at the start of `text`.
fn labelled(text: &str) -> Option<(String, &str)> {
    let mut words = text.splitn(3, char::is_whitespace);
    let word = words.next()?;
    let name = ["Stage", "Part", "Appendix"]
        .into_iter()
        .find(|name| word == *name || word == name.to_ascii_uppercase())?;
    let token = words.next()?;
    let rest = words.next().unwrap_or("").trim();
    let token_clean = token.trim_end_matches([':', '.', ',']);
    let letter = name != "Stage"
        && token_clean.len() == 1
        && token_clean.chars().all(|c| c.is_ascii_uppercase());
    let value = number_value(token_clean);
    if value.is_none() && !letter {
        return None;
    }
    let separated = token.len() != token_clean.len()
        || rest.is_empty()
        || rest.starts_with(['–', '—', '-', ':', '.'])
        || (title_like(rest) && !rest.starts_with(|c: char| c.is_lowercase()));
    if !separated {
        return None;
    }
    // "STAGE ONE" is named "Stage One", as the policy files name stages.
    let shown = if token_clean.chars().all(|c| c.is_ascii_digit()) || letter {
        token_clean.to_string()
    } else {
        let lower = token_clean.to_ascii_lowercase();
        lower[..1].to_ascii_uppercase() + &lower[1..]
    };
    Some((format!("{name} {shown}"), rest))
}

/// "2.1 Text": the number's parts, and the text after it. A single part
/// needs its full stop ("2."); none may have more than two digits.
fn numbered(text: &str) -> Option<(Vec<u32>, &str)> {
    let text = text.strip_prefix("- ").unwrap_or(text);
    let (token, rest) = text.split_once(' ')?;
    let single = token.ends_with('.');
    let parts: Vec<&str> = token.trim_end_matches('.').split('.').collect();
    if (parts.len() == 1 && !single)
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 2 || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let rest = rest.trim();
    capitalised(rest).then(|| (parts.iter().map(|p| p.parse().unwrap()).collect(), rest))
}

/// The heading a line starts with, if it is one, given the last numbered
/// heading's number. Titled headings need the lines around them, so
/// [`super::sections`] finds those.
pub fn structural(raw: &str, last_number: Option<u32>) -> Option<Heading> {
    if raw.starts_with(char::is_whitespace) {
        return None;
    }
    // A table row's heading is its first cell.
    let cell = raw.split('\t').next().unwrap_or(raw);
    let (hashes, text) = plain(cell);
    if text.is_empty() || text.starts_with(['•', '*']) {
        return None;
    }
    let len = cell.trim_end().len();
    if let Some((label, _)) = labelled(&text) {
        let rank = if label.starts_with("Stage") { 3 } else { 1 };
        return Some(Heading {
            kind: Kind::Labelled,
            rank,
            number: Some(label),
            text,
            len,
        });
    }
    if let Some((parts, rest)) = numbered(&text) {
        let number = parts
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".");
        if parts.len() == 1 && !text.starts_with("- ") {
            let in_order = last_number.is_none_or(|last| parts[0] > last);
            if in_order && !ends_like_a_sentence(rest) && word_count(rest) <= 50 {
                return Some(Heading {
                    kind: Kind::Numbered,
                    rank: 2,
                    number: Some(number),
                    text,
                    len,
                });
            }
        } else if parts.len() > 1 && last_number.is_none_or(|last| parts[0] == last) {
            let short_title = title_like(rest);
            return Some(Heading {
                kind: if short_title {
                    Kind::Numbered
                } else {
                    Kind::NumberedParagraph
                },
                rank: 2 + parts.len() as u8,
                number: Some(number),
                text,
                len,
            });
        }
    }
    (hashes > 0).then(|| Heading {
        kind: Kind::Titled,
        rank: hashes.min(3) as u8,
        number: None,
        text,
        len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(line: &str) -> Option<(Kind, String)> {
        structural(line, None).map(|h| (h.kind, h.number.unwrap_or(h.text)))
    }

    fn numbered_heading(line: &str) -> Option<(Kind, String)> {
        Some((Kind::Numbered, line.split(['.', ' ']).next()?.to_string()))
    }

    #[test]
    fn numbered_headings_and_paragraphs() {
        assert_eq!(
            label("1. Introduction"),
            numbered_heading("1. Introduction")
        );
        assert_eq!(
            label("4. When to use these Procedures?"),
            numbered_heading("4.")
        );
        assert_eq!(
            label("1.2 Child protection involves dealing with uncertainties."),
            Some((Kind::NumberedParagraph, "1.2".to_string()))
        );
        assert_eq!(
            label("2.1.3 Where the referral came from"),
            Some((Kind::Numbered, "2.1.3".to_string()))
        );
        assert_eq!(
            label("- 2.2 Any worker who considers that a decision is not safe should say so."),
            Some((Kind::NumberedParagraph, "2.2".to_string()))
        );
        // Out of order, a sentence, lower case, or under another number.
        assert_eq!(structural("1. Speak to your manager", Some(3)), None);
        assert_eq!(label("1. Speak to your manager."), None);
        assert_eq!(label("1. avoiding professional disputes"), None);
        assert_eq!(structural("2.1 Practitioners must avoid", Some(3)), None);
        assert_eq!(
            structural(
                "3.5 Professional challenge is also said to be easier.",
                Some(3)
            )
            .map(|h| h.kind),
            Some(Kind::NumberedParagraph)
        );
    }

    #[test]
    fn numbers_that_are_not_headings() {
        for line in [
            "1 working day after the meeting",
            "27.11.2026 Meeting with the designated lead",
            "1.5 hours is the longest it should take",
            "0118 974 6726",
            "  1. avoiding professional disputes",
            "100. Hundredth",
            "- 1. a list item",
            "2.1Practitioners",
        ] {
            assert_eq!(label(line), None, "{line}");
        }
    }

    #[test]
    fn stages_parts_and_appendices() {
        let labelled = |line: &str| {
            label(line)
                .filter(|(k, _)| *k == Kind::Labelled)
                .map(|l| l.1)
        };
        assert_eq!(labelled("Stage 1"), Some("Stage 1".to_string()));
        assert_eq!(
            labelled("Stage One – Professional : Professional"),
            Some("Stage One".to_string())
        );
        assert_eq!(labelled("STAGE 1"), Some("Stage 1".to_string()));
        assert_eq!(
            labelled("STAGE TWO: MANAGERS"),
            Some("Stage Two".to_string())
        );
        assert_eq!(labelled("Stage 3."), Some("Stage 3".to_string()));
        assert_eq!(
            labelled("Stage 2 Management Finding Solutions"),
            Some("Stage 2".to_string())
        );
        assert_eq!(
            labelled(
                "<p><b>Stage 2 – Management finding solutions</b></p>\t<p>Where it is not</p>"
            ),
            Some("Stage 2".to_string())
        );
        assert_eq!(labelled("Appendix B"), Some("Appendix B".to_string()));
        assert_eq!(
            labelled("Appendix 1 – Local Contact Details"),
            Some("Appendix 1".to_string())
        );
        assert_eq!(labelled("Part 2"), Some("Part 2".to_string()));
        assert_eq!(labelled("PART THREE"), Some("Part Three".to_string()));
        for line in [
            "Stage 2 of this process is for managers.",
            "Stages of the policy",
            "Stage",
            "Stage\tAction\tTimescales",
            "Appendix B sets out the template.",
            "Staged meetings are held",
            "stage one is informal",
        ] {
            assert_eq!(labelled(line), None, "{line}");
        }
        // A Stage sits inside a numbered heading and around its paragraphs.
        let rank = |line: &str, last| structural(line, Some(last)).unwrap().rank;
        let section = rank("2. Stages", 1);
        assert!(section < rank("Stage One", 2) && rank("Stage One", 2) < rank("2.2 Any worker", 2));
        assert!(rank("Appendix 1", 2) < section);
    }

    #[test]
    fn markdown_headings_and_titles() {
        assert_eq!(
            label("## **Conclusion**"),
            Some((Kind::Titled, "Conclusion".to_string()))
        );
        assert_eq!(
            label("## 3. Research"),
            Some((Kind::Numbered, "3".to_string()))
        );
        assert_eq!(label("#hashtag"), None);
        assert!(title_like("Important Additional Notes"));
        assert!(title_like("Stages of the policy"));
        for text in [
            "April 2017",
            "27 November 2026",
            "the next paragraph",
            "Click here to view the table.",
            "Who do you call?",
            "One two three four five six seven eight nine ten eleven twelve thirteen",
        ] {
            assert!(!title_like(text), "{text}");
        }
    }
}
