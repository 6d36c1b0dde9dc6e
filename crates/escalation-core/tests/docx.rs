//! A Word document opened in the studio (`studio::docx`): the fixtures
//! made from the plain-text sources (tests/fixtures/make-docx.py) split
//! into the same sections as the sources and every statement of their
//! policies is found in them; a file that is not a Word document, or is
//! damaged, or is too large, is refused in words its author can act on;
//! and no file, however broken, makes the reading panic.

use std::path::PathBuf;

use escalation_core::built_in_policy;
use escalation_core::fidelity::normalise;
use escalation_core::studio::docx::{DocxError, MAX_FILE_BYTES, MAX_PART_BYTES, text_of};
use escalation_core::studio::{self, Document, Mapped, Outcome};
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(id: &str) -> Vec<u8> {
    std::fs::read(root().join(format!("tests/fixtures/{id}.docx"))).unwrap()
}

fn source(id: &str) -> String {
    std::fs::read_to_string(root().join(format!("policies/sources/{id}.txt"))).unwrap()
}

/// The sections of both documents, side by side, as a test reads them.
fn outline(document: &Document) -> Vec<String> {
    document
        .sections
        .iter()
        .map(|s| {
            format!(
                "{} | {:?} | {:?} | rank {} | in {:?}",
                s.label(),
                s.heading,
                s.kind,
                s.rank,
                s.parent
            )
        })
        .collect()
}

/// The .docx splits as its .txt does, and each statement of the policy
/// that cites it is found in it, in the same section, agreeing or not as
/// it does in the .txt.
fn opens_as_its_source(id: &str, sections: usize) {
    let text = text_of(&fixture(id)).unwrap_or_else(|error| panic!("{id}: {error}"));
    let from_docx = Document::parse(&text);
    let from_txt = Document::parse(&source(id));
    assert_eq!(outline(&from_docx), outline(&from_txt), "{id}:\n{text}");
    assert_eq!(from_docx.sections.len(), sections, "{id}");
    // The title block is the same words.
    let title = |d: &Document| Mapped::new(&d.text[..d.title_end]).text;
    assert_eq!(title(&from_docx), title(&from_txt), "{id}");

    let policy = built_in_policy(id).unwrap();
    let in_docx = studio::place(policy, |doc| (doc == id).then_some(&from_docx));
    let in_txt = studio::place(policy, |doc| (doc == id).then_some(&from_txt));
    let mut cited = 0;
    for (docx, txt) in in_docx.iter().zip(&in_txt) {
        if docx.statement.source.document != id {
            continue;
        }
        cited += 1;
        let path = docx.statement.passage_path();
        let (
            Outcome::Located {
                location,
                agreement,
                label,
            },
            Outcome::Located {
                agreement: txt_agreement,
                label: txt_label,
                ..
            },
        ) = (&docx.outcome, &txt.outcome)
        else {
            panic!("{id}: {path} is not located: {:?}", docx.reason());
        };
        assert_eq!(
            (label, agreement),
            (txt_label, txt_agreement),
            "{id}: {path}"
        );
        assert_eq!(
            Mapped::new(&from_docx.text[location.range()]).text,
            normalise(docx.statement.passage()),
            "{id}: {path}"
        );
    }
    assert!(cited > 20, "{id}: only {cited} statements cite it");
}

#[test]
fn white_rock_opens_with_the_sections_and_statements_of_its_text() {
    opens_as_its_source("white-rock-preschool", 5);
    let text = text_of(&fixture("white-rock-preschool")).unwrap();
    // Escaped in the XML, and split over runs, the words are the source's.
    assert!(text.contains("Let's learn & play !"));
    assert!(text.contains("\n\n### Stage One – Professional : Professional\n\n"));
    assert!(text.contains("\n\n• Levels of need\n\n• Roles and responsibilities\n\n"));
}

#[test]
fn pan_berkshire_opens_with_the_sections_and_statements_of_its_text() {
    opens_as_its_source("pan-berkshire-2026", 6);
    let text = text_of(&fixture("pan-berkshire-2026")).unwrap();
    assert!(text.starts_with("## Berkshire Escalation Process"));
    assert!(text.contains("\n\n## Conclusion\n\n"));
    // A table row is a line: its cells by tabs, a cell's paragraphs by spaces.
    assert!(text.contains(
        "\nStage 1 - Promoting discussion to find a resolution for the child\tMost differences"
    ));
    assert!(text.contains("within one working day. If they are unable"));
    assert!(text.contains("\n\tThe details should also be shared"));
}

// ---------------------------------------------------------------------
// Zip packages made by hand, to break in the ways a file can be broken.

fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |mut c, b| {
        c ^= u32::from(*b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        c
    })
}

/// One part: its name, its bytes as stored, and what the headers say.
struct Part {
    name: &'static str,
    stored: Vec<u8>,
    method: u16,
    flags: u16,
    size: u32,
    crc: u32,
}

impl Part {
    fn stored(name: &'static str, data: &[u8]) -> Part {
        Part {
            name,
            stored: data.to_vec(),
            method: 0,
            flags: 0,
            size: data.len() as u32,
            crc: crc32(data),
        }
    }

    fn deflated(name: &'static str, data: &[u8]) -> Part {
        Part {
            stored: miniz_oxide::deflate::compress_to_vec(data, 6),
            method: 8,
            ..Part::stored(name, data)
        }
    }
}

fn zip(parts: &[Part]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for part in parts {
        let offset = out.len() as u32;
        let common = |v: &mut Vec<u8>| {
            v.extend(20u16.to_le_bytes());
            v.extend(part.flags.to_le_bytes());
            v.extend(part.method.to_le_bytes());
            v.extend([0, 0, 0x21, 0]); // 1980-01-01 00:00
            v.extend(part.crc.to_le_bytes());
            v.extend((part.stored.len() as u32).to_le_bytes());
            v.extend(part.size.to_le_bytes());
            v.extend((part.name.len() as u16).to_le_bytes());
            v.extend(0u16.to_le_bytes());
        };
        out.extend(0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend(part.name.as_bytes());
        out.extend(&part.stored);
        directory.extend(0x0201_4b50u32.to_le_bytes());
        directory.extend(20u16.to_le_bytes());
        common(&mut directory);
        directory.extend([0; 10]); // comment, disk, attributes
        directory.extend(offset.to_le_bytes());
        directory.extend(part.name.as_bytes());
    }
    let start = out.len() as u32;
    out.extend(&directory);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0; 4]);
    out.extend((parts.len() as u16).to_le_bytes());
    out.extend((parts.len() as u16).to_le_bytes());
    out.extend((directory.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend([0; 2]);
    out
}

const MAIN: &str = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Talk to them first.</w:t></w:r></w:p></w:body></w:document>"#;

fn refused(bytes: &[u8]) -> String {
    match text_of(bytes) {
        Ok(text) => panic!("read as {text:?}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn a_package_made_by_hand_reads_stored_or_deflated() {
    for part in [
        Part::stored("word/document.xml", MAIN.as_bytes()),
        Part::deflated("word/document.xml", MAIN.as_bytes()),
    ] {
        assert_eq!(text_of(&zip(&[part])).unwrap(), "Talk to them first.\n");
    }
    // The package's relationships name its main text.
    let rels = br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>"#;
    let renamed = zip(&[
        Part::stored("_rels/.rels", rels),
        Part::deflated("word/document2.xml", MAIN.as_bytes()),
    ]);
    assert_eq!(text_of(&renamed).unwrap(), "Talk to them first.\n");
    // Without them, and its part named in capitals.
    let upper = zip(&[Part::stored("Word/Document.xml", MAIN.as_bytes())]);
    assert_eq!(text_of(&upper).unwrap(), "Talk to them first.\n");
}

#[test]
fn files_that_are_not_word_documents_are_refused_saying_what_they_are() {
    assert_eq!(
        refused(b""),
        "this file is not a Word document (.docx): it is empty"
    );
    assert_eq!(
        refused(source("white-rock-preschool").as_bytes()),
        "this file is not a Word document (.docx): it is not a zip package"
    );
    let doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    assert!(
        refused(&doc).contains("it is an older Word document (.doc) or one locked with a password")
    );
    let no_main = zip(&[Part::stored("hello.txt", b"hello")]);
    assert_eq!(
        refused(&no_main),
        "the Word document has no main text (word/document.xml is missing)"
    );
    let workbook = zip(&[Part::stored("xl/workbook.xml", b"<workbook/>")]);
    assert_eq!(
        refused(&workbook),
        "this file is not a Word document (.docx): it is an Excel workbook (.xlsx)"
    );
    let not_wordml = zip(&[Part::stored("word/document.xml", b"<html><p>Hi</p></html>")]);
    assert_eq!(
        refused(&not_wordml),
        "part of the Word document is damaged (its main text is not in Word's format)"
    );
    let empty = MAIN.replace("Talk to them first.", " ");
    assert_eq!(
        refused(&zip(&[Part::stored("word/document.xml", empty.as_bytes())])),
        "the Word document has no text to read (its pages may be pictures)"
    );
}

#[test]
fn a_damaged_package_is_refused_saying_it_is_damaged() {
    let whole = fixture("white-rock-preschool");
    for cut in [whole.len() / 2, whole.len() - 1, 30] {
        assert_eq!(
            refused(&whole[..cut]),
            "part of the Word document is damaged (the file is cut short: the list of its parts is missing)",
            "cut at {cut}"
        );
    }
    // The list of parts intact, the part's data cut away.
    let mut gutted = zip(&[Part::deflated("word/document.xml", MAIN.as_bytes())]);
    let data = 30 + "word/document.xml".len();
    gutted.drain(data..data + 20);
    assert!(refused(&gutted).starts_with("part of the Word document is damaged ("));
    // A byte of the text changed: its check fails.
    let mut changed = zip(&[Part::stored("word/document.xml", MAIN.as_bytes())]);
    let at = changed.windows(4).position(|w| w == b"Talk").unwrap();
    changed[at] = b'W';
    assert_eq!(
        refused(&changed),
        "part of the Word document is damaged (its text fails the check the file keeps of it)"
    );
}

#[test]
fn a_part_compressed_in_another_way_or_encrypted_is_refused() {
    let mut bzip2 = Part::stored("word/document.xml", MAIN.as_bytes());
    bzip2.method = 12;
    assert_eq!(
        refused(&zip(&[bzip2])),
        "the Word document's text is compressed in a way this page cannot read (zip method 12); save it again from Word"
    );
    let mut locked = Part::stored("word/document.xml", MAIN.as_bytes());
    locked.flags = 1;
    assert!(refused(&zip(&[locked])).starts_with("the Word document's text is encrypted"));
}

#[test]
fn a_file_or_text_too_large_is_refused_with_its_size_and_the_limit() {
    let mut huge = zip(&[Part::stored("word/document.xml", MAIN.as_bytes())]);
    huge.resize(MAX_FILE_BYTES + 1024 * 1024 + 1, 0);
    assert_eq!(
        refused(&huge),
        "the Word document is too large to read here: 11.1 MB; the limit is 10 MB"
    );
    let too_much = "the Word document's text is too large to read here: it unpacks to more than 20 MB; the limit is 20 MB";
    // A bomb: a few kilobytes that inflate past the limit, its header
    // claiming a small size; the inflating stops at the limit.
    let mut xml = MAIN.as_bytes().to_vec();
    xml.resize(MAX_PART_BYTES + 1, b' ');
    let mut bomb = Part::deflated("word/document.xml", &xml);
    assert!(bomb.stored.len() < 100_000, "{}", bomb.stored.len());
    bomb.size = 1000;
    assert_eq!(refused(&zip(&[bomb])), too_much);
    // Its header saying so is enough.
    let mut honest = Part::stored("word/document.xml", MAIN.as_bytes());
    honest.size = MAX_PART_BYTES as u32 + 1;
    assert_eq!(refused(&zip(&[honest])), too_much);
}

#[test]
fn every_message_says_what_is_wrong_in_plain_words() {
    for error in [
        DocxError::Empty,
        DocxError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES,
        },
        DocxError::OldFormat,
        DocxError::NotZip,
        DocxError::NoMainText,
        DocxError::Encrypted,
        DocxError::Compression(14),
        DocxError::TextTooLarge {
            limit: MAX_PART_BYTES,
        },
        DocxError::Damaged("the file is cut short"),
        DocxError::NoText,
    ] {
        let message = error.to_string();
        assert!(message.contains("Word document"), "{message}");
        assert!(
            !message.contains("Err") && !message.contains("0x"),
            "{message}"
        );
    }
    assert_eq!(
        DocxError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES,
        }
        .to_string(),
        "the Word document is too large to read here: 10.1 MB; the limit is 10 MB"
    );
    let _: &dyn std::error::Error = &DocxError::NoText;
}

// ---------------------------------------------------------------------
// No file makes it panic.

#[test]
fn every_cut_of_a_fixture_is_read_or_refused_without_a_panic() {
    for id in ["white-rock-preschool", "pan-berkshire-2026"] {
        let whole = fixture(id);
        for cut in 0..whole.len() {
            let _ = text_of(&whole[..cut]);
            let _ = text_of(&whole[cut..]);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_are_read_or_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = text_of(&bytes);
        let mut zipped = b"PK\x03\x04".to_vec();
        zipped.extend(&bytes);
        let _ = text_of(&zipped);
    }

    #[test]
    fn a_fixture_with_bytes_changed_is_read_or_refused_without_a_panic(
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        which in 0..2usize,
    ) {
        let mut bytes = fixture(["white-rock-preschool", "pan-berkshire-2026"][which]);
        for (at, value) in changes {
            let at = at.index(bytes.len());
            bytes[at] = value;
        }
        let _ = text_of(&bytes);
    }

    #[test]
    fn any_main_text_is_read_without_a_panic(pieces in proptest::collection::vec(
        proptest::sample::select(vec![
            "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>",
            "<w:t xml:space=\"preserve\">", "<w:tab/>", "<w:br/>", "<w:cr/>",
            "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>",
            "<w:txbxContent>", "</w:txbxContent>", "<w:del>", "</w:del>",
            "<mc:Fallback>", "</mc:Fallback>", "<w:pPr>", "</w:pPr>",
            "<w:pStyle w:val=\"Heading1\"/>", "<w:pStyle w:val=\"TOC1\"/>",
            "<w:numPr/>", "<w:numId w:val=\"0\"/>", "<w:outlineLvl w:val=\"255\"/>",
            "<w:outlineLvl w:val=\"1\"/>", "&amp;", "&#x2013;", "&#", "&", "Stage One",
            " ", "\t", "é", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "<", ">", "\"",
        ]),
        0..80,
    )) {
        let xml = format!(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{}",
            pieces.concat()
        );
        let _ = text_of(&zip(&[Part::stored("word/document.xml", xml.as_bytes())]));
    }
}
