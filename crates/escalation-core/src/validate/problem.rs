//! One thing wrong with a policy file, and how it is written out.

use std::fmt;

use crate::policy::MAX_POLICY_FILE_BYTES;

use super::printable::printable;

/// One thing wrong with a policy file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the JSON, for example `stages[1].number`; empty for the file
    /// as a whole.
    pub path: String,
    /// Line and column (from 1), when the problem is in the JSON text itself.
    pub line_column: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    pub(super) fn at(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            line_column: None,
            message: message.into(),
        }
    }

    /// A problem at a place in the file (a JSON path such as `stages[0].who[1].text`).
    pub fn at_path(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem::at(path, message)
    }

    pub(super) fn whole_file(message: impl Into<String>) -> Problem {
        Problem::at("", message)
    }

    /// A file of `bytes` bytes, over [`MAX_POLICY_FILE_BYTES`].
    pub fn file_too_large(bytes: u64) -> Problem {
        Problem::whole_file(format!(
            "the file is {bytes} bytes; a policy file can be at most {MAX_POLICY_FILE_BYTES} bytes (1 MiB)"
        ))
    }

    pub(super) fn from_json(path: String, error: &serde_json::Error) -> Problem {
        let (line, column) = (error.line(), error.column());
        let full = error.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        Problem {
            path,
            line_column: (line > 0).then_some((line, column)),
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote_place = false;
        if let Some((line, column)) = self.line_column {
            write!(f, "line {line}, column {column}")?;
            wrote_place = true;
        }
        if !self.path.is_empty() {
            if wrote_place {
                write!(f, ", ")?;
            }
            write!(f, "{}", printable(&self.path))?;
            wrote_place = true;
        }
        if wrote_place {
            write!(f, ": ")?;
        }
        write!(f, "{}", printable(&self.message))
    }
}
