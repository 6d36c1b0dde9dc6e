//! `policy-tool`: for partnership staff who write their own policy files.
//!
//! Exit status: 0 when all is well, 1 when a policy file is invalid, 2 when
//! the command is used wrongly or a file cannot be read.

use std::io::{Read, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use escalation_core::calendar::{YEARS, parse_iso_date};
use escalation_core::policy::Status;
use escalation_core::validate::{MAX_POLICY_FILE_BYTES, printable};
use escalation_core::{
    Calendar, DEFAULT_POLICY_ID, Division, Policy, Problem, built_in_policies, built_in_policy,
    load_policy, timeline,
};

const USAGE: &str = "\
Usage:
  policy-tool list
      The built-in policies: id, title and status.
  policy-tool check FILE
      Check a policy file. Prints one summary line if it is valid; otherwise
      every problem, with where it is, on standard error.
  policy-tool timeline --policy ID_OR_FILE --start YYYY-MM-DD [--division DIVISION]
      Every deadline of a policy, as JSON, from the day the difference of
      opinion started. DIVISION is england-and-wales, scotland or
      northern-ireland (default: the policy's own).
  policy-tool schema
      The JSON Schema that policy files follow.

Exit status: 0 all well, 1 invalid policy file, 2 wrong usage or unreadable file.";

/// Why the command stopped.
enum Failure {
    /// The policy file is invalid: exit 1.
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
    /// Wrong usage, or a file that cannot be read: exit 2.
    Usage(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut stdout = std::io::stdout().lock();
    match run(&args, &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid { file, problems }) => {
            let file = printable(&file);
            let mut stderr = std::io::stderr().lock();
            for problem in &problems {
                let _ = writeln!(stderr, "{file}: {problem}");
            }
            let count = problems.len();
            let noun = if count == 1 { "problem" } else { "problems" };
            let _ = writeln!(stderr, "{file}: invalid policy file ({count} {noun})");
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            let _ = writeln!(std::io::stderr(), "policy-tool: {}", printable(&message));
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String], out: &mut impl Write) -> Result<(), Failure> {
    let write_failed =
        |error: std::io::Error| Failure::Usage(format!("cannot write output: {error}"));
    match args.first().map(String::as_str) {
        Some("list") if args.len() == 1 => {
            let width = built_in_policies()
                .iter()
                .map(|p| p.id.len())
                .max()
                .unwrap_or(0);
            for policy in built_in_policies() {
                let default = if policy.id == DEFAULT_POLICY_ID {
                    " (default)"
                } else {
                    ""
                };
                writeln!(
                    out,
                    "{:width$}  {}  [{}{default}]",
                    policy.id,
                    policy.title,
                    status_label(policy)
                )
                .map_err(write_failed)?;
            }
            Ok(())
        }
        Some("check") => {
            let [_, file] = args else {
                return Err(Failure::Usage(format!(
                    "check needs exactly one FILE\n\n{USAGE}"
                )));
            };
            let policy = read_policy_file(file)?;
            let timescales: usize = policy.stages.iter().map(|s| s.timescales.len()).sum();
            writeln!(
                out,
                "{}: valid policy \"{}\" ({}): {}, {}, {}",
                printable(file),
                policy.id,
                policy.title,
                count(policy.stages.len(), "stage"),
                count(timescales, "timescale"),
                status_label(&policy)
            )
            .map_err(write_failed)
        }
        Some("timeline") => {
            let options = TimelineOptions::parse(&args[1..])?;
            let policy = match built_in_policy(&options.policy) {
                Some(policy) => policy.clone(),
                None => read_policy_file(&options.policy)?,
            };
            let division = options.division.unwrap_or(policy.division);
            let result = timeline(&policy, options.start, &Calendar::new(division));
            let json = serde_json::to_string_pretty(&result).expect("a timeline always serializes");
            writeln!(out, "{json}").map_err(write_failed)
        }
        Some("schema") if args.len() == 1 => {
            let schema = schemars::schema_for!(Policy);
            let json = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
            writeln!(out, "{json}").map_err(write_failed)
        }
        Some("help" | "--help" | "-h") => writeln!(out, "{USAGE}").map_err(write_failed),
        Some(other) => Err(Failure::Usage(format!(
            "unknown command or arguments: {other}\n\n{USAGE}"
        ))),
        None => Err(Failure::Usage(format!("no command given\n\n{USAGE}"))),
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "current", or "superseded by ID": short, for a terminal.
fn status_label(policy: &Policy) -> String {
    match &policy.status {
        Status::Current => "current".to_string(),
        Status::Superseded { by, .. } => format!("superseded by {by}"),
    }
}

struct TimelineOptions {
    policy: String,
    start: NaiveDate,
    division: Option<Division>,
}

impl TimelineOptions {
    fn parse(args: &[String]) -> Result<TimelineOptions, Failure> {
        let (mut policy, mut start, mut division) = (None, None, None);
        let mut rest = args.iter();
        while let Some(flag) = rest.next() {
            let mut value = || {
                rest.next()
                    .cloned()
                    .ok_or_else(|| Failure::Usage(format!("{flag} needs a value")))
            };
            match flag.as_str() {
                "--policy" => policy = Some(value()?),
                "--start" => {
                    let text = value()?;
                    let date = parse_iso_date(&text).ok_or_else(|| {
                        let (first, last) = (YEARS.start(), YEARS.end());
                        Failure::Usage(format!(
                            "--start {text}: give a real date from {first} to {last} as YYYY-MM-DD, for example 2026-11-23"
                        ))
                    })?;
                    start = Some(date);
                }
                "--division" => {
                    let text = value()?;
                    let known = Division::ALL.map(Division::id).join(", ");
                    division = Some(Division::from_id(&text).ok_or_else(|| {
                        Failure::Usage(format!(
                            "--division {text}: not a division; use one of {known}"
                        ))
                    })?);
                }
                other => {
                    return Err(Failure::Usage(format!(
                        "timeline: unknown option {other}\n\n{USAGE}"
                    )));
                }
            }
        }
        Ok(TimelineOptions {
            policy: policy
                .ok_or_else(|| Failure::Usage("timeline needs --policy ID_OR_FILE".into()))?,
            start: start
                .ok_or_else(|| Failure::Usage("timeline needs --start YYYY-MM-DD".into()))?,
            division,
        })
    }
}

/// Read and check a policy file, refusing files over the size limit without
/// reading them whole.
fn read_policy_file(path: &str) -> Result<Policy, Failure> {
    let unreadable = |error: std::io::Error| Failure::Usage(format!("cannot read {path}: {error}"));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    // Name the real size of a file over the limit, without reading it.
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_POLICY_FILE_BYTES as u64 {
        return Err(Failure::Invalid {
            file: path.to_string(),
            problems: vec![Problem::file_too_large(size)],
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_POLICY_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    load_policy(&bytes).map_err(|problems| Failure::Invalid {
        file: path.to_string(),
        problems,
    })
}
