//! Just enough XML for the parts of a Word document: tags, text, CDATA
//! and character references, read from untrusted text without panicking.
//! Not a validating parser: comments, processing instructions and a
//! DOCTYPE are skipped (their entities are never expanded), and text that
//! ends inside a tag ends the reading there.

/// The namespaces of WordprocessingML (transitional and strict).
pub const WORDML: [&str; 2] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
pub const COMPATIBILITY: [&str; 1] =
    ["http://schemas.openxmlformats.org/markup-compatibility/2006"];

/// The prefixes the root element gives WordprocessingML and markup
/// compatibility ("w" and "mc" unless it says otherwise).
pub fn prefixes(xml: &str) -> (String, String) {
    let root = tokens(xml).find_map(|token| match token {
        Token::Start { attrs, .. } => Some(attrs),
        _ => None,
    });
    let prefix = |namespaces: &[&str], usual: &str| {
        root.and_then(|attrs| prefix_of(attrs, namespaces))
            .unwrap_or(usual)
            .to_string()
    };
    (prefix(&WORDML, "w"), prefix(&COMPATIBILITY, "mc"))
}

/// One piece of an XML text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// `<w:p w:rsidR="00A1">`: the qualified name and the attributes'
    /// text; `empty` for `<w:tab/>`.
    Start {
        name: &'a str,
        attrs: &'a str,
        empty: bool,
    },
    /// `</w:p>`.
    End { name: &'a str },
    /// Text between tags, its references not yet decoded.
    Text(&'a str),
    /// The inside of `<![CDATA[…]]>`, taken as it is.
    CData(&'a str),
}

/// The tokens of `xml`, in order.
pub fn tokens(xml: &str) -> Tokens<'_> {
    Tokens { xml, at: 0 }
}

pub struct Tokens<'a> {
    xml: &'a str,
    at: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = self.xml.get(self.at..).filter(|rest| !rest.is_empty())?;
            let Some(tag) = rest.strip_prefix('<') else {
                let len = rest.find('<').unwrap_or(rest.len());
                self.at = self.at.checked_add(len)?;
                return rest.get(..len).map(Token::Text);
            };
            // Each arm moves past what it read; an unclosed one ends the text.
            if let Some(body) = tag.strip_prefix("!--") {
                let end = body.find("-->")?;
                self.at = self.at.checked_add(4 + end + 3)?;
            } else if let Some(body) = tag.strip_prefix("![CDATA[") {
                let end = body.find("]]>")?;
                self.at = self.at.checked_add(9 + end + 3)?;
                return body.get(..end).map(Token::CData);
            } else if tag.starts_with('?') {
                let end = tag.find("?>")?;
                self.at = self.at.checked_add(1 + end + 2)?;
            } else if tag.starts_with('!') {
                self.at = self.at.checked_add(1 + declaration_end(tag)?)?;
            } else {
                let end = tag_end(tag)?;
                self.at = self.at.checked_add(1 + end + 1)?;
                let inner = tag.get(..end)?;
                if let Some(name) = inner.strip_prefix('/') {
                    return Some(Token::End { name: name.trim() });
                }
                let (inner, empty) = match inner.strip_suffix('/') {
                    Some(inner) => (inner, true),
                    None => (inner, false),
                };
                let name_len = inner
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(inner.len());
                return Some(Token::Start {
                    name: inner.get(..name_len)?,
                    attrs: inner.get(name_len..)?,
                    empty,
                });
            }
        }
    }
}

/// Where the `>` that closes a tag is (a quoted `>` in an attribute does not).
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote = None;
    for (at, byte) in tag.bytes().enumerate() {
        match (quote, byte) {
            (None, b'"' | b'\'') => quote = Some(byte),
            (Some(open), _) if open == byte => quote = None,
            (None, b'>') => return Some(at),
            _ => {}
        }
    }
    None
}

/// Just past the `>` that closes `<!DOCTYPE … [ … ]>`.
fn declaration_end(tag: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote = None;
    for (at, byte) in tag.bytes().enumerate() {
        match (quote, byte) {
            (None, b'"' | b'\'') => quote = Some(byte),
            (Some(open), _) if open == byte => quote = None,
            (None, b'[') => depth = depth.saturating_add(1),
            (None, b']') => depth = depth.saturating_sub(1),
            (None, b'>') if depth == 0 => return at.checked_add(1),
            _ => {}
        }
    }
    None
}

/// The attributes in a start tag's text: (qualified name, raw value).
pub fn attributes(attrs: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = attrs;
    std::iter::from_fn(move || {
        let trimmed = rest.trim_start();
        let (name, after) = trimmed.split_once('=')?;
        let after = after.trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let (value, tail) = after.get(1..)?.split_once(quote)?;
        rest = tail;
        Some((name.trim(), value))
    })
}

/// The value of the attribute `local` (in the namespace of `prefix`, or
/// none for `prefix` ""), its references decoded.
pub fn attribute(attrs: &str, prefix: &str, local: &str) -> Option<String> {
    attributes(attrs)
        .find(|(name, _)| local_name(name, prefix) == Some(local))
        .map(|(_, value)| decoded(value))
}

/// `name`'s local part if it is in the namespace of `prefix` ("" is the
/// default namespace: a name without a colon).
pub fn local_name<'a>(name: &'a str, prefix: &str) -> Option<&'a str> {
    if prefix.is_empty() {
        return (!name.contains(':')).then_some(name);
    }
    name.strip_prefix(prefix)?.strip_prefix(':')
}

/// The prefix a start tag's attributes bind to any of `namespaces` ("" for
/// the default namespace), if they bind one.
pub fn prefix_of<'a>(attrs: &'a str, namespaces: &[&str]) -> Option<&'a str> {
    attributes(attrs).find_map(|(name, value)| {
        let prefix = if name == "xmlns" {
            ""
        } else {
            name.strip_prefix("xmlns:")?
        };
        namespaces.contains(&value).then_some(prefix)
    })
}

/// `raw` with its references decoded: the five named ones and numeric
/// ones ("&#8211;", "&#x2013;"). A reference that is not one of those is
/// kept as it stands.
pub fn decoded(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    decode_into(raw, &mut out);
    out
}

/// [`decoded`], onto the end of `out`.
pub fn decode_into(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some((before, after)) = rest.split_once('&') {
        out.push_str(before);
        // The longest reference worth reading is "#x10FFFF".
        let reference = after
            .split_once(';')
            .filter(|(name, _)| name.len() <= 10)
            .and_then(|(name, tail)| Some((character(name)?, tail)));
        match reference {
            Some((c, tail)) => {
                out.push(c);
                rest = tail;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference's name (between "&" and ";") stands for.
fn character(name: &str) -> Option<char> {
    let number = |digits: &str, radix: u32| {
        let valid = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
        valid
            .then(|| u32::from_str_radix(digits, radix).ok())
            .flatten()
            .and_then(char::from_u32)
            .filter(|c| *c != '\0')
    };
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let digits = name.strip_prefix('#')?;
            match digits.strip_prefix(['x', 'X']) {
                Some(hex) => number(hex, 16),
                None => number(digits, 10),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_text_and_the_things_skipped() {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x \"y>\">]><!-- a > b --><w:p a=\"1>2\" b='x'><w:t>A &amp; B</w:t><w:tab/><![CDATA[<raw>]]></w:p>";
        let all: Vec<Token> = tokens(xml).collect();
        assert_eq!(
            all,
            [
                Token::Start {
                    name: "w:p",
                    attrs: " a=\"1>2\" b='x'",
                    empty: false
                },
                Token::Start {
                    name: "w:t",
                    attrs: "",
                    empty: false
                },
                Token::Text("A &amp; B"),
                Token::End { name: "w:t" },
                Token::Start {
                    name: "w:tab",
                    attrs: "",
                    empty: true
                },
                Token::CData("<raw>"),
                Token::End { name: "w:p" },
            ]
        );
        let attrs: Vec<(&str, &str)> = attributes(" a=\"1>2\" b='x'").collect();
        assert_eq!(attrs, [("a", "1>2"), ("b", "x")]);
    }

    #[test]
    fn text_cut_short_ends_the_reading_without_a_panic() {
        for xml in [
            "<w:p",
            "<w:t>x</w:t><!-- never closed",
            "<![CDATA[x",
            "<?pi",
            "<!DOCTYPE [",
            "<a b=\">",
        ] {
            let all: Vec<Token> = tokens(xml).collect();
            assert!(all.len() <= 3, "{xml}: {all:?}");
        }
        assert_eq!(tokens("").count(), 0);
        assert_eq!(
            tokens("é<").collect::<Vec<_>>(),
            [Token::Text("é")],
            "a lone < ends it"
        );
    }

    #[test]
    fn references_are_decoded() {
        assert_eq!(
            decoded(
                "Stage One &#8211; A &amp; B &lt;p&gt; &quot;q&quot; &apos;s&apos; &#x2013;&#X2014;"
            ),
            "Stage One – A & B <p> \"q\" 's' –—"
        );
        // Not references: kept as they stand.
        for raw in [
            "&nbsp;",
            "& more",
            "&#;",
            "&#xZZ;",
            "&#0;",
            "&#xD800;",
            "&#x110000;",
            "&#+65;",
            "&#99999999999999;",
            "&",
        ] {
            assert_eq!(decoded(raw), raw, "{raw}");
        }
        assert_eq!(decoded("&&amp;;"), "&&;");
    }

    #[test]
    fn names_in_a_namespace() {
        let root = " xmlns:w=\"urn:main\" xmlns=\"urn:other\" xmlns:mc='urn:mc'";
        assert_eq!(prefix_of(root, &["urn:main"]), Some("w"));
        assert_eq!(prefix_of(root, &["urn:other"]), Some(""));
        assert_eq!(prefix_of(root, &["urn:none"]), None);
        assert_eq!(local_name("w:p", "w"), Some("p"));
        assert_eq!(local_name("wp:p", "w"), None);
        assert_eq!(local_name("p", ""), Some("p"));
        assert_eq!(local_name("w:p", ""), None);
        assert_eq!(
            attribute(" w:val=\"Heading&#49;\" val=\"x\"", "w", "val").as_deref(),
            Some("Heading1")
        );
    }
}
