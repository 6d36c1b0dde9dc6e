//! A document's paragraph styles (`word/styles.xml`): which make their
//! paragraphs headings (by their outline level, or Word's own names
//! "heading 1" to "heading 9"), list items (numbered by Word) or entries
//! of a table of contents. A style takes what it does not say from the
//! style it is based on.

use std::collections::BTreeMap;

use super::xml::{self, Token, prefixes};

/// An outline level (0 to 8; 9 is body text) as a heading's level (1 to 9).
pub(super) fn level_of(outline: u8) -> Option<u8> {
    outline.checked_add(1).filter(|level| *level <= 9)
}

/// What a paragraph style says about its paragraphs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Style {
    /// Its outline level, 0 for "heading 1"; 9 is body text.
    outline: Option<u8>,
    /// "heading 2" gives 1, if no outline level is given.
    named_level: Option<u8>,
    /// Numbered by Word: `Some(false)` when it takes a numbering away.
    list: Option<bool>,
    toc: bool,
    based_on: Option<String>,
}

/// The paragraph styles of a document (`word/styles.xml`), by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Styles {
    by_id: BTreeMap<String, Style>,
}

/// "heading 2" (a built-in style's name, in English whatever the
/// language of Word) as 2; "toc 1" as a table of contents' entry.
fn numbered_name(name: &str, word: &str) -> Option<u8> {
    let rest = name
        .get(..word.len())
        .filter(|w| w.eq_ignore_ascii_case(word))?;
    let digits = name.get(rest.len()..)?.trim();
    digits.parse::<u8>().ok().filter(|n| (1..=9).contains(n))
}

impl Styles {
    pub fn parse(xml: &str) -> Styles {
        let (w, _) = prefixes(xml);
        let mut by_id = BTreeMap::new();
        let mut current: Option<(String, Style)> = None;
        for token in xml::tokens(xml) {
            match token {
                Token::Start { name, attrs, empty } => {
                    let Some(local) = xml::local_name(name, &w) else {
                        continue;
                    };
                    let value = || xml::attribute(attrs, &w, "val");
                    match (local, &mut current) {
                        ("style", _) if !empty => {
                            let kind = xml::attribute(attrs, &w, "type");
                            current = xml::attribute(attrs, &w, "styleId")
                                .filter(|_| kind.is_none_or(|k| k == "paragraph"))
                                .map(|id| (id, Style::default()));
                        }
                        ("name", Some((_, style))) => {
                            let name = value().unwrap_or_default();
                            style.named_level = numbered_name(&name, "heading");
                            style.toc = numbered_name(&name, "toc").is_some();
                        }
                        ("outlineLvl", Some((_, style))) => {
                            style.outline = value().and_then(|v| v.parse().ok());
                        }
                        ("basedOn", Some((_, style))) => style.based_on = value(),
                        ("numPr", Some((_, style))) => style.list = Some(true),
                        ("numId", Some((_, style))) if value().as_deref() == Some("0") => {
                            style.list = Some(false);
                        }
                        _ => {}
                    }
                }
                Token::End { name } if xml::local_name(name, &w) == Some("style") => {
                    if let Some((id, style)) = current.take() {
                        by_id.entry(id).or_insert(style);
                    }
                }
                _ => {}
            }
        }
        Styles { by_id }
    }

    /// The style and those it is based on, nearest first (at most ten: a
    /// loop of styles based on each other ends there).
    fn chain<'a>(&'a self, id: &'a str) -> impl Iterator<Item = (&'a str, Option<&'a Style>)> {
        let mut next = Some(id);
        std::iter::from_fn(move || {
            let id = next.take()?;
            let style = self.by_id.get(id);
            next = style.and_then(|s| s.based_on.as_deref());
            Some((id, style))
        })
        .take(10)
    }

    /// The heading level (1 for "heading 1") of paragraphs in style `id`.
    /// Without styles.xml, the ids Word gives its headings ("Heading2").
    pub(super) fn heading_level(&self, id: &str) -> Option<u8> {
        for (id, style) in self.chain(id) {
            let outline = match style {
                Some(style) => style.outline.or(style.named_level.map(|n| n - 1)),
                None => numbered_name(id, "heading").map(|n| n - 1),
            };
            if let Some(outline) = outline {
                return level_of(outline);
            }
        }
        None
    }

    pub(super) fn is_list(&self, id: &str) -> bool {
        self.chain(id)
            .find_map(|(_, style)| style?.list)
            .unwrap_or(false)
    }

    pub(super) fn is_toc(&self, id: &str) -> bool {
        self.chain(id).any(|(id, style)| match style {
            Some(style) => style.toc,
            None => numbered_name(id, "toc").is_some(),
        })
    }
}
