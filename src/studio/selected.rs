//! A passage the author has selected: its document and its bytes. A leaf,
//! shared by the document beside the policy and the policy.

use std::ops::Range;

#[derive(Clone, Debug, PartialEq)]
pub struct Selected {
    pub document: String,
    pub range: Range<usize>,
}
