//! What must hold for any bytes given as a policy file or a saved record:
//! shared by the fuzz targets (fuzz/fuzz_targets) and the regression tests
//! that replay what they found (tests/fuzz_regressions.rs). A panic here is
//! a blank widget in a browser.

use chrono::NaiveDate;
use escalation_core::exports::{RecordDocument, deadlines};
use escalation_core::{
    Action, Calendar, DangerAnswer, Division, Journey, Page, PolicyShape, StageOutcome, Topic,
    WhoAnswer, built_in_policy, load_policy, saved, timeline,
};

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 24).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

/// A host's policy file, read as `data-policy-url` reads it. A refused file
/// names what is wrong; a file that passes works everywhere the widget uses
/// a policy (the journey to the record and its exports, the timeline in
/// every division, training mode, the outline) and reads back as itself
/// when written out. Returns whether it loaded.
pub fn check_policy_bytes(bytes: &[u8]) -> bool {
    let policy = match load_policy(bytes) {
        Ok(policy) => policy,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused file names what is wrong");
            for problem in &problems {
                assert!(!problem.to_string().is_empty());
            }
            return false;
        }
    };
    let written = serde_json::to_string(&policy).expect("a policy always serializes");
    let again = load_policy(written.as_bytes()).expect("a valid policy, written out, is valid");
    assert_eq!(again, policy, "a valid policy reads back as itself");

    let _ = policy.briefing();
    let _ = policy.handout();
    let _ = policy.scenarios();
    let _ = policy.scenario_reveal();
    let _ = escalation_core::outline::fallback_html(&policy, "https://www.bbc.co.uk/weather");
    for stage in &policy.stages {
        let time = policy
            .time_at(stage.number)
            .expect("every stage has its time");
        let _ = time.summary();
    }
    for division in Division::ALL {
        let _ = timeline(&policy, start(), &Calendar::new(division));
    }

    // Through the journey to the record, stage by stage, then every export.
    let mut journey = [
        Action::Start,
        Action::AnswerDanger(DangerAnswer::No),
        Action::AnswerWho(WhoAnswer::AnotherAgency),
        Action::AnswerTopic(Topic::SomethingElse),
        Action::Continue,
        Action::Continue,
        Action::AnswerStartDate(start()),
    ]
    .into_iter()
    .fold(Journey::new(PolicyShape::of(&policy)), Journey::reduce);
    for _ in 0..=policy.stages.len() {
        journey = match journey.page() {
            Page::Stage(number) => {
                journey.reduce(Action::AnswerStage(number, StageOutcome::NotResolved))
            }
            _ => journey.reduce(Action::Continue),
        };
    }
    assert_eq!(journey.page(), Page::Record);
    export_all(&policy, &journey);
    true
}

/// A saved record file, as "Continue from a saved record" reads it. A
/// refused file says why; a file that loads shows its record, exports it,
/// continues (the widget restores it) and saves back as itself. Returns
/// whether it loaded.
pub fn check_saved_bytes(bytes: &[u8]) -> bool {
    check_briefing_bytes(bytes);
    let journey = match saved::load(bytes, built_in_policy) {
        Ok(journey) => journey,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return false;
        }
    };
    let policy = built_in_policy(&journey.policy().id).expect("a loaded record's policy exists");
    export_all(policy, &journey);
    // Saved again on the last day the guide knows, which is never before
    // the day the file says it was saved.
    let last_day = NaiveDate::from_ymd_opt(2099, 12, 31).unwrap();
    let saved_again = saved::save(&journey, last_day).expect("a record that loaded saves");
    let reloaded = saved::load(saved_again.as_bytes(), built_in_policy).expect("and loads back");
    assert_eq!(reloaded, journey);
    let mut restored =
        Journey::new(journey.policy().clone()).reduce(Action::Restore(Box::new(journey)));
    for action in [
        Action::Back,
        Action::Forward,
        Action::Continue,
        Action::Back,
        Action::Back,
    ] {
        restored = restored.reduce(action);
        let _ = restored.page();
    }
    true
}

/// The same bytes as a briefing record's file: refused with a reason, or
/// accepted, then exported, saved and loaded back as itself. Returns
/// whether it loaded.
pub fn check_briefing_bytes(bytes: &[u8]) -> bool {
    use escalation_core::briefing_record::file;
    let fresh = Journey::new(PolicyShape::of(escalation_core::default_policy()));
    let record = match file::load(bytes, built_in_policy) {
        Ok(record) => record,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return false;
        }
    };
    let journey = fresh.reduce(Action::RestoreBriefing(Box::new(record)));
    assert!(journey.is_consistent());
    export_all(escalation_core::default_policy(), &journey);
    let again = file::save(&journey, today()).expect("a briefing record that loaded saves");
    let reloaded = file::load(again.as_bytes(), built_in_policy).expect("and loads back");
    assert_eq!(&reloaded, journey.briefing());
    true
}

fn export_all(policy: &escalation_core::Policy, journey: &Journey) {
    let briefing = journey.briefing().document(policy, today());
    let _ = briefing.to_text();
    let _ = briefing.to_markdown();
    let _ = journey.briefing().problems(today());
    let _ = escalation_core::ics::briefing_actions_calendar(
        policy,
        journey.briefing(),
        today(),
        today().and_hms_opt(9, 0, 0).unwrap(),
    );
    let calendar = Calendar::new(Division::EnglandAndWales);
    let document = RecordDocument::new(policy, journey, &calendar, today());
    let _ = document.to_text();
    let _ = document.to_markdown();
    if let Some(start) = journey.answers().start_date {
        let due = deadlines(policy, journey, &calendar);
        let _ = escalation_core::ics::deadlines_calendar(
            policy,
            start,
            &due,
            today().and_hms_opt(9, 0, 0).unwrap(),
        );
    }
}

/// The settings a host writes, as the fuzzer gives them: each line
/// `a name=value` is a `data-` attribute on the element, `q name=value` a
/// query parameter in the page's address (anything else is ignored).
pub struct WrittenSettings {
    attributes: Vec<(String, String)>,
    address: Vec<(String, String)>,
}

impl WrittenSettings {
    pub fn from_bytes(bytes: &[u8]) -> WrittenSettings {
        let text = String::from_utf8_lossy(bytes);
        let mut written = WrittenSettings {
            attributes: Vec::new(),
            address: Vec::new(),
        };
        for line in text.split('\n') {
            let pair = |rest: &str| {
                let (name, value) = rest.split_once('=').unwrap_or((rest, ""));
                (name.to_string(), value.to_string())
            };
            if let Some(rest) = line.strip_prefix("a ") {
                written.attributes.push(pair(rest));
            } else if let Some(rest) = line.strip_prefix("q ") {
                written.address.push(pair(rest));
            }
        }
        written
    }

    fn attribute_given(&self, name: &str) -> bool {
        self.attributes.iter().any(|(n, _)| n == name)
    }
}

impl escalation_core::host_settings::SettingsSource for WrittenSettings {
    fn attribute(&self, name: &str) -> Option<String> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }
    fn attribute_names(&self) -> Vec<String> {
        self.attributes.iter().map(|(n, _)| n.clone()).collect()
    }
    fn address(&self, name: &str) -> Option<String> {
        self.address
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }
    fn address_names(&self) -> Vec<String> {
        self.address.iter().map(|(n, _)| n.clone()).collect()
    }
    fn is_own_page_element(&self) -> bool {
        false
    }
}

/// Whatever a host writes: the widget starts with settings it can use, every
/// problem is named in a short message, and on the iframe page nothing that
/// puts words, numbers or destinations on the page comes from the address.
pub fn check_host_settings_bytes(bytes: &[u8]) {
    use escalation_core::host_settings::{ContactsSource, HostSettings, PolicySource, web_address};
    use escalation_core::outline::DEFAULT_EXIT_URL;
    let written = WrittenSettings::from_bytes(bytes);
    let (settings, problems) = HostSettings::parse(&written);
    for problem in &problems {
        let words = problem.to_string();
        assert!(!words.is_empty());
        assert!(words.chars().count() < 2_000, "a long message: {words}");
    }
    assert!(
        settings.exit_url == DEFAULT_EXIT_URL || web_address(&settings.exit_url).is_some(),
        "{}",
        settings.exit_url
    );
    for (_, value) in &settings.theme {
        assert!(escalation_core::host_settings::theme_value_fits(value));
    }
    if let Some(origin) = &settings.parent_origin {
        assert!(origin.starts_with("https://") || origin.starts_with("http://"));
    }
    if settings.frame {
        if !written.attribute_given("exit-url") {
            assert_eq!(settings.exit_url, DEFAULT_EXIT_URL);
        }
        if !written.attribute_given("contacts") {
            assert_eq!(settings.contacts, ContactsSource::None);
        }
        if !written.attribute_given("policy-url") {
            assert!(matches!(settings.policy, PolicySource::BuiltIn(_)));
        }
        assert!(settings.panic_for_tests == written.attribute_given("test-panic"));
    }
    if let (ContactsSource::Inline(json), PolicySource::BuiltIn(policy)) =
        (&settings.contacts, &settings.policy)
    {
        let (_, problems) = escalation_core::contacts::read_contacts(json, policy);
        assert!(problems.len() <= escalation_core::contacts::MAX_NAMED_PROBLEMS + 1);
    }
}
