//! A policy document as the studio holds it: its sections, and passages
//! and selections in it.

use std::ops::Range;

use super::heading::Kind;
use super::mapped::Mapped;
use super::sections::{self, Section};

/// A policy document as the studio holds it: its text, that text made
/// comparable (with each character's place), and its sections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub text: String,
    pub sections: Vec<Section>,
    /// The end of the title block at the top (0 if there is none).
    pub title_end: usize,
    mapped: Mapped,
}

/// Where a passage sits: the section its start is in, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub section_id: usize,
    pub start: usize,
    pub end: usize,
}

impl Location {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl Document {
    pub fn parse(text: &str) -> Document {
        let (sections, title_end) = sections::split(text);
        Document {
            text: text.to_string(),
            sections,
            title_end,
            mapped: Mapped::new(text),
        }
    }

    /// The comparable text and where each character came from.
    pub fn mapped(&self) -> &Mapped {
        &self.mapped
    }

    /// The innermost section `offset` is in. The end of the text is in the
    /// last section that reaches it.
    pub fn section_at(&self, offset: usize) -> Option<&Section> {
        if offset > self.text.len() {
            return None;
        }
        self.sections
            .iter()
            .rev()
            .find(|s| s.range().contains(&offset) || (offset == s.end && offset == self.text.len()))
    }

    /// A name for the section fit for a page's `id` and its address:
    /// "opening", "section-2-1", "stage-one", "important-additional-notes";
    /// a second section with the same name gets "--2" after it, which no
    /// other name has (runs of other characters are one "-").
    pub fn anchor(&self, section_id: usize) -> String {
        fn slug(section: &Section) -> String {
            let label = match section.kind {
                Kind::Opening => "opening".to_string(),
                _ => section.label().to_lowercase(),
            };
            label
                .split(|c: char| !c.is_alphanumeric())
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join("-")
        }
        let own = slug(&self.sections[section_id]);
        let same_before = self.sections[..section_id]
            .iter()
            .filter(|s| slug(s) == own)
            .count();
        match same_before {
            0 => own,
            n => format!("{own}--{}", n + 1),
        }
    }

    /// The section and its outer sections, innermost first.
    pub fn chain(&self, section_id: usize) -> Vec<&Section> {
        let mut out = Vec::new();
        let mut here = self.sections.get(section_id);
        while let Some(section) = here {
            out.push(section);
            here = section.parent.map(|p| &self.sections[p]);
        }
        out
    }

    /// Where `passage` first sits in the document, matched as the
    /// word-for-word check matches it (whitespace, quotation marks, tags).
    pub fn locate(&self, passage: &str) -> Option<Location> {
        self.locate_all(passage).into_iter().next()
    }

    /// The passage an author looks for by typing its words, or why it is
    /// not found, for the author.
    pub fn find(&self, words: &str) -> Result<Location, String> {
        let words = words.trim();
        if words.is_empty() {
            return Err("Type some words of the passage to find it.".into());
        }
        self.locate(words).ok_or_else(|| {
            format!(
                "\u{201c}{}\u{201d} is not in the document word for word. Check the words, or select the passage in the text.",
                crate::text::truncate(words, 80)
            )
        })
    }

    /// Every place `passage` sits, in document order.
    pub fn locate_all(&self, passage: &str) -> Vec<Location> {
        self.mapped
            .find_all(passage)
            .into_iter()
            .filter_map(|found| self.mapped.original(found))
            .filter_map(|range| {
                let section = self.section_at(range.start)?;
                Some(Location {
                    section_id: section.id,
                    start: range.start,
                    end: range.end,
                })
            })
            .collect()
    }

    /// A selection made a statement: the quote as the document words it
    /// (tags out, whitespace one space, trimmed; the document's quotation
    /// marks kept) and the section as the policy files name it. A
    /// character only partly selected is left out.
    pub fn statement_from(&self, selection: Range<usize>) -> (String, String) {
        let quote = self.mapped.shown_within(selection.clone());
        // The label is for where the quote starts, not the blank before it.
        let start = self
            .mapped
            .spans()
            .find(|span| {
                span.start >= selection.start && !self.text[span.clone()].trim().is_empty()
            })
            .map_or(selection.start, |span| span.start);
        (quote, self.label_at(start))
    }

    /// The section at `offset` as the policy files name it: "heading" (the
    /// title block), "opening paragraph", "heading of section 7" (in a
    /// numbered heading's line), "section 1, after 1.3" (after a numbered
    /// paragraph, before the next), "section 2.1", "Stage One", "Conclusion".
    pub fn label_at(&self, offset: usize) -> String {
        let Some(section) = self.section_at(offset) else {
            return String::new();
        };
        if section.kind == Kind::Opening {
            return if offset < self.title_end {
                "heading".to_string()
            } else {
                section.label()
            };
        }
        let numbered = |s: &Section| matches!(s.kind, Kind::Numbered | Kind::NumberedParagraph);
        if offset < section.heading_end {
            return if numbered(section) {
                format!("heading of {}", section.label())
            } else {
                section.label()
            };
        }
        let before = self
            .sections
            .iter()
            .rfind(|s| s.parent == Some(section.id) && s.end <= offset);
        match before {
            Some(child) if numbered(section) && numbered(child) => format!(
                "{}, after {}",
                section.label(),
                child.number_label.as_deref().unwrap_or_default()
            ),
            _ => section.label(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "A Policy\n\nThis opening paragraph has more than sixteen words, so the title block of the document ends before it starts.\n\n1. Stages\n\n<p><b>Stage 1 – Talk</b></p>\t<p>The professionals’ “first”   step\n is to talk.</p>\n";

    #[test]
    fn the_section_an_offset_falls_in() {
        let document = Document::parse(TEXT);
        let stage = document.text.find("<p><b>Stage").unwrap();
        assert_eq!(document.section_at(0).unwrap().id, 0);
        assert_eq!(document.section_at(stage - 1).unwrap().label(), "section 1");
        assert_eq!(document.section_at(stage).unwrap().label(), "Stage 1");
        assert_eq!(document.section_at(TEXT.len()).unwrap().label(), "Stage 1");
        assert_eq!(document.section_at(TEXT.len() + 1), None);
    }

    #[test]
    fn a_passage_is_found_across_tags_marks_and_line_breaks() {
        let document = Document::parse(TEXT);
        let location = document
            .locate("The professionals' \"first\" step is to talk.")
            .unwrap();
        assert_eq!(
            &TEXT[location.range()],
            "The professionals’ “first”   step\n is to talk."
        );
        assert_eq!(document.sections[location.section_id].label(), "Stage 1");
        assert_eq!(document.locate("step is to walk."), None);
        // A passage across the row's cells is found too, tag and tab a space.
        let across = document
            .locate("Stage 1 – Talk The professionals’")
            .unwrap();
        assert!(TEXT[across.range()].contains("</b></p>\t<p>"));
    }

    #[test]
    fn a_selection_becomes_a_quote_and_a_section() {
        let document = Document::parse(TEXT);
        let start = TEXT.find("The professionals").unwrap();
        let end = TEXT.find("</p>\n").unwrap();
        let (quote, section) = document.statement_from(start..end);
        assert_eq!(quote, "The professionals’ “first” step is to talk.");
        assert_eq!(section, "Stage 1");
        // Blank space and a tag at the edges of a selection are left out;
        // a character only partly selected (the "’" is three bytes) too.
        let (quote, _) = document.statement_from(start - 4..start + "The professionals’".len() - 1);
        assert_eq!(quote, "The professionals");
        let (quote, section) = document.statement_from(0.."A Policy".len());
        assert_eq!((quote.as_str(), section.as_str()), ("A Policy", "heading"));
        let opening = TEXT.find("This opening").unwrap();
        let (_, section) = document.statement_from(opening - 2..opening + 4);
        assert_eq!(section, "opening paragraph");
        assert_eq!(document.statement_from(3..3).0, "");
    }
}
