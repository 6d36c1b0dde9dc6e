//! A document's text made comparable, as the word-for-word check compares
//! it, with every character's place in the text as it was given: so a
//! passage found in the comparable text can be shown where it sits in the
//! document. A leaf: the fidelity check builds its `DocumentText` with it.

use std::ops::Range;

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
