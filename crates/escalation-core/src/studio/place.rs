//! Every statement of a policy placed in its document, and the passages
//! of a document that no statement quotes yet.

use std::ops::Range;

use super::document::{Document, Location};
use super::names::Agreement;
use crate::fidelity::{self, Statement};
use crate::policy::Policy;

/// What became of one statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Found in its document: where, whether that agrees with the section
    /// the policy file names, and the section as the studio names it.
    Located {
        location: Location,
        agreement: Agreement,
        label: String,
    },
    /// Its document was given, and its passage is not in it word for word.
    NotInDocument,
    /// The document it cites was not given.
    NoDocument,
}

/// A statement and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed<'p> {
    pub statement: Statement<'p>,
    pub outcome: Outcome,
}

impl Placed<'_> {
    pub fn located(&self) -> Option<&Location> {
        match &self.outcome {
            Outcome::Located { location, .. } => Some(location),
            _ => None,
        }
    }

    /// Why it is not located, in words: `None` when it is.
    pub fn reason(&self) -> Option<String> {
        let source = self.statement.source;
        match self.outcome {
            Outcome::Located { .. } => None,
            Outcome::NotInDocument => Some(format!(
                "{}: not word for word in the document \"{}\"",
                self.statement.passage_path(),
                source.document
            )),
            Outcome::NoDocument => Some(format!(
                "{}: the document \"{}\" was not given",
                self.statement.passage_path(),
                source.document
            )),
        }
    }
}

/// Every statement of `policy` (as the fidelity check walks them), placed
/// in the document `document` gives for its id. Where a passage is in its
/// document more than once, the place that agrees with the section the
/// policy file names is taken.
pub fn place<'p, 'd>(
    policy: &'p Policy,
    document: impl Fn(&str) -> Option<&'d Document>,
) -> Vec<Placed<'p>> {
    fidelity::statements(policy)
        .into_iter()
        .map(|statement| {
            let outcome = match document(&statement.source.document) {
                None => Outcome::NoDocument,
                Some(text) => {
                    match text.locate_in(statement.passage(), &statement.source.section) {
                        Some((location, agreement)) => Outcome::Located {
                            label: text.label_at(location.start),
                            location,
                            agreement,
                        },
                        None => Outcome::NotInDocument,
                    }
                }
            };
            Placed { statement, outcome }
        })
        .collect()
}

/// The parts of `document` (the one `policy` cites as `document_id`) that
/// no statement quotes, as byte ranges of its text, for shading: each
/// starts and ends on a word, and a part with no letter or digit (a
/// full stop, a bullet, a tag) is not shown.
pub fn unused(document: &Document, policy: &Policy, document_id: &str) -> Vec<Range<usize>> {
    let mut used: Vec<Range<usize>> = place(policy, |id| (id == document_id).then_some(document))
        .iter()
        .filter_map(|placed| placed.located().map(Location::range))
        .collect();
    used.sort_by_key(|r| r.start);
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut flush = |current: &mut Option<Range<usize>>| {
        if let Some(range) = current.take()
            && let Some(words) = on_words(&document.text, range)
        {
            out.push(words);
        }
    };
    let mut next_used = 0;
    for span in document.mapped().spans() {
        while used.get(next_used).is_some_and(|r| r.end <= span.start) {
            next_used += 1;
        }
        let quoted = used[next_used..]
            .iter()
            .take_while(|r| r.start < span.end)
            .any(|r| r.start < span.end && span.start < r.end);
        let blank = document.text[span.clone()].trim().is_empty()
            || document.text[span.clone()].starts_with('<');
        if quoted {
            flush(&mut current);
        } else if !blank {
            match &mut current {
                Some(range) => range.end = span.end,
                None => current = Some(span),
            }
        }
    }
    flush(&mut current);
    out
}

/// `range` narrowed to start and end on a word with a letter or digit in it
/// (a bullet or a dash at either end is left out); `None` if it has none.
fn on_words(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let mut words = slice
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .map(|word| {
            let at = word.as_ptr() as usize - slice.as_ptr() as usize;
            range.start + at..range.start + at + word.len()
        });
    let first = words.next()?;
    let last = words.next_back().unwrap_or(first.clone());
    Some(first.start..last.end)
}

impl Document {
    /// The parts of this document (the one `policy` cites as
    /// `document_id`) that no statement quotes: see [`unused`].
    pub fn unused(&self, policy: &Policy, document_id: &str) -> Vec<Range<usize>> {
        unused(self, policy, document_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy_quoting(passages: &[&str]) -> Policy {
        let mut policy = crate::built_in_policy("white-rock-preschool")
            .unwrap()
            .clone();
        // Only purpose statements, all citing the test's document.
        let template = policy.purpose[0].clone();
        policy.purpose = passages
            .iter()
            .map(|passage| {
                let mut item = template.clone();
                item.text = passage.to_string();
                item.quote = None;
                item.source.document = "doc".to_string();
                item
            })
            .collect();
        policy
    }

    #[test]
    fn what_no_statement_quotes_is_left_shaded() {
        let text = "<p>One two.</p> Three four five. • Six seven.\n\nEight.";
        let document = Document::parse(text);
        let policy = policy_quoting(&["two. Three", "Six seven."]);
        let shaded: Vec<&str> = unused(&document, &policy, "doc")
            .into_iter()
            .map(|r| &text[r])
            .collect();
        // Statements citing other documents (White Rock's other sources) do
        // not count; the bullet alone is not shaded.
        assert_eq!(shaded, ["One", "four five.", "Eight."]);
        assert_eq!(
            document.unused(&policy, "other"),
            vec![text.find("One").unwrap()..text.len()]
        );
    }
}
