//! Reusable pieces of the page, named after the GOV.UK Design System
//! components they follow.

pub mod back_link;
pub mod button;
pub mod error_summary;
pub mod radios;
pub mod summary_list;
pub mod warning_text;
