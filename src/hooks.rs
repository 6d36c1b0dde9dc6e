//! The widget's hooks, one per file.

pub mod saved_progress;
