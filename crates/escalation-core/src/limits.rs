//! What a record can hold: one rule, in one place, applied the same way
//! while typing (a message beside the field, nothing removed), when saving
//! (the file is not made, and the message says why) and when loading (the
//! file is refused, and the message says why). Whatever the guide lets a
//! user save, it loads back.

use std::fmt;

/// Past this many characters an answer gets a reminder to keep the record
/// readable. Nothing is removed.
pub const ANSWER_SOFT_LIMIT: usize = 10_000;
/// The most characters one answer (a field of the record, or a private
/// reflection) can hold and still be saved to continue later.
pub const MAX_ANSWER_CHARS: usize = 1_000_000;
/// The most discussions, and the most actions, one record can hold.
pub const MAX_ITEMS: usize = 50;
/// The largest saved-record file, in bytes (8 MiB).
pub const MAX_SAVED_FILE_BYTES: usize = 8 * 1024 * 1024;

/// 1000000 as "1,000,000".
pub fn thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// How long an answer is, against the limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerLength {
    Fine,
    /// Longer than is easy to read, but it can be saved.
    Long(usize),
    /// Too long to save: the record cannot be kept until it is shorter.
    TooLong(usize),
}

impl AnswerLength {
    /// Measure `text`. Cheap for short text: characters are only counted
    /// when the text has more bytes than the soft limit has characters.
    pub fn of(text: &str) -> AnswerLength {
        if text.len() <= ANSWER_SOFT_LIMIT {
            return AnswerLength::Fine;
        }
        match text.chars().count() {
            chars if chars > MAX_ANSWER_CHARS => AnswerLength::TooLong(chars),
            chars if chars > ANSWER_SOFT_LIMIT => AnswerLength::Long(chars),
            _ => AnswerLength::Fine,
        }
    }

    /// What to tell the user beside the field, if anything.
    pub fn message(self) -> Option<String> {
        match self {
            AnswerLength::Fine => None,
            AnswerLength::Long(chars) => Some(format!(
                "This is {} characters long. Records are easier to read when each answer is under {} characters. Nothing you typed has been removed.",
                thousands(chars),
                thousands(ANSWER_SOFT_LIMIT)
            )),
            AnswerLength::TooLong(chars) => Some(format!(
                "This is {} characters long. An answer can hold up to {} characters, so your record cannot be saved to continue later until this is shorter. Nothing you typed has been removed: you can still download the record as text.",
                thousands(chars),
                thousands(MAX_ANSWER_CHARS)
            )),
        }
    }

    pub fn is_too_long(self) -> bool {
        matches!(self, AnswerLength::TooLong(_))
    }
}

/// Something over a limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LimitProblem {
    /// An answer, named as the record page names it, and its length.
    AnswerTooLong {
        answer: String,
        chars: usize,
    },
    TooManyDiscussions(usize),
    TooManyActions(usize),
    /// The saved file would be, or is, this many bytes.
    FileTooLarge(usize),
}

impl fmt::Display for LimitProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LimitProblem::AnswerTooLong { answer, chars } => write!(
                f,
                "“{answer}” is {} characters long; an answer can hold up to {} characters.",
                thousands(*chars),
                thousands(MAX_ANSWER_CHARS)
            ),
            LimitProblem::TooManyDiscussions(count) => write!(
                f,
                "The record has {} discussions; it can hold up to {MAX_ITEMS}.",
                thousands(*count)
            ),
            LimitProblem::TooManyActions(count) => write!(
                f,
                "The record has {} actions; it can hold up to {MAX_ITEMS}.",
                thousands(*count)
            ),
            LimitProblem::FileTooLarge(bytes) => write!(
                f,
                "The record is {} bytes as a file; a saved record can be up to {} bytes (8 MB).",
                thousands(*bytes),
                thousands(MAX_SAVED_FILE_BYTES)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(thousands(12_345_678), "12,345,678");
    }

    #[test]
    fn lengths_are_measured_in_characters_not_bytes() {
        // 10,000 two-byte characters: 20,000 bytes, but within the soft limit.
        assert_eq!(AnswerLength::of(&"é".repeat(10_000)), AnswerLength::Fine);
        assert_eq!(
            AnswerLength::of(&"é".repeat(10_001)),
            AnswerLength::Long(10_001)
        );
        assert_eq!(
            AnswerLength::of(&"a".repeat(MAX_ANSWER_CHARS)),
            AnswerLength::Long(MAX_ANSWER_CHARS)
        );
        assert_eq!(
            AnswerLength::of(&"a".repeat(MAX_ANSWER_CHARS + 1)),
            AnswerLength::TooLong(MAX_ANSWER_CHARS + 1)
        );
    }
}
