//! The widget's hooks, one per file.

pub mod briefing_channel;
pub mod browser_history;
pub mod field_value;
pub mod fit_boxes;
pub mod fit_screen;
pub mod focus_heading;
pub mod full_screen;
pub mod guide;
pub mod page;
pub mod part_keys;
pub mod print_copy;
pub mod saved_progress;
pub mod session;
