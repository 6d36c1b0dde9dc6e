//! The command line's values read into typed ones, with a message that
//! says what to give instead.

use chrono::NaiveDate;
use escalation_core::Division;
use escalation_core::calendar::{YEARS, parse_iso_date};
use escalation_core::host_settings::SettingName;

pub fn parse_setting(text: &str) -> Result<(SettingName, String), String> {
    let (name, value) = text.split_once('=').ok_or_else(|| {
        "give a setting as NAME=VALUE, for example exit-url=https://www.example.org/".to_string()
    })?;
    let name = name.trim().trim_start_matches("data-");
    let setting = SettingName::from_name(name).ok_or_else(|| {
        format!("there is no setting called {name}; docs/EMBEDDING.md lists them")
    })?;
    if matches!(
        setting,
        SettingName::EscalationGuide
            | SettingName::Policy
            | SettingName::PolicyUrl
            | SettingName::TestPanic
    ) {
        return Err(format!(
            "{name} is not set with --set: use --policy or --policy-url"
        ));
    }
    Ok((setting, value.to_string()))
}

pub fn parse_start(text: &str) -> Result<NaiveDate, String> {
    parse_iso_date(text).ok_or_else(|| {
        let (first, last) = (YEARS.start(), YEARS.end());
        format!("give a real date from {first} to {last} as YYYY-MM-DD, for example 2026-11-23")
    })
}

pub fn parse_division(text: &str) -> Result<Division, String> {
    Division::from_id(text).ok_or_else(|| {
        let known = Division::ALL.map(Division::id).join(", ");
        format!("not a division; use one of {known}")
    })
}
