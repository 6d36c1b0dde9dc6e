//! One part read out of a zip package, by hand: the end-of-central-
//! directory record found from the end of the file, the central directory
//! walked, the part's local header read and its data stored (method 0) or
//! inflated (method 8) within a limit, so a zip bomb is refused, and its
//! CRC-32 checked. Every offset and length comes from the file, so every
//! one is checked before it is used.

use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_with_limit};

use super::error::DocxError;

const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;
const END64: u32 = 0x0606_4b50;
const END64_LOCATOR: u32 = 0x0706_4b50;
const END_LEN: usize = 22;

/// The little-endian number of `N` bytes at `at`, if the bytes are there.
fn number<const N: usize>(bytes: &[u8], at: usize) -> Option<u64> {
    let field: [u8; N] = bytes.get(at..at.checked_add(N)?)?.try_into().ok()?;
    Some(field.iter().rev().fold(0, |n, b| (n << 8) | u64::from(*b)))
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u64> {
    number::<2>(bytes, at)
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u64> {
    number::<4>(bytes, at)
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    number::<8>(bytes, at)
}

fn offset(n: u64) -> Option<usize> {
    usize::try_from(n).ok()
}

/// One part of the package, as its central directory lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    pub name: &'a [u8],
    flags: u64,
    method: u64,
    crc: u64,
    compressed: u64,
    size: u64,
    local_header: u64,
}

/// A zip package's bytes and the parts its central directory lists.
pub struct Package<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry<'a>>,
}

fn damaged(what: &'static str) -> DocxError {
    DocxError::Damaged(what)
}

/// Where the end-of-central-directory record starts: the last signature
/// from the end whose comment fits in the file.
fn find_end(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(END_LEN)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last).rev().find(|&at| {
        u32_at(bytes, at) == Some(u64::from(END))
            && u16_at(bytes, at + 20)
                .and_then(offset)
                .and_then(|comment| at.checked_add(END_LEN)?.checked_add(comment))
                .is_some_and(|end| end <= bytes.len())
    })
}

impl<'a> Package<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Package<'a>, DocxError> {
        let Some(end) = find_end(bytes) else {
            return Err(if bytes.starts_with(b"PK") {
                damaged("the file is cut short: the list of its parts is missing")
            } else {
                DocxError::NotZip
            });
        };
        let field16 = |at| u16_at(bytes, end + at).unwrap_or_default();
        let field32 = |at| u32_at(bytes, end + at).unwrap_or_default();
        if field16(4) != 0 || field16(6) != 0 {
            return Err(damaged("it is one piece of a zip file split into several"));
        }
        let (mut count, mut size, mut start) = (field16(10), field32(12), field32(16));
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
            (count, size, start) = Self::zip64_end(bytes, end)
                .ok_or_else(|| damaged("the list of its parts cannot be found"))?;
        }
        let directory = offset(start)
            .zip(offset(size))
            .and_then(|(start, size)| bytes.get(start..start.checked_add(size)?))
            .ok_or_else(|| damaged("the list of its parts points outside the file"))?;
        let mut entries = Vec::with_capacity(offset(count).unwrap_or(0).min(1024));
        let mut at = 0usize;
        for _ in 0..count {
            let (entry, next) = Self::central_entry(directory, at)
                .ok_or_else(|| damaged("the list of its parts is cut short"))?;
            entries.push(entry);
            at = next;
        }
        Ok(Package { bytes, entries })
    }

    /// ZIP64's end record: the count, size and start of the directory.
    fn zip64_end(bytes: &[u8], end: usize) -> Option<(u64, u64, u64)> {
        let locator = end.checked_sub(20)?;
        if u32_at(bytes, locator)? != u64::from(END64_LOCATOR) {
            return None;
        }
        let record = offset(u64_at(bytes, locator + 8)?)?;
        if u32_at(bytes, record)? != u64::from(END64) {
            return None;
        }
        let field = |at: usize| u64_at(bytes, record.checked_add(at)?);
        Some((field(32)?, field(40)?, field(48)?))
    }

    /// The central directory's entry at `at`, and where the next starts.
    fn central_entry(directory: &'a [u8], at: usize) -> Option<(Entry<'a>, usize)> {
        if u32_at(directory, at)? != u64::from(CENTRAL) {
            return None;
        }
        let field16 = |n: usize| u16_at(directory, at.checked_add(n)?);
        let field32 = |n: usize| u32_at(directory, at.checked_add(n)?);
        let len = |n: usize| field16(n).and_then(offset);
        let (name_len, extra_len, comment_len) = (len(28)?, len(30)?, len(32)?);
        let name_start = at.checked_add(46)?;
        let extra_start = name_start.checked_add(name_len)?;
        let extra_end = extra_start.checked_add(extra_len)?;
        let mut entry = Entry {
            name: directory.get(name_start..extra_start)?,
            flags: field16(8)?,
            method: field16(10)?,
            crc: field32(16)?,
            compressed: field32(20)?,
            size: field32(24)?,
            local_header: field32(42)?,
        };
        Self::zip64_sizes(&mut entry, directory.get(extra_start..extra_end)?);
        Some((entry, extra_end.checked_add(comment_len)?))
    }

    /// ZIP64's extra field: the sizes and offset too large for 32 bits, in
    /// order, each only if its 32-bit field is 0xFFFFFFFF.
    fn zip64_sizes(entry: &mut Entry, mut extra: &[u8]) {
        while let (Some(id), Some(len)) = (u16_at(extra, 0), u16_at(extra, 2).and_then(offset)) {
            let Some(data) = extra.get(4..4 + len) else {
                return;
            };
            if id == 1 {
                let mut values = data.chunks_exact(8).filter_map(|v| u64_at(v, 0));
                for field in [
                    &mut entry.size,
                    &mut entry.compressed,
                    &mut entry.local_header,
                ] {
                    if *field == 0xFFFF_FFFF
                        && let Some(value) = values.next()
                    {
                        *field = value;
                    }
                }
            }
            extra = extra.get(4 + len..).unwrap_or_default();
        }
    }

    /// The part named `name` (names in a package are not case-sensitive).
    pub fn find(&self, name: &str) -> Option<&Entry<'a>> {
        let name = name.trim_start_matches('/');
        self.entries
            .iter()
            .find(|entry| entry.name.eq_ignore_ascii_case(name.as_bytes()))
    }

    /// The bytes of `entry`, at most `limit` of them once inflated.
    pub fn read(&self, entry: &Entry, limit: usize) -> Result<Vec<u8>, DocxError> {
        if entry.flags & 1 != 0 || entry.method == 99 {
            return Err(DocxError::Encrypted);
        }
        if !matches!(entry.method, 0 | 8) {
            return Err(DocxError::Compression(entry.method));
        }
        if offset(entry.size).is_none_or(|size| size > limit) {
            return Err(DocxError::TextTooLarge { limit });
        }
        let header = offset(entry.local_header)
            .filter(|&at| u32_at(self.bytes, at) == Some(u64::from(LOCAL)))
            .ok_or_else(|| damaged("a part is not where the list of parts says"))?;
        let data = (|| {
            let name_len = u16_at(self.bytes, header.checked_add(26)?).and_then(offset)?;
            let extra_len = u16_at(self.bytes, header.checked_add(28)?).and_then(offset)?;
            let start = header
                .checked_add(30)?
                .checked_add(name_len)?
                .checked_add(extra_len)?;
            self.bytes
                .get(start..start.checked_add(offset(entry.compressed)?)?)
        })()
        .ok_or_else(|| damaged("the file is cut short"))?;
        let out = if entry.method == 0 {
            data.to_vec()
        } else {
            decompress_to_vec_with_limit(data, limit).map_err(|error| match error.status {
                TINFLStatus::HasMoreOutput => DocxError::TextTooLarge { limit },
                _ => damaged("its text cannot be unpacked"),
            })?
        };
        if out.len() as u64 != entry.size || u64::from(crc32(&out)) != entry.crc {
            return Err(damaged("its text fails the check the file keeps of it"));
        }
        Ok(out)
    }
}

/// CRC-32 (IEEE), as zip files keep it.
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut bit = 0;
            while bit < 8 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                bit += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    !bytes
        .iter()
        .fold(!0u32, |c, b| TABLE[usize::from((c as u8) ^ b)] ^ (c >> 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_is_the_zip_one() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn numbers_past_the_end_are_none() {
        assert_eq!(u16_at(&[1, 2], 0), Some(0x0201));
        assert_eq!(u32_at(&[1, 2, 3], 0), None);
        assert_eq!(u16_at(&[1, 2], usize::MAX), None);
        assert_eq!(find_end(&[0; 21]), None);
    }
}
