//! The policy studio's core (issue 21): a partnership's policy document
//! split into sections by its headings and numbering, a passage found
//! where it sits (by the word-for-word check's own normalisation), a
//! selection made a statement (its quote and section), every statement of
//! a policy placed in its document, and what no statement quotes yet.
//!
//! Offsets are byte offsets into the document's text as it was given. No
//! web dependencies: the studio page builds on this. With the `docx`
//! feature, a Word document is read into the plain text it splits
//! (`docx::text_of`).

pub mod document;
#[cfg(feature = "docx")]
pub mod docx;
pub mod draft;
mod edit;
pub mod heading;
mod lists;
pub mod mapped;
pub mod names;
pub mod place;
pub mod sections;
pub mod slot;
pub mod view;

pub use crate::policy::working_days_in;
pub use document::{Document, Location};
pub use draft::{Draft, Edit, Field, SourceText};
pub use heading::Kind;
pub use mapped::Mapped;
pub use names::{Agreement, SectionName};
pub use place::{Outcome, Placed, place, unused};
pub use sections::Section;
pub use slot::{Slot, StagePart, element_id, item_id, part_in_words};
pub use view::{Piece, byte_offset, pieces};
