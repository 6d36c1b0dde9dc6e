//! Deadlines as an iCalendar file (RFC 5545) the user can add to their
//! calendar: one all-day event per deadline.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike};

use crate::briefing_record::BriefingRecord;
use crate::calendar::long_date_with_weekday;
use crate::policy::Policy;
use crate::time::working_days_phrase;
use crate::timeline::Deadline;

/// RFC 5545 §3.1: lines longer than 75 octets are folded.
const MAX_LINE_OCTETS: usize = 75;

fn date_value(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

fn utc_value(moment: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        date_value(moment.date()),
        moment.hour(),
        moment.minute(),
        moment.second()
    )
}

/// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in text.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold a content line into pieces of at most 75 octets, each continuation
/// starting with a space, never splitting a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            // The leading space counts towards the next line's 75 octets.
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out.push_str("\r\n");
    out
}

/// A calendar with one all-day event on each deadline's due date.
///
/// `start` is the day the difference of opinion started (it makes each UID
/// stable for the same journey) and `now` the current UTC time, for DTSTAMP.
pub fn deadlines_calendar(
    policy: &Policy,
    start: NaiveDate,
    deadlines: &[Deadline],
    now: NaiveDateTime,
) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//{}//Escalation deadlines//EN", crate::GUIDE),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    for (index, deadline) in deadlines.iter().enumerate() {
        let stage = policy
            .stage(deadline.stage)
            .map_or(format!("stage {}", deadline.stage), |stage| {
                stage.in_sentence()
            });
        let mut description = format!(
            "{}: {} from the start of the difference of opinion on {}.",
            deadline.stages_label(),
            working_days_phrase(deadline.working_days),
            long_date_with_weekday(start),
        );
        description.push_str(&format!(" {}", deadline.words_in_text()));
        description.push_str(&format!(
            " {} of {}.",
            crate::time::sentence_case(&stage),
            policy.title
        ));
        if let Some(superseded) = policy.superseded_in_words() {
            description.push_str(&format!(" {superseded}"));
        }
        description.push_str(" Check your local procedures.");
        let next_day = deadline
            .due
            .checked_add_days(Days::new(1))
            .unwrap_or(deadline.due);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!(
                "UID:{}-{}-stage{}-{}@escalation-guide.invalid",
                policy.id,
                date_value(start),
                deadline.stage,
                index + 1
            ),
            format!("DTSTAMP:{}", utc_value(now)),
            format!("DTSTART;VALUE=DATE:{}", date_value(deadline.due)),
            format!("DTEND;VALUE=DATE:{}", date_value(next_day)),
            format!(
                "SUMMARY:{}",
                escape_text(&format!(
                    "Escalation deadline, stage {}: {}",
                    deadline.stage, deadline.what
                ))
            ),
            format!("DESCRIPTION:{}", escape_text(&description)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line)).collect()
}

/// A calendar with one all-day event on each dated action of a briefing
/// record; an action without a date (or whose date is not a real one) has
/// none. Each UID names the policy and the action's id, so adding the file
/// again updates the same events. `today` dates the record when the
/// briefing's own date is not a real one.
/// A short mark of the team's name for a briefing's calendar entries, so
/// that two teams briefed on one policy on one day do not share them (a
/// calendar replaces an entry with the same UID). FNV-1a, as 8 hex digits.
fn team_mark(team: &str) -> String {
    let hash = team.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}

pub fn briefing_actions_calendar(
    policy: &Policy,
    record: &BriefingRecord,
    today: NaiveDate,
    now: NaiveDateTime,
) -> String {
    let held = record.held_on(today);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//{}//Briefing actions//EN", crate::GUIDE),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    for action in &record.actions {
        let Some(due) = action.due() else {
            continue;
        };
        let mut description = format!("Agreed at a 7-minute briefing on {}", policy.title.trim());
        if let Some(held) = held {
            description.push_str(&format!(" held on {}", long_date_with_weekday(held)));
        }
        if !record.team.trim().is_empty() {
            description.push_str(&format!(" ({})", record.team.trim()));
        }
        description.push('.');
        if !action.who.trim().is_empty() {
            description.push_str(&format!(" Who will do it: {}.", action.who.trim()));
        }
        if let Some(superseded) = policy.superseded_in_words() {
            description.push_str(&format!(" {superseded}"));
        }
        let next_day = due.checked_add_days(Days::new(1)).unwrap_or(due);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!(
                "UID:{}-briefing-{}-{}-action{}@escalation-guide.invalid",
                policy.id,
                team_mark(record.team.trim()),
                held.map_or_else(|| "undated".to_string(), date_value),
                action.id
            ),
            format!("DTSTAMP:{}", utc_value(now)),
            format!("DTSTART;VALUE=DATE:{}", date_value(due)),
            format!("DTEND;VALUE=DATE:{}", date_value(next_day)),
            format!(
                "SUMMARY:{}",
                escape_text(&format!("Briefing action: {}", action.what.trim()))
            ),
            format!("DESCRIPTION:{}", escape_text(&description)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let folded = fold(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }
}
