//! A Word document's main text (WordprocessingML) as the studio's plain
//! text, laid out as the .txt sources are so a document splits into the
//! same sections:
//!
//! - each paragraph (`<w:p>`) is a line, with a blank line between
//!   paragraphs; an empty paragraph leaves nothing;
//! - a paragraph whose style (or own outline level) makes it a heading
//!   starts with Markdown's marks for its level ("## Conclusion"), as the
//!   sources carry their pages' headings, so the studio ranks it as Word
//!   does;
//! - a list item (numbered by Word, so its number or bullet is not in the
//!   text) is indented two spaces, and the items of a list follow one
//!   another without a blank line, as the sources lay lists out; an
//!   indented line is never taken for a heading;
//! - a table row is a line, its cells separated by tabs (a cell's
//!   paragraphs by spaces), its rows one after another: the studio takes a
//!   row's first cell for its heading ("Stage 1 – …");
//! - text is `<w:t>`'s; `<w:tab/>` is a tab, `<w:br/>` and `<w:cr/>` a line
//!   break; a text box's paragraphs come before the paragraph they sit in;
//! - deleted and moved-away text, field codes, the properties a tracked
//!   change replaced, the fallback copy of a drawing and the entries of a
//!   table of contents are left out.

use super::styles::{Styles, level_of};
use super::xml::{self, Token, prefixes};

/// Elements whose content is not the document's text as it reads now.
const LEFT_OUT: [&str; 9] = [
    "del",
    "moveFrom",
    "pPrChange",
    "rPrChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "numberingChange",
];

/// How deep paragraphs, tables and text boxes may sit in one another (a
/// table in a table's cell is two); anything deeper is left out, so a
/// document made to nest without end cannot take the memory.
const MAX_DEPTH: usize = 64;
/// The most cells a table row is read with (Word makes at most 63).
const MAX_CELLS: usize = 256;

/// Whether `xml` is a main text: its root element is a `document`.
pub fn is_document(xml: &str) -> bool {
    xml::tokens(xml)
        .find_map(|token| match token {
            Token::Start { name, .. } => Some(name),
            _ => None,
        })
        .is_some_and(|name| name.rsplit(':').next() == Some("document"))
}

#[derive(Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    outline: Option<u8>,
    list: Option<bool>,
}

/// What the text being read sits in.
enum Frame {
    Paragraph(Paragraph),
    /// A table: its number, and the cells of the row being read.
    Table(usize, Vec<String>),
    TextBox,
}

/// What the output last ended with, for the break before what comes next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    Paragraph,
    ListItem,
    Row(usize),
}

struct Reader<'s> {
    styles: &'s Styles,
    frames: Vec<Frame>,
    runs: usize,
    /// Inside `<w:t>`: whether its spaces are kept, and its text so far.
    text: Option<(bool, String)>,
    tables: usize,
    out: String,
    last: Last,
}

/// The plain text of a document's main part.
pub fn text(document: &str, styles: &Styles) -> String {
    let (w, mc) = prefixes(document);
    let mut reader = Reader {
        styles,
        frames: Vec::new(),
        runs: 0,
        text: None,
        tables: 0,
        out: String::new(),
        last: Last::Nothing,
    };
    // How deep inside something left out the reading is.
    let mut skipping = 0usize;
    for token in xml::tokens(document) {
        if skipping > 0 {
            match token {
                Token::Start { empty: false, .. } => skipping = skipping.saturating_add(1),
                Token::End { .. } => skipping -= 1,
                _ => {}
            }
            continue;
        }
        match token {
            Token::Start { name, attrs, empty } => {
                if let Some(local) = xml::local_name(name, &w) {
                    let nests = matches!(local, "p" | "tbl" | "txbxContent");
                    let too_deep = nests && reader.frames.len() >= MAX_DEPTH;
                    if !empty && (LEFT_OUT.contains(&local) || too_deep) {
                        skipping = 1;
                    } else {
                        reader.start(local, attrs, empty, &w);
                    }
                } else if !empty && xml::local_name(name, &mc) == Some("Fallback") {
                    skipping = 1;
                }
            }
            Token::End { name } => {
                if let Some(local) = xml::local_name(name, &w) {
                    reader.end(local);
                }
            }
            Token::Text(raw) => {
                if let Some((_, text)) = &mut reader.text {
                    xml::decode_into(raw, text);
                }
            }
            Token::CData(raw) => {
                if let Some((_, text)) = &mut reader.text {
                    text.push_str(raw);
                }
            }
        }
    }
    if !reader.out.is_empty() {
        reader.out.push('\n');
    }
    reader.out
}

impl Reader<'_> {
    fn paragraph(&mut self) -> Option<&mut Paragraph> {
        match self.frames.last_mut() {
            Some(Frame::Paragraph(paragraph)) => Some(paragraph),
            _ => None,
        }
    }

    fn push(&mut self, c: char) {
        if self.runs > 0
            && let Some(paragraph) = self.paragraph()
        {
            paragraph.text.push(c);
        }
    }

    fn start(&mut self, local: &str, attrs: &str, empty: bool, w: &str) {
        let value = || xml::attribute(attrs, w, "val");
        match local {
            "p" if !empty => self.frames.push(Frame::Paragraph(Paragraph::default())),
            "pStyle" => {
                let style = value();
                if let Some(paragraph) = self.paragraph() {
                    paragraph.style = style;
                }
            }
            "outlineLvl" => {
                let level = value().and_then(|v| v.parse().ok());
                if let Some(paragraph) = self.paragraph() {
                    paragraph.outline = level;
                }
            }
            "numPr" => {
                if let Some(paragraph) = self.paragraph() {
                    paragraph.list = Some(true);
                }
            }
            "numId" if value().as_deref() == Some("0") => {
                if let Some(paragraph) = self.paragraph() {
                    paragraph.list = Some(false);
                }
            }
            "r" if !empty => self.runs = self.runs.saturating_add(1),
            "t" if !empty && self.runs > 0 => {
                let kept = xml::attribute(attrs, "xml", "space").as_deref() == Some("preserve");
                self.text = Some((kept, String::new()));
            }
            "tab" | "ptab" => self.push('\t'),
            "br" | "cr" => self.push('\n'),
            "noBreakHyphen" => self.push('-'),
            "tbl" if !empty => {
                self.tables = self.tables.saturating_add(1);
                self.frames.push(Frame::Table(self.tables, Vec::new()));
            }
            "tr" if !empty => {
                if let Some(Frame::Table(_, cells)) = self.frames.last_mut() {
                    cells.clear();
                }
            }
            "tc" if !empty => {
                if let Some(Frame::Table(_, cells)) = self.frames.last_mut()
                    && cells.len() < MAX_CELLS
                {
                    cells.push(String::new());
                }
            }
            "txbxContent" if !empty => self.frames.push(Frame::TextBox),
            _ => {}
        }
    }

    fn end(&mut self, local: &str) {
        match local {
            "t" => {
                if let Some((kept, text)) = self.text.take()
                    && let Some(paragraph) = self.paragraph()
                {
                    // Word drops the spaces at a text's ends unless told to keep them.
                    let xml_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
                    paragraph.text.push_str(if kept {
                        &text
                    } else {
                        text.trim_matches(xml_space)
                    });
                }
            }
            "r" => self.runs = self.runs.saturating_sub(1),
            "p" => {
                if matches!(self.frames.last(), Some(Frame::Paragraph(_)))
                    && let Some(Frame::Paragraph(paragraph)) = self.frames.pop()
                {
                    self.paragraph_ends(paragraph);
                }
            }
            "tr" => self.row_ends(),
            "tbl" => {
                if let Some(Frame::Table(..)) = self.frames.last() {
                    self.frames.pop();
                }
            }
            "txbxContent" => {
                if let Some(Frame::TextBox) = self.frames.last() {
                    self.frames.pop();
                }
            }
            _ => {}
        }
    }

    fn paragraph_ends(&mut self, paragraph: Paragraph) {
        let text = paragraph.text.trim_end();
        let style = paragraph.style.as_deref();
        if text.trim().is_empty() || style.is_some_and(|id| self.styles.is_toc(id)) {
            return;
        }
        // In a table, the paragraph is part of its cell.
        if let Some(Frame::Table(_, cells)) = self.frames.last_mut() {
            if cells.is_empty() {
                cells.push(String::new());
            }
            if let Some(cell) = cells.last_mut() {
                if !cell.is_empty() {
                    cell.push(' ');
                }
                cell.extend(
                    text.trim()
                        .chars()
                        .map(|c| if c == '\t' || c == '\n' { ' ' } else { c }),
                );
            }
            return;
        }
        let level = match paragraph.outline {
            Some(outline) => level_of(outline),
            None => style.and_then(|id| self.styles.heading_level(id)),
        };
        let list = paragraph
            .list
            .unwrap_or_else(|| style.is_some_and(|id| self.styles.is_list(id)));
        let (line, last) = match level {
            Some(level) => {
                let marks = "#".repeat(usize::from(level.min(6)));
                (format!("{marks} {}", text.trim_start()), Last::Paragraph)
            }
            None if list => (format!("  {}", text.trim_start()), Last::ListItem),
            None => (text.to_string(), Last::Paragraph),
        };
        let tight = last == Last::ListItem && self.last == Last::ListItem;
        self.emit(&line, last, tight);
    }

    fn row_ends(&mut self) {
        let Some(Frame::Table(table, cells)) = self.frames.last_mut() else {
            return;
        };
        let table = *table;
        let cells = std::mem::take(cells);
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            return;
        }
        // A table in a table's cell is read into that cell.
        let outer = self
            .frames
            .len()
            .checked_sub(2)
            .and_then(|i| self.frames.get_mut(i));
        if let Some(Frame::Table(_, outer_cells)) = outer {
            if let Some(cell) = outer_cells.last_mut() {
                if !cell.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(cells.join(" ").trim());
            }
            return;
        }
        let tight = self.last == Last::Row(table);
        self.emit(&cells.join("\t"), Last::Row(table), tight);
    }

    /// A line of the output: after a line break if `tight`, else after a
    /// blank line.
    fn emit(&mut self, line: &str, last: Last, tight: bool) {
        if self.last != Last::Nothing {
            self.out.push_str(if tight { "\n" } else { "\n\n" });
        }
        self.out.push_str(line);
        self.last = last;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_styles(body: &str, styles: &Styles) -> String {
        let document = format!(
            "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"{}\" xmlns:mc=\"{}\"><w:body>{body}<w:sectPr/></w:body></w:document>",
            xml::WORDML[0],
            xml::COMPATIBILITY[0]
        );
        text(&document, styles)
    }

    fn read(body: &str) -> String {
        with_styles(body, &Styles::default())
    }

    fn p(runs: &str) -> String {
        format!("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>{runs}</w:p>")
    }

    #[test]
    fn runs_join_into_their_paragraph_and_paragraphs_into_lines() {
        let runs = "<w:r><w:rPr><w:b/></w:rPr><w:t>Stage One</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t xml:space=\"preserve\"> – Talk </w:t></w:r><w:r><w:t>first</w:t></w:r>";
        assert_eq!(
            read(&format!(
                "{}{}<w:p/>{}",
                p(runs),
                p(""),
                p("<w:r><w:t>Next.</w:t></w:r>")
            )),
            "Stage One – Talk first\n\nNext.\n"
        );
        // Without xml:space, Word drops the spaces at a text's ends.
        assert_eq!(
            read(&p(
                "<w:r><w:t> Talk </w:t></w:r><w:r><w:t>\n  first</w:t></w:r>"
            )),
            "Talkfirst\n"
        );
        assert_eq!(read(""), "");
    }

    #[test]
    fn references_tabs_and_breaks() {
        let runs = "<w:r><w:t>A &amp; B &lt;C&gt; &#8211; &#x2013; &quot;D&quot; &apos;E&apos;</w:t><w:tab/><w:t>F</w:t><w:br/><w:t>G</w:t><w:cr/><w:t>H</w:t><w:noBreakHyphen/><w:t>I</w:t></w:r>";
        assert_eq!(read(&p(runs)), "A & B <C> – – \"D\" 'E'\tF\nG\nH-I\n");
        // A tab stop in the paragraph's properties is not a tab.
        let stops = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>J</w:t></w:r></w:p>";
        assert_eq!(read(stops), "J\n");
        assert_eq!(
            read(&p("<w:r><w:t><![CDATA[<K> & L]]></w:t></w:r>")),
            "<K> & L\n"
        );
    }

    #[test]
    fn what_is_not_the_text_as_it_reads_now_is_left_out() {
        let runs = "<w:r><w:t>Kept</w:t></w:r>\
            <w:del w:id=\"1\"><w:r><w:delText>deleted</w:delText></w:r></w:del>\
            <w:ins w:id=\"2\"><w:r><w:t xml:space=\"preserve\"> inserted</w:t></w:r></w:ins>\
            <w:moveFrom w:id=\"3\"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>\
            <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\"> 7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
            <w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><!-- <w:t>comment</w:t> -->";
        assert_eq!(read(&p(runs)), "In a box\n\nKept inserted 7\n");
        // A tracked change's old properties do not style the paragraph.
        let changed = "<w:p><w:pPr><w:pPrChange w:id=\"4\"><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Body</w:t></w:r></w:p>";
        assert_eq!(read(changed), "Body\n");
    }

    #[test]
    fn headings_are_marked_by_their_level() {
        let styled = |style: &str| {
            format!(
                "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>Conclusion</w:t></w:r></w:p>"
            )
        };
        // Without styles.xml, by the ids Word gives its headings.
        assert_eq!(read(&styled("Heading1")), "# Conclusion\n");
        assert_eq!(read(&styled("heading3")), "### Conclusion\n");
        assert_eq!(read(&styled("Title")), "Conclusion\n");
        // With it, by the style's outline level or Word's name for it,
        // whatever its id, and through the style it is based on.
        let styles = Styles::parse(&format!(
            "<w:styles xmlns:w=\"{}\">\
             <w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"Mine\"/><w:basedOn w:val=\"berschrift2\"/></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"Outlined\"><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:basedOn w:val=\"Loop\"/></w:style>\
             </w:styles>",
            xml::WORDML[0]
        ));
        assert_eq!(
            with_styles(&styled("berschrift2"), &styles),
            "## Conclusion\n"
        );
        assert_eq!(with_styles(&styled("Mine"), &styles), "## Conclusion\n");
        assert_eq!(with_styles(&styled("Outlined"), &styles), "# Conclusion\n");
        assert_eq!(
            with_styles(&styled("Heading1"), &styles),
            "Conclusion\n",
            "body text"
        );
        assert_eq!(with_styles(&styled("Loop"), &styles), "Conclusion\n");
        // A paragraph's own outline level; one past Word's nine is not one.
        let own = |level: &str| {
            format!(
                "<w:p><w:pPr><w:outlineLvl w:val=\"{level}\"/></w:pPr><w:r><w:t>Notes</w:t></w:r></w:p>"
            )
        };
        assert_eq!(read(&own("1")), "## Notes\n");
        assert_eq!(read(&own("8")), "###### Notes\n");
        assert_eq!(read(&own("255")), "Notes\n");
    }

    #[test]
    fn list_items_are_indented_and_follow_one_another() {
        let item = |text: &str| {
            format!(
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
            )
        };
        let body = format!(
            "{}{}{}{}<w:p><w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Not numbered.</w:t></w:r></w:p>",
            p("<w:r><w:t>Disagreements arise around:</w:t></w:r>"),
            item("Levels of need"),
            item("Communication"),
            p("<w:r><w:t>The safety of children comes first.</w:t></w:r>"),
        );
        assert_eq!(
            read(&body),
            "Disagreements arise around:\n\n  Levels of need\n  Communication\n\nThe safety of children comes first.\n\nNot numbered.\n"
        );
        // Numbered by its style, and a table of contents left out.
        let styles = Styles::parse(&format!(
            "<w:styles xmlns:w=\"{}\"><w:style w:styleId=\"ListBullet\"><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"Contents1\"><w:name w:val=\"toc 1\"/></w:style></w:styles>",
            xml::WORDML[0]
        ));
        let styled = |style: &str, text: &str| {
            format!(
                "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
            )
        };
        let body = [
            styled("Contents1", "1. Introduction\t3"),
            styled("TOC2", "1.1 Purpose\t3"),
            styled("ListBullet", "Roles"),
        ]
        .concat();
        assert_eq!(with_styles(&body, &styles), "  Roles\n");
    }

    #[test]
    fn a_table_row_is_a_line_of_cells() {
        let cell = |paragraphs: &[&str]| {
            let inner: String = paragraphs
                .iter()
                .map(|text| p(&format!("<w:r><w:t>{text}</w:t></w:r>")))
                .collect();
            format!(
                "<w:tc><w:tcPr/>{}</w:tc>",
                if inner.is_empty() {
                    "<w:p/>".to_string()
                } else {
                    inner
                }
            )
        };
        let row = |cells: &[String]| format!("<w:tr>{}</w:tr>", cells.concat());
        let table = format!(
            "<w:tbl><w:tblPr/>{}{}{}</w:tbl>",
            row(&[cell(&["Stage"]), cell(&["Action"])]),
            row(&[
                cell(&["Stage 1 – Talk"]),
                cell(&["Talk first.", "Then write."])
            ]),
            row(&[cell(&[]), cell(&[])]),
        );
        let body = format!(
            "{}{table}{table}{}",
            p("<w:r><w:t>Before.</w:t></w:r>"),
            p("<w:r><w:t>After.</w:t></w:r>")
        );
        let rows = "Stage\tAction\nStage 1 – Talk\tTalk first. Then write.";
        assert_eq!(
            read(&body),
            format!("Before.\n\n{rows}\n\n{rows}\n\nAfter.\n")
        );
        // A table in a cell is read into the cell.
        let nested = format!(
            "<w:tbl>{}</w:tbl>",
            row(&[
                cell(&["Outer"]),
                format!(
                    "<w:tc>{}<w:tbl>{}</w:tbl></w:tc>",
                    p("<w:r><w:t>Before</w:t><w:br/><w:t>it:</w:t></w:r>"),
                    row(&[cell(&["A"]), cell(&["B"])])
                )
            ])
        );
        assert_eq!(read(&nested), "Outer\tBefore it: A B\n");
    }

    #[test]
    fn broken_markup_is_read_as_far_as_it_goes() {
        assert_eq!(read("<w:p><w:r><w:t>Cut"), "");
        assert_eq!(
            read(
                "</w:p></w:tr></w:tbl></w:txbxContent></w:r><w:p><w:r><w:t>Fine</w:t></w:r></w:p>"
            ),
            "Fine\n"
        );
        assert_eq!(
            read("<w:t>No run</w:t><w:tab/><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>"),
            "x\n"
        );
        // Another prefix for WordprocessingML, or the default namespace.
        // Nesting without end is read to a depth, and so are cells.
        let deep = format!(
            "{}{}",
            "<w:tbl><w:tr><w:tc>".repeat(10_000),
            p("<w:r><w:t>Deep</w:t></w:r>")
        );
        assert_eq!(read(&deep), "");
        let shallow = format!(
            "{}{}{}",
            "<w:tbl><w:tr><w:tc>".repeat(3),
            p("<w:r><w:t>Deep</w:t></w:r>"),
            "</w:tc></w:tr></w:tbl>".repeat(3)
        );
        assert_eq!(read(&shallow), "Deep\n");
        let wide = format!(
            "<w:tbl><w:tr>{}<w:tc>{}</w:tc></w:tr></w:tbl>",
            "<w:tc></w:tc>".repeat(1000),
            p("<w:r><w:t>Last</w:t></w:r>")
        );
        assert_eq!(read(&wide), format!("{}Last\n", "\t".repeat(MAX_CELLS - 1)));
        let other = format!(
            "<doc:document xmlns:doc=\"{}\"><doc:body><doc:p><doc:r><doc:t>Mine</doc:t></doc:r></doc:p><w:p><w:r><w:t>Not Word's</w:t></w:r></w:p></doc:body></doc:document>",
            xml::WORDML[1]
        );
        assert_eq!(text(&other, &Styles::default()), "Mine\n");
        let default = format!(
            "<document xmlns=\"{}\"><body><p><r><t>Plain</t></r></p></body></document>",
            xml::WORDML[0]
        );
        assert_eq!(text(&default, &Styles::default()), "Plain\n");
        assert!(is_document(&default) && !is_document("<workbook/>") && !is_document(""));
    }
}
