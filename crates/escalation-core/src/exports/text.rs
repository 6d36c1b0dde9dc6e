//! The record as plain text.

use super::document::{RecordDocument, Row};

impl RecordDocument {
    /// Plain text, for pasting into a case management system.
    pub fn to_text(&self) -> String {
        let underline = |text: &str, c: char| c.to_string().repeat(text.chars().count());
        let indent =
            |text: &str, by: &str| text.lines().collect::<Vec<_>>().join(&format!("\n{by}"));
        let mut out = format!(
            "{}\n{}\n{}\n",
            self.title,
            underline(&self.title, '='),
            self.written_line()
        );
        for section in &self.sections {
            out.push_str(&format!(
                "\n{}\n{}\n",
                section.title,
                underline(&section.title, '-')
            ));
            for row in &section.rows {
                match row {
                    Row::Pair(label, value) => {
                        out.push_str(&format!("{label}: {}\n", indent(value, "  ")))
                    }
                    Row::List(label, items) => {
                        out.push_str(&format!("{label}:\n"));
                        for (index, item) in items.iter().enumerate() {
                            out.push_str(&format!("  {}. {}\n", index + 1, indent(item, "     ")));
                        }
                    }
                    Row::Text(text) => out.push_str(&format!("{text}\n")),
                }
            }
        }
        out
    }
}
