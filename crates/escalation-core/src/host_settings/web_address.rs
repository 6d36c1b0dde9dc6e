//! Web addresses a host gives: the exit address, and the origin of the
//! page around the iframe page.

/// An absolute `https:` or `http:` address, read into its parts: scheme
/// and host in lower case, the port if one was given, and the rest.
struct WebAddress<'a> {
    scheme: &'static str,
    host: String,
    port: Option<u16>,
    rest: &'a str,
}

/// `text` without `prefix`, compared without regard to case.
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The parts of an absolute `https:` or `http:` address with a host that a
/// browser can go to: a host of ASCII letters, digits, dots and hyphens (a
/// name, or four numbers to 255), or an IPv6 literal in brackets; a port
/// to 65535; no spaces or control characters. Anything else is `None`.
fn web_parts(text: &str) -> Option<WebAddress<'_>> {
    let text = text.trim();
    let (scheme, rest) = if let Some(rest) = strip_prefix_ignoring_case(text, "https://") {
        ("https", rest)
    } else if let Some(rest) = strip_prefix_ignoring_case(text, "http://") {
        ("http", rest)
    } else {
        return None;
    };
    if rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, rest) = rest.split_at(end);
    let (host, port) = if let Some(after) = authority.strip_prefix('[') {
        let close = after.find(']')?;
        let inner = &after[..close];
        let literal = !inner.is_empty()
            && inner.contains(':')
            && inner.matches("::").count() <= 1
            && inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
        if !literal {
            return None;
        }
        let port = match &after[close + 1..] {
            "" => None,
            tail => Some(tail.strip_prefix(':')?),
        };
        (format!("[{}]", inner.to_ascii_lowercase()), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        let host = host.to_ascii_lowercase();
        let labels: Vec<&str> = host.trim_end_matches('.').split('.').collect();
        let named = !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
            && labels
                .iter()
                .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
        if !named {
            return None;
        }
        let numeric = |label: &&str| label.bytes().all(|b| b.is_ascii_digit());
        // A name whose last part is a number is an IPv4 address, or nothing.
        if labels.last().is_some_and(numeric) {
            let quad = labels.len() == 4
                && labels.iter().all(|label| {
                    numeric(label)
                        && label.len() <= 3
                        && label.parse::<u16>().is_ok_and(|n| n <= 255)
                });
            if !quad {
                return None;
            }
        }
        (host, port)
    };
    let port = match port {
        None => None,
        Some(port) => {
            if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some(port.parse::<u16>().ok()?)
        }
    };
    Some(WebAddress {
        scheme,
        host,
        port,
        rest,
    })
}

impl WebAddress<'_> {
    /// `https://www.example.org` or `http://127.0.0.1:8080`: the default
    /// port left out, as a browser writes an origin.
    fn origin(&self) -> String {
        let default = if self.scheme == "https" { 443 } else { 80 };
        match self.port {
            Some(port) if port != default => format!("{}://{}:{port}", self.scheme, self.host),
            _ => format!("{}://{}", self.scheme, self.host),
        }
    }
}

/// An absolute `https:` or `http:` address with a host, with its scheme and
/// host in lower case, or `None`: the one rule for an exit address.
pub fn web_address(text: &str) -> Option<String> {
    web_parts(text).map(|address| format!("{}{}", address.origin(), address.rest))
}

/// The origin of an absolute `https:` or `http:` address
/// ("https://www.example.org").
pub fn origin_of(text: &str) -> Option<String> {
    web_parts(text).map(|address| address.origin())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_addresses_are_absolute_web_addresses_with_a_host() {
        for (good, read) in [
            ("https://www.example.org", "https://www.example.org"),
            (
                "https://www.example.org/path?x=1#y",
                "https://www.example.org/path?x=1#y",
            ),
            (
                "http://example.org:8080/a?b#c",
                "http://example.org:8080/a?b#c",
            ),
            ("HTTPS://X.Example.ORG/Path", "https://x.example.org/Path"),
            ("http://[::1]:80/", "http://[::1]/"),
            ("http://[::1]/", "http://[::1]/"),
            ("https://127.0.0.1:8443/", "https://127.0.0.1:8443/"),
            ("https://example.org:443/x", "https://example.org/x"),
        ] {
            assert_eq!(web_address(good).as_deref(), Some(read), "{good}");
        }
        for bad in [
            "",
            "javascript:alert(1)",
            "http://",
            "https://[bad",
            "http://javascript:alert(1)",
            "/relative",
            "https://a b/",
            "https://user@host/",
            "data:text/html,x",
            "https:///x",
            "https://x:99999/",
            "https://x:/",
            "https://[1]/",
            "https://1.2.3.4.5/",
            "https://site.123/",
            "https://300.1.1.1/",
            "http://é.example/",
            "https:/é",
            "mailto:ö@x",
            "ht\u{e9}tps://x",
        ] {
            assert_eq!(web_address(bad), None, "{bad}");
        }
        assert_eq!(
            origin_of("HTTPS://WWW.Example.org:443/page").as_deref(),
            Some("https://www.example.org")
        );
        assert_eq!(
            origin_of("http://[::1]:8080/").as_deref(),
            Some("http://[::1]:8080")
        );
    }
}
