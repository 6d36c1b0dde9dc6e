//! Working days: weekends and the division's bank holidays are not working
//! days, nor are any extra closure days an embedding site adds.
//!
//! The rule the policies use: "within N working days of the start" means the
//! due date is the Nth working day *after* the start date. The start date is
//! day 0, whatever day of the week it is.
//!
//! Bank holidays for 2017–2030 are built in, from the GOV.UK bank-holidays
//! feed (`data/uk-bank-holidays.json`, the feed's own shape, so a newer feed
//! can be dropped in). A count that runs outside those years is flagged, not
//! silently trusted.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A part of the UK with its own bank holidays.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Division {
    #[default]
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

impl Division {
    pub const ALL: [Division; 3] = [
        Division::EnglandAndWales,
        Division::Scotland,
        Division::NorthernIreland,
    ];

    /// The identifier used in policy files, on the command line and in the feed.
    pub fn id(self) -> &'static str {
        match self {
            Division::EnglandAndWales => "england-and-wales",
            Division::Scotland => "scotland",
            Division::NorthernIreland => "northern-ireland",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Division::EnglandAndWales => "England and Wales",
            Division::Scotland => "Scotland",
            Division::NorthernIreland => "Northern Ireland",
        }
    }

    pub fn from_id(id: &str) -> Option<Division> {
        Division::ALL
            .into_iter()
            .find(|division| division.id() == id)
    }
}

/// The bank holidays of one division, and the years the data covers.
#[derive(Debug)]
struct DivisionHolidays {
    dates: BTreeSet<NaiveDate>,
}

#[derive(Debug)]
struct BankHolidays {
    divisions: BTreeMap<Division, DivisionHolidays>,
    first_year: i32,
    last_year: i32,
}

#[derive(Deserialize)]
struct FeedDivision {
    events: Vec<FeedEvent>,
}

#[derive(Deserialize)]
struct FeedEvent {
    date: String,
}

const FEED: &str = include_str!("../data/uk-bank-holidays.json");

fn bank_holidays() -> &'static BankHolidays {
    static HOLIDAYS: OnceLock<BankHolidays> = OnceLock::new();
    HOLIDAYS.get_or_init(|| {
        // The feed is part of the crate and checked by its tests, so a
        // failure here is a build mistake, not bad user input.
        let feed: BTreeMap<String, FeedDivision> =
            serde_json::from_str(FEED).expect("the built-in bank-holiday feed is valid JSON");
        let mut divisions = BTreeMap::new();
        let mut years = BTreeSet::new();
        for (id, division) in feed {
            let division_id = Division::from_id(&id).expect("the feed names only known divisions");
            let dates: BTreeSet<NaiveDate> = division
                .events
                .iter()
                .map(|event| parse_iso_date(&event.date).expect("the feed's dates are YYYY-MM-DD"))
                .collect();
            years.extend(dates.iter().map(|date| date.year()));
            divisions.insert(division_id, DivisionHolidays { dates });
        }
        BankHolidays {
            divisions,
            first_year: *years.first().expect("the feed has events"),
            last_year: *years.last().expect("the feed has events"),
        }
    })
}

/// The first and last years whose bank holidays are built in.
pub fn covered_years() -> (i32, i32) {
    let holidays = bank_holidays();
    (holidays.first_year, holidays.last_year)
}

/// Working days for one division, plus any extra closure days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    division: Division,
    closures: BTreeSet<NaiveDate>,
}

/// A due date, and whether it was counted across days whose bank holidays
/// the built-in data does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueDate {
    pub date: NaiveDate,
    /// True when some day between the start and the due date lies outside
    /// the years the bank-holiday data covers: the date may be too early.
    pub beyond_data: bool,
}

impl Calendar {
    pub fn new(division: Division) -> Self {
        Calendar {
            division,
            closures: BTreeSet::new(),
        }
    }

    /// Add days the embedding organisation is closed, on top of bank holidays.
    #[must_use]
    pub fn with_closures(mut self, dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.closures.extend(dates);
        self
    }

    pub fn division(&self) -> Division {
        self.division
    }

    pub fn is_bank_holiday(&self, date: NaiveDate) -> bool {
        bank_holidays()
            .divisions
            .get(&self.division)
            .is_some_and(|holidays| holidays.dates.contains(&date))
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
            && !self.is_bank_holiday(date)
            && !self.closures.contains(&date)
    }

    /// Whether the built-in bank holidays cover this date's year.
    pub fn covers(&self, date: NaiveDate) -> bool {
        let (first, last) = covered_years();
        (first..=last).contains(&date.year())
    }

    /// The Nth working day after `start` (the start itself is day 0).
    /// Returns `None` only if the count would run past the end of the
    /// calendar (year 262143), which no real deadline does.
    pub fn add_working_days(&self, start: NaiveDate, working_days: u32) -> Option<DueDate> {
        let mut date = start;
        let mut counted = 0;
        let mut beyond_data = false;
        while counted < working_days {
            date = date.checked_add_days(Days::new(1))?;
            beyond_data |= !self.covers(date);
            if self.is_working_day(date) {
                counted += 1;
            }
        }
        Some(DueDate { date, beyond_data })
    }

    /// The number of working days in `(from, to]`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        from.iter_days()
            .skip(1)
            .take_while(|date| *date <= to)
            .filter(|date| self.is_working_day(*date))
            .count() as u32
    }
}

/// The years a date in this guide may have: the date a difference of
/// opinion started (typed, loaded from a saved record, or given to
/// `policy-tool`), closure days, and so every deadline and calendar file.
/// One rule, used by the date input, the loader, the command line and the
/// exports.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// Whether `date` is in [`YEARS`].
pub fn year_allowed(date: NaiveDate) -> bool {
    YEARS.contains(&date.year())
}

/// Parse a date written exactly as `YYYY-MM-DD`, in [`YEARS`]. Strict and
/// small: the widget uses it too, and chrono's general parser would add to
/// its download.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let well_formed = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(index, byte)| index == 4 || index == 7 || byte.is_ascii_digit());
    if !well_formed {
        return None;
    }
    let year = text[0..4].parse().ok()?;
    let month = text[5..7].parse().ok()?;
    let day = text[8..10].parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day).filter(|date| year_allowed(*date))
}

/// Serde for an optional date as `YYYY-MM-DD`, read with [`parse_iso_date`].
pub mod iso_date_option {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_str(&date.to_string()),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| {
                super::parse_iso_date(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!("{text:?} is not a date as YYYY-MM-DD"))
                })
            })
            .transpose()
    }
}

pub fn month_name(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

pub fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// "29 December 2026", the GOV.UK style for dates.
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// "Tuesday 29 December 2026".
pub fn long_date_with_weekday(date: NaiveDate) -> String {
    format!("{} {}", weekday_name(date.weekday()), long_date(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> NaiveDate {
        parse_iso_date(text).unwrap()
    }

    #[test]
    fn iso_dates_parse_strictly() {
        assert_eq!(
            parse_iso_date("2026-11-23"),
            NaiveDate::from_ymd_opt(2026, 11, 23)
        );
        assert_eq!(
            parse_iso_date("2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
        for bad in [
            "",
            "2026-02-30",
            "2027-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-11-23",
            "2026/11/23",
            "2026-11-23 ",
            "+026-11-23",
            "\u{ff12}026-11-23",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad:?}");
        }
    }

    fn due(division: Division, start: &str, working_days: u32) -> NaiveDate {
        Calendar::new(division)
            .add_working_days(date(start), working_days)
            .unwrap()
            .date
    }

    #[test]
    fn the_feed_covers_2017_to_2030_for_every_division() {
        assert_eq!(covered_years(), (2017, 2030));
        for division in Division::ALL {
            assert!(
                bank_holidays().divisions[&division].dates.len() > 100,
                "{division:?}"
            );
        }
    }

    #[test]
    fn christmas_2026_skips_christmas_day_the_weekend_and_the_boxing_day_substitute() {
        // Start Wednesday 23 December 2026. Thursday 24th is day 1; Friday
        // 25th is Christmas Day; Saturday 26th and Sunday 27th are the
        // weekend; Monday 28th is the Boxing Day substitute day; Tuesday 29th
        // is day 2; Wednesday 30th day 3; Thursday 31st day 4; Friday 1 January
        // 2027 is New Year's Day; Monday 4th is day 5; Tuesday 5th day 6.
        let ew = Division::EnglandAndWales;
        assert_eq!(due(ew, "2026-12-23", 1), date("2026-12-24"));
        assert_eq!(due(ew, "2026-12-23", 2), date("2026-12-29"));
        assert_eq!(due(ew, "2026-12-23", 3), date("2026-12-30"));
        assert_eq!(due(ew, "2026-12-23", 4), date("2026-12-31"));
        assert_eq!(due(ew, "2026-12-23", 5), date("2027-01-04"));
        assert_eq!(due(ew, "2026-12-23", 6), date("2027-01-05"));
    }

    #[test]
    fn christmas_2027_skips_both_substitute_days() {
        // Christmas Day 2027 is a Saturday and Boxing Day a Sunday, so the
        // bank holidays are the substitute days Monday 27th and Tuesday 28th.
        // Start Friday 24 December 2027: day 1 is Wednesday 29th.
        let ew = Division::EnglandAndWales;
        assert_eq!(due(ew, "2027-12-24", 1), date("2027-12-29"));
        assert_eq!(due(ew, "2027-12-24", 3), date("2027-12-31"));
        // Monday 3 January 2028 is the New Year's Day substitute (1st is a Saturday).
        assert_eq!(due(ew, "2027-12-24", 4), date("2028-01-04"));
    }

    #[test]
    fn easter_2027_skips_good_friday_and_easter_monday() {
        // Good Friday is 26 March 2027 and Easter Monday 29 March. Start
        // Thursday 25 March: day 1 is Tuesday 30 March, day 4 Friday 2 April,
        // Monday 5 April day 5, Tuesday 6 April day 6.
        let ew = Division::EnglandAndWales;
        assert_eq!(due(ew, "2027-03-25", 1), date("2027-03-30"));
        assert_eq!(due(ew, "2027-03-25", 2), date("2027-03-31"));
        assert_eq!(due(ew, "2027-03-25", 4), date("2027-04-02"));
        assert_eq!(due(ew, "2027-03-25", 6), date("2027-04-06"));
    }

    #[test]
    fn a_weekend_start_counts_from_the_next_working_day() {
        // Saturday 28 November 2026: day 1 is Monday 30 November.
        assert_eq!(
            due(Division::EnglandAndWales, "2026-11-28", 1),
            date("2026-11-30")
        );
        // Start on a bank holiday (Good Friday 2026): day 1 is the Tuesday after Easter Monday.
        assert_eq!(
            due(Division::EnglandAndWales, "2026-04-03", 1),
            date("2026-04-07")
        );
    }

    #[test]
    fn zero_working_days_is_the_start_date_itself() {
        assert_eq!(
            due(Division::EnglandAndWales, "2026-11-28", 0),
            date("2026-11-28")
        );
    }

    #[test]
    fn divisions_have_their_own_bank_holidays() {
        // St Andrew's Day, Monday 30 November 2026, is a bank holiday in Scotland only.
        assert_eq!(
            due(Division::EnglandAndWales, "2026-11-27", 1),
            date("2026-11-30")
        );
        assert_eq!(due(Division::Scotland, "2026-11-27", 1), date("2026-12-01"));
        // 2 January 2026 (Friday) is a bank holiday in Scotland only.
        assert_eq!(
            due(Division::EnglandAndWales, "2025-12-31", 1),
            date("2026-01-02")
        );
        assert_eq!(due(Division::Scotland, "2025-12-31", 1), date("2026-01-05"));
        // St Patrick's Day, Tuesday 17 March 2026, in Northern Ireland only.
        assert_eq!(
            due(Division::EnglandAndWales, "2026-03-16", 1),
            date("2026-03-17")
        );
        assert_eq!(
            due(Division::NorthernIreland, "2026-03-16", 1),
            date("2026-03-18")
        );
    }

    #[test]
    fn extra_closure_days_are_not_working_days() {
        let calendar = Calendar::new(Division::EnglandAndWales).with_closures([date("2026-11-24")]);
        assert_eq!(
            calendar
                .add_working_days(date("2026-11-23"), 1)
                .unwrap()
                .date,
            date("2026-11-25")
        );
    }

    #[test]
    fn counting_past_the_data_is_flagged() {
        let calendar = Calendar::new(Division::EnglandAndWales);
        let inside = calendar.add_working_days(date("2030-12-20"), 3).unwrap();
        assert!(!inside.beyond_data);
        // From Friday 20 December 2030: Christmas Day and Boxing Day are
        // Wednesday and Thursday, so day 3 is Friday 27th, day 5 Tuesday 31st
        // (still covered) and day 6 falls in 2031, which the data does not cover.
        assert!(
            !calendar
                .add_working_days(date("2030-12-20"), 5)
                .unwrap()
                .beyond_data
        );
        let across = calendar.add_working_days(date("2030-12-20"), 6).unwrap();
        assert_eq!(across.date, date("2031-01-01"));
        assert!(across.beyond_data);
        let before = calendar.add_working_days(date("2016-12-28"), 2).unwrap();
        assert!(before.beyond_data);
        let after_start = calendar.add_working_days(date("2016-12-31"), 1).unwrap();
        assert!(
            !after_start.beyond_data,
            "the start day itself is never counted"
        );
    }

    #[test]
    fn dates_read_in_gov_uk_style() {
        assert_eq!(
            long_date_with_weekday(date("2026-12-29")),
            "Tuesday 29 December 2026"
        );
        assert_eq!(long_date(date("2027-01-05")), "5 January 2027");
    }

    fn any_start() -> impl Strategy<Value = NaiveDate> {
        // Every day from 2017 to September 2030, so 60 working days stay inside the data.
        (0u64..5020).prop_map(|offset| date("2017-01-01") + Days::new(offset))
    }

    fn any_division() -> impl Strategy<Value = Division> {
        prop::sample::select(Division::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn every_due_date_is_a_working_day(start in any_start(), n in 1u32..=60, division in any_division()) {
            let calendar = Calendar::new(division);
            let due = calendar.add_working_days(start, n).unwrap();
            prop_assert!(calendar.is_working_day(due.date));
            prop_assert!(!due.beyond_data);
        }

        #[test]
        fn due_dates_strictly_increase_with_n(start in any_start(), n in 0u32..60, division in any_division()) {
            let calendar = Calendar::new(division);
            let earlier = calendar.add_working_days(start, n).unwrap().date;
            let later = calendar.add_working_days(start, n + 1).unwrap().date;
            prop_assert!(earlier < later);
        }

        #[test]
        fn exactly_n_working_days_lie_after_the_start_up_to_the_due_date(
            start in any_start(), n in 0u32..=60, division in any_division()
        ) {
            let calendar = Calendar::new(division);
            let due = calendar.add_working_days(start, n).unwrap().date;
            prop_assert_eq!(calendar.working_days_between(start, due), n);
        }
    }
}
