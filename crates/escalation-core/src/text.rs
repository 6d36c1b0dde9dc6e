//! Small helpers for text, used all over the crate. A leaf: it uses no
//! other file of the crate, so anything may use it.

/// The first letter in upper case. ASCII letters only: a policy's words
/// that start with another letter are left as written, which keeps the
/// Unicode case tables out of the widget (with contrast ratios written in
/// integer arithmetic, 23.6 KB gzip of the download: docs/PERFORMANCE.md).
/// A message as a sentence: a capital first, a full stop last.
pub fn sentence(text: &str) -> String {
    let mut out = text.trim().to_string();
    if let Some(first) = out.get(..1) {
        out.replace_range(..1, &first.to_uppercase());
    }
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// "1 problem", "3 problems": a count and its noun, plural by adding "s".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// At most `max_chars` characters of `text`, with "…" where it was cut.
pub(crate) fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max_chars).collect::<String>())
    }
}
