//! The widget's hooks, one per file.

pub mod browser_history;
pub mod field_value;
pub mod focus_heading;
pub mod full_screen;
pub mod guide;
pub mod page;
pub mod print_copy;
pub mod saved_progress;
pub mod session;
