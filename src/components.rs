//! Reusable pieces of the page, named after the GOV.UK Design System
//! components they follow.

pub mod back_link;
pub mod briefing_clock;
pub mod briefing_points;
pub mod button;
pub mod choice_question;
pub mod contacts;
pub mod error_summary;
pub mod exit_this_page;
pub mod fields;
pub mod flowchart;
pub mod load_record;
pub mod markup;
pub mod policy_text;
pub mod privacy_controls;
pub mod progress_notice;
pub mod radios;
pub mod repeating_items;
pub mod routes;
pub mod save_or_print;
pub mod slide;
pub mod slide_point;
pub mod slide_visuals;
pub mod stage_time;
pub mod summary_list;
pub mod timeline_view;
pub mod warning_text;
