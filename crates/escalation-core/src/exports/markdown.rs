//! The record as Markdown, and the escaping that makes Markdown show what
//! was typed exactly.

use super::document::{RecordDocument, Row};

impl RecordDocument {
    /// Markdown, for documents and wikis.
    pub fn to_markdown(&self) -> String {
        let mut out = format!(
            "# {}\n\n{}\n",
            escape_markdown(&self.title),
            escape_markdown(&self.written_line())
        );
        for section in &self.sections {
            out.push_str(&format!("\n## {}\n\n", escape_markdown(&section.title)));
            for row in &section.rows {
                match row {
                    Row::Pair(label, value) => out.push_str(&format!(
                        "- **{}:** {}\n",
                        escape_markdown(label),
                        markdown_lines(value, "  ")
                    )),
                    Row::List(label, items) => {
                        out.push_str(&format!("- **{}:**\n", escape_markdown(label)));
                        for (index, item) in items.iter().enumerate() {
                            out.push_str(&format!(
                                "  {}. {}\n",
                                index + 1,
                                markdown_lines(item, "     ")
                            ));
                        }
                    }
                    Row::Text(text) => out.push_str(&format!("{}\n", escape_markdown(text))),
                }
            }
        }
        out
    }
}

/// Escape one line so Markdown shows it exactly as typed: the characters
/// it would read as formatting (or as an entity, `&`), and at the start of
/// the line anything it would read as a list, a heading underline or a
/// thematic break (`-`, `+`, `=`, `1.`, `1)`).
pub fn escape_markdown(line: &str) -> String {
    const INLINE: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&'];
    let mut out = String::with_capacity(line.len() + 8);
    let rest = line.trim_start();
    // Leading spaces as typed, but as no-break spaces: to CommonMark they
    // are not indentation, so an indented line never becomes a code block.
    for c in line[..line.len() - rest.len()].chars() {
        match c {
            '\t' => out.push_str("\u{a0}\u{a0}\u{a0}\u{a0}"),
            _ => out.push('\u{a0}'),
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let ordered_marker =
        (1..=9).contains(&digits) && matches!(rest.as_bytes().get(digits), Some(b'.' | b')'));
    for (index, c) in rest.char_indices() {
        let block_marker = index == 0 && matches!(c, '-' | '+' | '=');
        if block_marker || (ordered_marker && index == digits) || INLINE.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escape, and keep line breaks inside a list item. A lone carriage return
/// ends a line in CommonMark, so it ends one here too (and is escaped like
/// any other line), rather than starting a heading or a list unescaped.
fn markdown_lines(text: &str, indent: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .map(escape_markdown)
        .collect::<Vec<_>>()
        .join(&format!("  \n{indent}"))
}
