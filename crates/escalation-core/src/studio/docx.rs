//! A Word document (.docx) opened in the studio: its main text as plain
//! text that splits into the same sections as the same document saved as
//! text ([`text_of`]; how it is laid out is in `wordml`).
//!
//! A .docx file is a zip package of XML parts. The package is read by hand
//! (`zip`) and only the parts needed are read: the package's
//! relationships (which part is the main text, usually
//! `word/document.xml`), the main text and its styles (which paragraphs
//! are headings and list items). Inflating is miniz_oxide's. The file is
//! untrusted: every size and offset in it is checked, the file and its
//! unpacked text have limits, and nothing in it can make the reading
//! panic. What goes wrong is said in words for the document's author
//! ([`DocxError`]).

mod error;
mod styles;
mod wordml;
mod xml;
mod zip;

pub use error::DocxError;
use styles::Styles;
use xml::Token;
use zip::Package;

/// The largest .docx file read (10 MiB): the text of a long policy is a
/// small part of that; pictures make up the rest.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The most a part of the document (its main text, its styles) may unpack
/// to (20 MiB): a zip bomb is refused when it reaches this.
pub const MAX_PART_BYTES: usize = 20 * 1024 * 1024;

/// The plain text of a Word document's main text, laid out for
/// [`super::Document::parse`]: a paragraph a line with a blank line
/// between, headings marked "## " by their level, list items indented,
/// a table row a line of tab-separated cells.
pub fn text_of(bytes: &[u8]) -> Result<String, DocxError> {
    if bytes.is_empty() {
        return Err(DocxError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DocxError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(DocxError::OldFormat);
    }
    let package = Package::open(bytes)?;
    // The package says which part is its main text; Word names it so.
    let main_name = package
        .find("_rels/.rels")
        .and_then(|rels| part_text(&package, rels).ok())
        .and_then(|rels| target(&rels, "", "/officeDocument"))
        .filter(|name| package.find(name).is_some())
        .unwrap_or_else(|| "word/document.xml".to_string());
    let Some(main) = package.find(&main_name) else {
        return Err(not_a_document(&package));
    };
    let document = part_text(&package, main)?;
    if !wordml::is_document(&document) {
        return Err(not_a_document(&package));
    }
    // The styles only say which paragraphs are headings and lists: a
    // document without them (or with them damaged) is read without.
    let folder = main_name.rsplit_once('/').map_or("", |(folder, _)| folder);
    let rels_name = format!(
        "{folder}/_rels/{}.rels",
        main_name.rsplit('/').next().unwrap_or_default()
    );
    let styles_name = package
        .find(rels_name.trim_start_matches('/'))
        .and_then(|rels| part_text(&package, rels).ok())
        .and_then(|rels| target(&rels, folder, "/styles"))
        .unwrap_or_else(|| format!("{folder}/styles.xml"));
    let styles = package
        .find(&styles_name)
        .and_then(|part| part_text(&package, part).ok())
        .map(|xml| Styles::parse(&xml))
        .unwrap_or_default();
    let text = wordml::text(&document, &styles);
    if text.trim().is_empty() {
        return Err(DocxError::NoText);
    }
    Ok(text)
}

/// Why a package without a main text is not a Word document.
fn not_a_document(package: &Package) -> DocxError {
    let has = |name: &str| package.find(name).is_some();
    if has("xl/workbook.xml") {
        DocxError::NotWord("an Excel workbook (.xlsx)")
    } else if has("ppt/presentation.xml") {
        DocxError::NotWord("a PowerPoint presentation (.pptx)")
    } else if has("content.xml") && has("mimetype") {
        DocxError::NotWord(
            "an OpenDocument file (.odt); save it as a Word document (.docx) and open that",
        )
    } else if has("word/document.xml") {
        DocxError::Damaged("its main text is not in Word's format")
    } else {
        DocxError::NoMainText
    }
}

/// A part's text: UTF-8 (its byte order mark dropped) or UTF-16 with one.
fn part_text(package: &Package, entry: &zip::Entry) -> Result<String, DocxError> {
    let bytes = package.read(entry, MAX_PART_BYTES)?;
    let text = if bytes.starts_with(&[0xFF, 0xFE]) {
        utf16(&bytes, u16::from_le_bytes)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        utf16(&bytes, u16::from_be_bytes)
    } else {
        String::from_utf8(bytes).ok().map(|mut text| {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            text
        })
    };
    text.ok_or(DocxError::Damaged(
        "its text is not in an encoding Word writes",
    ))
}

/// UTF-16 after its byte order mark, each unit made by `unit`.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    let units = bytes
        .get(2..)?
        .chunks_exact(2)
        .map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// The part a relationships part (`rels`, of a part in `folder`) names
/// for the relationship type ending `kind` ("/officeDocument", "/styles").
fn target(rels: &str, folder: &str, kind: &str) -> Option<String> {
    let attrs = xml::tokens(rels).find_map(|token| match token {
        Token::Start { name, attrs, .. }
            if name.rsplit(':').next() == Some("Relationship")
                && xml::attribute(attrs, "", "Type").is_some_and(|t| t.ends_with(kind))
                && xml::attribute(attrs, "", "TargetMode").is_none_or(|m| m != "External") =>
        {
            Some(attrs)
        }
        _ => None,
    })?;
    let target = xml::attribute(attrs, "", "Target")?;
    // A target is relative to the folder of the part it is for.
    let mut parts: Vec<&str> = match target.strip_prefix('/') {
        Some(_) => Vec::new(),
        None => folder.split('/').filter(|p| !p.is_empty()).collect(),
    };
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relationship_names_its_part_from_the_folder_of_its_source() {
        let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/styles" TargetMode="External"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/stylesWithEffects" Target="stylesWithEffects.xml"/>
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="./styles.xml"/>
            <Relationship Id="rId4" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/document2.xml"/>
        </Relationships>"#;
        assert_eq!(
            target(rels, "word", "/styles").as_deref(),
            Some("word/styles.xml")
        );
        assert_eq!(
            target(rels, "", "/officeDocument").as_deref(),
            Some("word/document2.xml")
        );
        let up = r#"<Relationships><Relationship Type="x/styles" Target="../common/styles.xml"/></Relationships>"#;
        assert_eq!(
            target(up, "word/main", "/styles").as_deref(),
            Some("word/common/styles.xml")
        );
        assert_eq!(target(up, "", "/numbering"), None);
    }
}
