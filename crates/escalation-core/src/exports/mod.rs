//! The record as a document: built once from the policy and the journey,
//! then written out as plain text or Markdown.
//!
//! Private reflections on the self-check questions are never part of these
//! exports: they are the user's own thinking, kept only in the JSON file
//! that lets them continue later.
//!
//! By job: `answers` (the user's answers, the deadlines and the outcome in
//! words, shared by the record page and the exports), `document` (the
//! record's parts, in order), `text` and `markdown` (each format).

mod answers;
mod document;
mod markdown;
mod text;

pub use answers::{AnswerRow, answer_summary, deadlines, due_in_words, outcome_in_words};
pub(crate) use document::{NOT_RECORDED, or_not_recorded};
pub use document::{RECORD_TITLE, RecordDocument, Row, Section};
pub use markdown::escape_markdown;
