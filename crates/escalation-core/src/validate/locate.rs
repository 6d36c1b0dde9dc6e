//! Where a JSON path (`stages[1].number`) is in a file's text, as a line
//! and column, so a problem the rules find is reported at its place in the
//! file, as a syntax error is.

/// One step of a path: a member's name or an array's index.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The steps of `stages[1].number`: `stages`, `1`, `number`.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|part| !part.is_empty()) {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        while let Some(inner) = rest.strip_prefix('[') {
            let close = inner.find(']')?;
            steps.push(Step::Index(inner[..close].parse().ok()?));
            rest = &inner[close + 1..];
        }
    }
    Some(steps)
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn skip_space(&mut self) {
        while self.text.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    fn next_is(&mut self, byte: u8) -> bool {
        self.skip_space();
        if self.text.get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// A string's raw contents (escapes left as written), past its quotes.
    fn string(&mut self) -> Option<&'a [u8]> {
        let text = self.text;
        self.skip_space();
        if self.text.get(self.at) != Some(&b'"') {
            return None;
        }
        let start = self.at + 1;
        let mut at = start;
        loop {
            match self.text.get(at)? {
                b'\\' => at += 2,
                b'"' => break,
                _ => at += 1,
            }
        }
        self.at = at + 1;
        Some(&text[start..at])
    }

    /// Past one value of any kind.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_space();
        match *self.text.get(self.at)? {
            b'"' => self.string().map(|_| ()),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                if self.next_is(close) {
                    return Some(());
                }
                loop {
                    if open == b'{' {
                        self.string()?;
                        if !self.next_is(b':') {
                            return None;
                        }
                    }
                    self.skip_value()?;
                    if self.next_is(close) {
                        return Some(());
                    }
                    if !self.next_is(b',') {
                        return None;
                    }
                }
            }
            _ => {
                while self
                    .text
                    .get(self.at)
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
                Some(())
            }
        }
    }

    /// Move to the value `step` names inside the value here.
    fn enter(&mut self, step: &Step<'_>) -> Option<()> {
        match step {
            Step::Key(key) => {
                if !self.next_is(b'{') || self.next_is(b'}') {
                    return None;
                }
                loop {
                    let name = self.string()?;
                    if !self.next_is(b':') {
                        return None;
                    }
                    if name == key.as_bytes() {
                        self.skip_space();
                        return Some(());
                    }
                    self.skip_value()?;
                    if !self.next_is(b',') {
                        return None;
                    }
                }
            }
            Step::Index(index) => {
                if !self.next_is(b'[') || self.next_is(b']') {
                    return None;
                }
                for _ in 0..*index {
                    self.skip_value()?;
                    if !self.next_is(b',') {
                        return None;
                    }
                }
                self.skip_space();
                Some(())
            }
        }
    }
}

/// The line and column (from 1, columns in characters) where the value at
/// `path` starts in `text`; `None` for a path it cannot follow.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let steps = steps(path)?;
    if steps.is_empty() {
        return None;
    }
    let mut reader = Reader {
        text: text.as_bytes(),
        at: 0,
    };
    for step in &steps {
        reader.enter(step)?;
    }
    let before = text.get(..reader.at)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Some((line, column))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"title\": \"\",\n  \"note\": \"a \\\"quoted\\\" [word]\",\n  \"stages\": [\n    { \"number\": 1, \"who\": [] },\n    { \"number\": 1, \"who\": [ {\"text\": \"Café\"}, {\"text\": \"x\"} ] }\n  ]\n}\n";

    #[test]
    fn a_path_is_found_at_its_value() {
        assert_eq!(locate(TEXT, "title"), Some((2, 12)));
        assert_eq!(locate(TEXT, "stages[1].number"), Some((6, 17)));
        assert_eq!(locate(TEXT, "stages[1].who[1].text"), Some((6, 56)));
        assert_eq!(locate(TEXT, "stages[0].who"), Some((5, 27)));
    }

    #[test]
    fn a_path_that_is_not_there_has_no_place() {
        assert_eq!(locate(TEXT, "stages[2]"), None);
        assert_eq!(locate(TEXT, "area"), None);
        assert_eq!(locate(TEXT, "title[0]"), None);
        assert_eq!(locate(TEXT, ""), None);
        assert_eq!(locate("{\"a\": [1, 2", "a[5]"), None);
    }
}
