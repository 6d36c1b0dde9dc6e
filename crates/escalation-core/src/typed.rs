//! Text the user typed, shared rather than copied. A journey is a value the
//! reducer replaces on every action; with text held this way, replacing a
//! journey whose record holds a megabyte copies pointers, not the
//! megabyte, and comparing two journeys that share a text compares one
//! pointer.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A typed answer: reads as `&str`, saves and loads as a JSON string.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Typed(Rc<str>);

impl Typed {
    /// The shared text itself, for a view to hold without a copy.
    pub fn shared(&self) -> Rc<str> {
        self.0.clone()
    }
}

impl Deref for Typed {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Typed {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Typed {
    fn from(text: String) -> Self {
        Typed(text.into())
    }
}

impl From<&str> for Typed {
    fn from(text: &str) -> Self {
        Typed(text.into())
    }
}

impl PartialEq<str> for Typed {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Typed {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Typed {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for Typed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Typed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Typed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Typed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Typed::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_the_text_and_compares_equal() {
        let text = Typed::from("a".repeat(1_000_000));
        let copy = text.clone();
        assert!(Rc::ptr_eq(&text.shared(), &copy.shared()));
        assert_eq!(text, copy);
        assert_ne!(text, Typed::from("b"));
        assert_eq!(Typed::from("saved"), "saved");
    }

    #[test]
    fn it_saves_and_loads_as_a_plain_string() {
        let text = Typed::from("Line one\n“quoted”");
        let json = serde_json::to_string(&text).unwrap();
        assert_eq!(json, "\"Line one\\n“quoted”\"");
        assert_eq!(serde_json::from_str::<Typed>(&json).unwrap(), text);
    }
}
