//! `policy-tool`: for partnership staff who write their own policy files.
//!
//! Exit status: 0 when all is well, 1 when a policy file is invalid, 2 when
//! the command is used wrongly or a file cannot be read.

use std::io::{Read, Write};

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod arguments;
use arguments::{parse_division, parse_setting, parse_start};

use chrono::NaiveDate;
use escalation_core::fidelity::{self, DocumentText};
use escalation_core::host_settings::SettingName;
use escalation_core::outline::{DEFAULT_EXIT_URL, fallback_html};
use escalation_core::policy::Status;
use escalation_core::snippet::Snippet;
use escalation_core::validate::{MAX_POLICY_FILE_BYTES, printable};
use escalation_core::{
    Calendar, DEFAULT_POLICY_ID, Division, Policy, Problem, built_in_policies, built_in_policy,
    count, load_policy, timeline,
};

/// Check escalation policy files, list the built-in policies, and work out
/// their deadlines.
#[derive(Parser)]
#[command(
    name = "policy-tool",
    after_help = "Exit status: 0 all well, 1 invalid policy file, 2 wrong usage or unreadable file."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The built-in policies: id, title and status.
    List,
    /// Check a policy file. Prints one summary line if it is valid; otherwise
    /// every problem, with where it is, on standard error. Where the
    /// documents it quotes are in a folder (`sources/<document id>.txt`
    /// beside the file, or --sources), also checks that every statement is
    /// the policy's words, or a summary carrying them, word for word.
    Check {
        /// The policy file (JSON).
        file: String,
        /// The folder of the documents the file quotes, one
        /// `<document id>.txt` each (default: `sources` beside the file).
        #[arg(long, value_name = "DIR")]
        sources: Option<String>,
    },
    /// Every deadline of a policy, as JSON, from the day the difference of
    /// opinion started.
    Timeline {
        /// A built-in policy's id, or a policy file.
        #[arg(long, value_name = "ID_OR_FILE")]
        policy: String,
        /// The day the difference of opinion started, as YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_start)]
        start: NaiveDate,
        /// Whose bank holidays count: england-and-wales, scotland or
        /// northern-ireland (default: the policy's own).
        #[arg(long, value_parser = parse_division)]
        division: Option<Division>,
    },
    /// The JSON Schema that policy files follow.
    Schema,
    /// The fallback a page shows where the widget goes, before it starts
    /// and without JavaScript: the 999 advice, Exit this page and an
    /// outline of the policy's stages, as HTML.
    Outline {
        /// A built-in policy's id, or a policy file.
        #[arg(long, value_name = "ID_OR_FILE")]
        policy: String,
    },
    /// What a host pastes into its page: the element the widget goes in,
    /// with the fallback inside, and the script tag.
    Snippet {
        /// A built-in policy's id, or a policy file.
        #[arg(long, value_name = "ID_OR_FILE")]
        policy: String,
        /// Where the host serves the widget's escalation-guide.js.
        #[arg(long, value_name = "URL")]
        script: String,
        /// Where the host puts its own policy file (for a policy that is not
        /// built in).
        #[arg(long, value_name = "URL")]
        policy_url: Option<String>,
        /// A setting for the element, as NAME=VALUE without `data-`, for
        /// example `exit-url=https://www.example.org/` or
        /// `theme-brand=#005ea5`; repeat for more. Checked as the widget
        /// checks it: a value it would refuse stops the snippet.
        #[arg(long = "set", value_name = "NAME=VALUE", value_parser = parse_setting)]
        settings: Vec<(SettingName, String)>,
        /// A JSON file of contact details for the policy's roles, put on the
        /// element as `data-contacts`.
        #[arg(long, value_name = "FILE")]
        contacts: Option<std::path::PathBuf>,
    },
}

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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => {
            // --help and --version: on standard output, all well.
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            let message = error.render().to_string();
            let message = message.strip_prefix("error: ").unwrap_or(&message);
            let _ = write!(std::io::stderr(), "policy-tool: {}", printable(message));
            return ExitCode::from(2);
        }
    };
    let mut stdout = std::io::stdout().lock();
    match run(cli.command, &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid { file, problems }) => {
            let file = printable(&file);
            let mut stderr = std::io::stderr().lock();
            for problem in &problems {
                let _ = writeln!(stderr, "{file}: {problem}");
            }
            let _ = writeln!(
                stderr,
                "{file}: invalid policy file ({})",
                count(problems.len(), "problem")
            );
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            let _ = writeln!(std::io::stderr(), "policy-tool: {}", printable(&message));
            ExitCode::from(2)
        }
    }
}

fn run(command: Command, out: &mut impl Write) -> Result<(), Failure> {
    let write_failed =
        |error: std::io::Error| Failure::Usage(format!("cannot write output: {error}"));
    match command {
        Command::List => {
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
        Command::Check { file, sources } => {
            let policy = read_policy_file(&file)?;
            let folder = match sources {
                Some(folder) => std::path::PathBuf::from(folder),
                None => std::path::Path::new(&file)
                    .parent()
                    .unwrap_or(std::path::Path::new("."))
                    .join("sources"),
            };
            let report = check_words(&policy, &folder);
            if !report.problems.is_empty() {
                return Err(Failure::Invalid {
                    file,
                    problems: report.problems,
                });
            }
            let timescales: usize = policy.stages.iter().map(|s| s.timescales.len()).sum();
            writeln!(
                out,
                "{}: valid policy \"{}\" ({}): {}, {}, {}",
                printable(&file),
                policy.id,
                policy.title,
                count(policy.stages.len(), "stage"),
                count(timescales, "timescale"),
                status_label(&policy)
            )
            .map_err(write_failed)?;
            let checked = report.statements - unchecked(&policy, &report);
            if checked > 0 {
                writeln!(
                    out,
                    "{}: word for word against {}: {}",
                    printable(&file),
                    printable(&folder.display().to_string()),
                    report.counts_in_words()
                )
                .map_err(write_failed)?;
            }
            for id in &report.missing_documents {
                writeln!(
                    out,
                    "{}: not checked word for word against \"{}\": there is no {}",
                    printable(&file),
                    printable(id),
                    printable(&folder.join(format!("{id}.txt")).display().to_string())
                )
                .map_err(write_failed)?;
            }
            Ok(())
        }
        Command::Timeline {
            policy,
            start,
            division,
        } => {
            let policy = policy_named(&policy)?;
            let division = division.unwrap_or(policy.division);
            let result = timeline(&policy, start, &Calendar::new(division));
            let json = serde_json::to_string_pretty(&result).expect("a timeline always serializes");
            writeln!(out, "{json}").map_err(write_failed)
        }
        Command::Outline { policy } => {
            let policy = policy_named(&policy)?;
            write!(out, "{}", fallback_html(&policy, DEFAULT_EXIT_URL)).map_err(write_failed)
        }
        Command::Snippet {
            policy,
            script,
            policy_url,
            mut settings,
            contacts,
        } => {
            let policy = policy_named(&policy)?;
            if built_in_policy(&policy.id).is_none() && policy_url.is_none() {
                return Err(Failure::Usage(
                    "snippet: a policy that is not built in needs --policy-url, where the host puts the file".into(),
                ));
            }
            if let Some(file) = contacts {
                let json = std::fs::read_to_string(&file).map_err(|error| {
                    Failure::Usage(format!(
                        "snippet: {} could not be read: {error}",
                        file.display()
                    ))
                })?;
                let (_, problems) = escalation_core::contacts::read_contacts(&json, &policy);
                if !problems.is_empty() {
                    return Err(Failure::Usage(format!(
                        "snippet: the contacts in {} cannot be used: {}",
                        file.display(),
                        problems.join("; ")
                    )));
                }
                settings.push((SettingName::Contacts, json.trim().to_string()));
            }
            let snippet = Snippet {
                policy: &policy,
                script_url: &script,
                policy_url: policy_url.as_deref(),
                settings,
            };
            let (_, problems) = snippet.read();
            if !problems.is_empty() {
                let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
                return Err(Failure::Usage(format!("snippet: {}", said.join(" "))));
            }
            write!(out, "{}", snippet.html()).map_err(write_failed)
        }
        Command::Schema => {
            let schema = schemars::schema_for!(Policy);
            let json = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
            writeln!(out, "{json}").map_err(write_failed)
        }
    }
}

/// "current", or "superseded by ID": short, for a terminal.
fn status_label(policy: &Policy) -> String {
    match &policy.status {
        Status::Current => "current".to_string(),
        Status::NotStated => "status not given".to_string(),
        Status::Superseded { by, .. } => format!("superseded by {by}"),
    }
}

/// The word-for-word check against the documents in `folder` (those that
/// are there; the report names the rest).
fn check_words(policy: &Policy, folder: &std::path::Path) -> fidelity::Report {
    let documents: std::collections::BTreeMap<String, DocumentText> = policy
        .sources
        .iter()
        .filter_map(|source| {
            // Ids are checked (letters, digits, hyphens), so this stays in the folder.
            let text = std::fs::read_to_string(folder.join(format!("{}.txt", source.id))).ok()?;
            Some((source.id.clone(), DocumentText::new(&text)))
        })
        .collect();
    fidelity::check(policy, |id| documents.get(id))
}

/// How many statements cite a document that was not there to check.
fn unchecked(policy: &Policy, report: &fidelity::Report) -> usize {
    fidelity::statements(policy)
        .iter()
        .filter(|statement| {
            report
                .missing_documents
                .contains(&statement.source.document)
        })
        .count()
}

/// A built-in policy by id, or a policy file, checked.
fn policy_named(id_or_file: &str) -> Result<Policy, Failure> {
    match built_in_policy(id_or_file) {
        Some(policy) => Ok(policy.clone()),
        None => read_policy_file(id_or_file),
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
