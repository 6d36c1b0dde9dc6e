//! Why a file could not be read as a Word document, in words for the
//! document's author: what the file is, what is wrong with it, and, where
//! there is one, what to do.

use std::fmt;

/// Why a file could not be read as a Word document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxError {
    Empty,
    /// The file is larger than the limit (both in bytes).
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// An older Word file (.doc), or a .docx locked with a password: both
    /// are OLE compound files.
    OldFormat,
    NotZip,
    /// Another kind of package: "an Excel workbook (.xlsx)".
    NotWord(&'static str),
    NoMainText,
    Encrypted,
    /// The zip method its main text is stored with (neither stored nor
    /// deflated).
    Compression(u64),
    /// A part unpacks to more than the limit (in bytes).
    TextTooLarge {
        limit: usize,
    },
    /// What is damaged, in words: "the file is cut short".
    Damaged(&'static str),
    /// A document without a word in it.
    NoText,
}

/// 12.3 for a size in bytes, as megabytes (MiB) to one place, rounded up
/// so a file over a limit never shows as the limit.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64).saturating_mul(10).div_ceil(1024 * 1024);
    match tenths % 10 {
        0 => format!("{}", tenths / 10),
        tenth => format!("{}.{tenth}", tenths / 10),
    }
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let not_word = "this file is not a Word document (.docx)";
        match self {
            DocxError::Empty => write!(f, "{not_word}: it is empty"),
            DocxError::TooLarge { bytes, limit } => write!(
                f,
                "the Word document is too large to read here: {} MB; the limit is {} MB",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            DocxError::OldFormat => write!(
                f,
                "{not_word}: it is an older Word document (.doc) or one locked with a password; in Word, take off any password and save it as a Word document (.docx)"
            ),
            DocxError::NotZip => write!(f, "{not_word}: it is not a zip package"),
            DocxError::NotWord(kind) => write!(f, "{not_word}: it is {kind}"),
            DocxError::NoMainText => write!(
                f,
                "the Word document has no main text (word/document.xml is missing)"
            ),
            DocxError::Encrypted => write!(
                f,
                "the Word document's text is encrypted; in Word, take off its password and save it again"
            ),
            DocxError::Compression(method) => write!(
                f,
                "the Word document's text is compressed in a way this page cannot read (zip method {method}); save it again from Word"
            ),
            DocxError::TextTooLarge { limit } => write!(
                f,
                "the Word document's text is too large to read here: it unpacks to more than {0} MB; the limit is {0} MB",
                megabytes(*limit)
            ),
            DocxError::Damaged(what) => write!(f, "part of the Word document is damaged ({what})"),
            DocxError::NoText => write!(
                f,
                "the Word document has no text to read (its pages may be pictures)"
            ),
        }
    }
}

impl std::error::Error for DocxError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_megabytes_round_up() {
        let mib = 1024 * 1024;
        assert_eq!(megabytes(10 * mib), "10");
        assert_eq!(megabytes(10 * mib + 1), "10.1");
        assert_eq!(megabytes(mib * 123 / 10), "12.3");
        assert_eq!(megabytes(1), "0.1");
        assert!(!megabytes(usize::MAX).is_empty());
    }
}
