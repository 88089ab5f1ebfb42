//! The static embedding table (`assets/embed/minilm256.i8`, made by `assets/embed/make_table.py`;
//! its README gives the model, the recipe and the provenance), embedded in the binary and read
//! in place, never copied.
//!
//! Layout, little-endian: the magic `FDSTAT01`, `u32` rows (one per word-piece id of the
//! vocabulary), `u32` dims, then one `f32` scale per row, then `rows × dims` `i8` values; a row's
//! vector is its scale times its values. Rows of special and unused ids are all zero.

use std::sync::OnceLock;

/// The embedded table file.
static BYTES: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/embed/minilm256.i8"
));

const MAGIC: &[u8; 8] = b"FDSTAT01";
const HEADER: usize = 16;

/// A view of the table over the embedded bytes.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    rows: usize,
    dims: usize,
    scales: &'static [u8],
    values: &'static [u8],
}

impl Table {
    /// Reads the header of `bytes`; `None` when it is not a well-formed table.
    pub fn parse(bytes: &'static [u8]) -> Option<Self> {
        if bytes.get(..8)? != MAGIC {
            return None;
        }
        let u32_at = |at: usize| -> Option<usize> {
            let b: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
            Some(u32::from_le_bytes(b) as usize)
        };
        let (rows, dims) = (u32_at(8)?, u32_at(12)?);
        let scales_end = HEADER.checked_add(rows.checked_mul(4)?)?;
        let values_end = scales_end.checked_add(rows.checked_mul(dims)?)?;
        if bytes.len() != values_end || dims == 0 {
            return None;
        }
        Some(Self {
            rows,
            dims,
            scales: bytes.get(HEADER..scales_end)?,
            values: bytes.get(scales_end..values_end)?,
        })
    }

    /// The embedded table (`None` only if the embedded file were malformed, which a test rules
    /// out).
    pub fn get() -> Option<&'static Self> {
        static TABLE: OnceLock<Option<Table>> = OnceLock::new();
        TABLE.get_or_init(|| Self::parse(BYTES)).as_ref()
    }

    /// Number of rows (the vocabulary size).
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Dimensions of a vector.
    pub fn dims(&self) -> usize {
        self.dims
    }

    fn scale(&self, id: usize) -> f32 {
        self.scales
            .get(id * 4..id * 4 + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0.0, f32::from_le_bytes)
    }

    /// True when the row of `id` holds a vector (not a special or unused id).
    pub fn has(&self, id: u32) -> bool {
        let id = id as usize;
        id < self.rows && self.scale(id) != 0.0
    }

    /// Adds the row of `id` to `acc` (of [`Table::dims`] values); false when the row is empty
    /// or out of range (nothing added).
    pub fn add_row(&self, id: u32, acc: &mut [f32]) -> bool {
        let id = id as usize;
        let scale = self.scale(id);
        if scale == 0.0 || id >= self.rows {
            return false;
        }
        let Some(row) = self.values.get(id * self.dims..(id + 1) * self.dims) else {
            return false;
        };
        for (a, &v) in acc.iter_mut().zip(row) {
            *a += scale * f32::from(v as i8);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_is_well_formed_and_matches_the_vocabulary() {
        let t = Table::get().expect("assets/embed/minilm256.i8 parses");
        assert_eq!(t.dims(), super::super::DIMS);
        assert_eq!(t.rows(), super::super::wordpiece::Vocab::get().len());
        // Special tokens are empty, ordinary words are not.
        let v = super::super::wordpiece::Vocab::get();
        for special in ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] {
            let id = v.id(special).expect("special token in the vocabulary");
            assert!(!t.has(id), "{special} has a vector");
        }
        let id = v.id("election").expect("a common word");
        assert!(t.has(id));
        let mut acc = vec![0.0; t.dims()];
        assert!(t.add_row(id, &mut acc));
        assert!(acc.iter().any(|&x| x != 0.0));
        assert!(!t.add_row(u32::MAX, &mut acc));
    }

    #[test]
    fn malformed_tables_are_refused() {
        static SHORT: &[u8] = b"FDSTAT01\x02\0\0\0\x02\0\0\0";
        static WRONG: &[u8] = b"NOTATABL\0\0\0\0\0\0\0\0";
        static EMPTY: &[u8] = b"";
        assert!(Table::parse(SHORT).is_none());
        assert!(Table::parse(WRONG).is_none());
        assert!(Table::parse(EMPTY).is_none());
        static ONE: &[u8] = b"FDSTAT01\x01\0\0\0\x02\0\0\0\0\0\x80\x3f\x7f\x81";
        let t = Table::parse(ONE).expect("a one-row table");
        let mut acc = [0.0f32; 2];
        assert!(t.add_row(0, &mut acc));
        assert_eq!(acc, [127.0, -127.0]);
    }
}
