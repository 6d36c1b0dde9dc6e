//! The widget's hooks, one per file.

pub mod field_value;
pub mod saved_progress;
