//! Characters that are never shown raw, and text made safe to show.

/// Control characters (ESC, BEL, NUL…), marks that reorder text (the
/// right-to-left override) and invisible characters: never shown raw, since
/// they can rewrite a terminal or hide what a text really says.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        || is_invisible(c)
}

pub(super) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// `text` with every unsafe character written as `\u{1b}`, so it can be
/// printed to a terminal or shown on a page as it is.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}
