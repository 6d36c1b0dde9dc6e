//! A document as the studio shows it: pieces of its text, each starting a
//! section or not, a heading's line or not, shaded (no statement quotes
//! it yet) or not; and a place in a piece, as a browser counts it, back to
//! bytes.

use std::ops::Range;

use super::document::Document;

/// One stretch of the document's text with one look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    /// The section that starts with this piece, if one does.
    pub starts_section: Option<usize>,
    /// Part of a heading's line.
    pub heading: bool,
    /// No statement quotes it yet.
    pub shaded: bool,
}

/// The whole text of `document` in pieces, given the parts no statement
/// quotes (`unused`, as [`Document::unused`] gives them).
pub fn pieces(document: &Document, unused: &[Range<usize>]) -> Vec<Piece> {
    let end = document.text.len();
    let mut cuts: Vec<usize> = vec![0, end];
    for section in &document.sections {
        cuts.extend([section.start, section.heading_end, section.end]);
    }
    for range in unused {
        cuts.extend([range.start, range.end]);
    }
    cuts.retain(|&cut| cut <= end && document.text.is_char_boundary(cut));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| {
            let range = pair[0]..pair[1];
            let starts_section = document
                .sections
                .iter()
                .find(|section| section.start == range.start && section.id != 0)
                .map(|section| section.id);
            let heading = document
                .section_at(range.start)
                .is_some_and(|section| range.start < section.heading_end);
            let shaded = unused
                .iter()
                .any(|r| r.start <= range.start && range.end <= r.end);
            Piece {
                range,
                starts_section,
                heading,
                shaded,
            }
        })
        .collect()
}

/// The byte offset in `text` of `units` UTF-16 code units (a browser's
/// offset into a text node); the end of the text if it is shorter.
pub fn byte_offset(text: &str, units: usize) -> usize {
    let mut counted = 0;
    for (at, c) in text.char_indices() {
        if counted >= units {
            return at;
        }
        counted += c.len_utf16();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pieces_cover_the_text_once_and_mark_sections_headings_and_shade() {
        let text = "A Policy\n\nThis opening paragraph has more than sixteen words, so the title block of the document ends before it starts.\n\nStage 1 – Talk\n\nThe professionals talk first.\n";
        let document = Document::parse(text);
        let talk = text.find("The professionals").unwrap();
        let unused = talk..talk + "The professionals".len();
        let pieces = pieces(&document, std::slice::from_ref(&unused));
        let joined: String = pieces.iter().map(|p| &text[p.range.clone()]).collect();
        assert_eq!(joined, text);
        let stage = pieces
            .iter()
            .find(|p| p.starts_section.is_some())
            .expect("the stage starts a section");
        assert!(text[stage.range.clone()].starts_with("Stage 1"));
        assert!(stage.heading);
        let shaded: Vec<&str> = pieces
            .iter()
            .filter(|p| p.shaded)
            .map(|p| &text[p.range.clone()])
            .collect();
        assert_eq!(shaded, ["The professionals"]);
    }

    #[test]
    fn a_browsers_offset_counts_utf16_units() {
        let text = "a’b😀c";
        assert_eq!(byte_offset(text, 0), 0);
        assert_eq!(byte_offset(text, 1), 1);
        assert_eq!(byte_offset(text, 2), 4, "’ is one unit, three bytes");
        assert_eq!(byte_offset(text, 5), 9, "😀 is two units, four bytes");
        assert_eq!(byte_offset(text, 99), text.len());
    }
}
