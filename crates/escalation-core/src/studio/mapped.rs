//! A document's text made comparable, as the word-for-word check compares
//! it, with every character's place in the text as it was given: so a
//! passage found in the comparable text can be shown where it sits in the
//! document. A leaf: the fidelity check builds its `DocumentText` with it.

use std::ops::Range;

use crate::validate::is_unsafe;

/// One character of the comparable text, and the bytes of the original it
/// stands for (a space may stand for a run of whitespace or a tag).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    /// The character as the document has it (a curly quotation mark stays
    /// curly here; [`straight`] makes it comparable).
    shown: char,
    start: usize,
    end: usize,
}

/// The comparable text and where each of its characters came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapped {
    /// What the fidelity check compares: tags and Markdown bold out, quotation
    /// marks straight, every run of whitespace one space, no space at either end.
    pub text: String,
    pieces: Vec<Piece>,
    /// The byte offset in `text` of each piece.
    offsets: Vec<usize>,
}

/// A quotation mark made straight; any other character as it is.
pub fn straight(c: char) -> char {
    match c {
        '‘' | '’' | '‛' | '′' => '\'',
        '“' | '”' | '‟' | '″' => '"',
        '\u{00A0}' => ' ',
        other => other,
    }
}

/// Tags that sit inside a line: taking one out leaves nothing; any other
/// tag (`<p>`, `</td>`) breaks the line, so it leaves a space.
fn inline_tag(name: &str) -> bool {
    let name = name
        .trim_start_matches('/')
        .split_whitespace()
        .next()
        .unwrap_or("");
    matches!(name, "b" | "strong" | "i" | "em" | "span" | "a" | "u")
}

impl Mapped {
    pub fn new(raw: &str) -> Mapped {
        // 1. Tags out. An unclosed `<` swallows the rest, as it always has.
        let mut plain: Vec<Piece> = Vec::with_capacity(raw.len());
        let mut tag: Option<(usize, String)> = None;
        for (at, c) in raw.char_indices() {
            let end = at + c.len_utf8();
            match (&mut tag, c) {
                (None, '<') => tag = Some((at, String::new())),
                (Some((start, name)), '>') => {
                    if !inline_tag(name) {
                        plain.push(Piece {
                            shown: ' ',
                            start: *start,
                            end,
                        });
                    }
                    tag = None;
                }
                (Some((_, name)), c) => name.push(c),
                // Invisible and control characters (a soft hyphen, a
                // zero-width space copied from a PDF) are not words: a
                // quote leaves them out, as a policy file may not hold them.
                (None, c) if is_unsafe(c) && !c.is_whitespace() => {}
                (None, c) => plain.push(Piece {
                    shown: c,
                    start: at,
                    end,
                }),
            }
        }
        // 2. Markdown bold out: each "**", read from the left.
        let plain = Self::replace_pair(&plain, ('*', '*'), None);
        // 3. "¬†" (a non-breaking space read with the wrong encoding) is a space.
        let plain = Self::replace_pair(&plain, ('¬', '†'), Some(' '));
        // 4. Whitespace runs as one space, none at either end.
        let mut pieces: Vec<Piece> = Vec::with_capacity(plain.len());
        let mut gap: Option<Piece> = None;
        for piece in plain {
            if piece.shown.is_whitespace() {
                match &mut gap {
                    Some(run) => run.end = piece.end,
                    None => {
                        gap = Some(Piece {
                            shown: ' ',
                            ..piece
                        })
                    }
                }
            } else {
                if let Some(run) = gap.take()
                    && !pieces.is_empty()
                {
                    pieces.push(run);
                }
                pieces.push(piece);
            }
        }
        let mut text = String::with_capacity(pieces.len());
        let mut offsets = Vec::with_capacity(pieces.len());
        for piece in &pieces {
            offsets.push(text.len());
            text.push(straight(piece.shown));
        }
        Mapped {
            text,
            pieces,
            offsets,
        }
    }

    /// `pieces` with every `pair` (read from the left, not overlapping)
    /// taken out, or made one `with` standing for both.
    fn replace_pair(pieces: &[Piece], pair: (char, char), with: Option<char>) -> Vec<Piece> {
        let mut out = Vec::with_capacity(pieces.len());
        let mut index = 0;
        while index < pieces.len() {
            let here = pieces[index];
            if here.shown == pair.0 && pieces.get(index + 1).is_some_and(|n| n.shown == pair.1) {
                if let Some(shown) = with {
                    out.push(Piece {
                        shown,
                        start: here.start,
                        end: pieces[index + 1].end,
                    });
                }
                index += 2;
            } else {
                out.push(here);
                index += 1;
            }
        }
        out
    }

    /// The original bytes that the comparable text's bytes `range` stand
    /// for. `range` must start and end on characters of `text`.
    pub fn original(&self, range: Range<usize>) -> Option<Range<usize>> {
        if range.is_empty() {
            return None;
        }
        let first = self.offsets.binary_search(&range.start).ok()?;
        let last = match self.offsets.binary_search(&range.end) {
            Ok(next) => next.checked_sub(1)?,
            Err(_) if range.end == self.text.len() => self.pieces.len() - 1,
            Err(_) => return None,
        };
        Some(self.pieces[first].start..self.pieces[last].end)
    }

    /// Every place `passage` (normalised as the fidelity check normalises
    /// it) is in the comparable text, as byte ranges of `text`.
    pub fn find_all(&self, passage: &str) -> Vec<Range<usize>> {
        let passage = normalise(passage);
        if passage.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = self.text[from..].find(&passage) {
            let start = from + at;
            found.push(start..start + passage.len());
            // The next match may overlap this one; step one character on.
            from = start + self.text[start..].chars().next().map_or(1, char::len_utf8);
        }
        found
    }

    /// The document's own characters (curly quotation marks kept) wholly
    /// inside the original bytes `range`, tags out and whitespace runs one
    /// space, trimmed.
    pub fn shown_within(&self, range: Range<usize>) -> String {
        let from = self.pieces.partition_point(|p| p.start < range.start);
        let text: String = self.pieces[from..]
            .iter()
            .take_while(|p| p.end <= range.end)
            .map(|p| p.shown)
            .collect();
        text.trim().to_string()
    }

    /// The original byte ranges of the comparable text's characters, for
    /// walking the document character by character.
    pub(crate) fn spans(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.pieces.iter().map(|p| p.start..p.end)
    }
}

/// Whitespace runs as one space, and quotation marks straight, so that a
/// passage matches however the document or the policy file typed them.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(straight)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The fidelity check's normalisation as it was written before the
    /// studio shared it (tags, then "**", then "¬†", then whitespace and
    /// quotation marks), kept here as the oracle the shared one must match.
    fn as_the_check_did(raw: &str) -> String {
        let mut plain = String::new();
        let mut tag: Option<String> = None;
        for c in raw.chars() {
            match (&mut tag, c) {
                (None, '<') => tag = Some(String::new()),
                (Some(name), '>') => {
                    if !inline_tag(name) {
                        plain.push(' ');
                    }
                    tag = None;
                }
                (Some(name), c) => name.push(c),
                (None, c) => plain.push(c),
            }
        }
        normalise(&plain.replace("**", "").replace("¬†", " "))
    }

    #[test]
    fn the_source_documents_read_as_the_check_reads_them() {
        let folder =
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../policies/sources");
        for entry in std::fs::read_dir(folder).unwrap() {
            let raw = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            assert_eq!(Mapped::new(&raw).text, as_the_check_did(&raw));
        }
        for raw in [
            "***bold*** a<b>b</b>c<p>d",
            "¬**† x ¬†y",
            "unclosed <p tag swallows",
            "  ‘quoted’ “twice”\u{00A0}and\r\nlines  ",
            "",
            "<p></p>",
        ] {
            assert_eq!(Mapped::new(raw).text, as_the_check_did(raw), "{raw:?}");
        }
    }

    #[test]
    fn a_passage_maps_back_to_the_bytes_it_came_from() {
        let raw = "<p><b>Stage 1</b> – the  child’s\n **file**</p>";
        let mapped = Mapped::new(raw);
        assert_eq!(mapped.text, "Stage 1 – the child's file");
        let found = mapped.find_all("the child's file");
        assert_eq!(found.len(), 1);
        let original = mapped.original(found[0].clone()).unwrap();
        assert_eq!(&raw[original.clone()], "the  child’s\n **file");
        // Shown with the document's own marks, whitespace one space, tags out.
        assert_eq!(mapped.shown_within(original), "the child’s file");
        assert!(mapped.find_all("the children's file").is_empty());
        assert!(
            mapped.find_all("  ").is_empty(),
            "an empty passage is nowhere"
        );
    }

    #[test]
    fn overlapping_places_are_all_found() {
        let mapped = Mapped::new("aaa");
        assert_eq!(mapped.find_all("aa"), [0..2, 1..3]);
    }

    proptest! {
        #[test]
        fn the_shared_normalisation_is_the_checks(raw in "[ab <>/p*¬†’“\n\u{00A0}]{0,40}") {
            prop_assert_eq!(Mapped::new(&raw).text, as_the_check_did(&raw));
        }

        #[test]
        fn any_stretch_of_the_text_is_what_its_original_bytes_read(
            raw in "[ab <>/p*¬†’\n]{1,40}",
            from in 0usize..40,
            len in 1usize..40,
        ) {
            let mapped = Mapped::new(&raw);
            let chars: Vec<(usize, char)> = mapped.text.char_indices().collect();
            prop_assume!(from < chars.len());
            let to = (from + len).min(chars.len());
            let start = chars[from].0;
            let end = chars.get(to).map_or(mapped.text.len(), |(at, _)| *at);
            let stretch = mapped.text[start..end].trim();
            prop_assume!(!stretch.is_empty());
            let found = mapped.find_all(stretch);
            prop_assert!(!found.is_empty());
            for place in found {
                let original = mapped.original(place).unwrap();
                prop_assert_eq!(Mapped::new(&raw[original]).text, stretch);
            }
        }
    }
}
