//! Caption blocks: their distinct pieces and the photo credit.

use super::{ParseError, CREDIT_OPEN};

/// Reduces a caption block to its distinct pieces and pulls out the photo credit. `first_line`
/// is the line of the block's first line, so that an error names the line to fix.
pub(super) fn split_caption(
    lines: &[&str],
    first_line: usize,
) -> Result<(Vec<String>, Option<String>), ParseError> {
    let mut distinct: Vec<&str> = Vec::new();
    for &candidate in lines {
        if !distinct.contains(&candidate) {
            distinct.push(candidate);
        }
    }
    let pieces: Vec<&str> = distinct
        .iter()
        .copied()
        .filter(|&piece| {
            let others: Vec<&str> = distinct.iter().copied().filter(|&o| o != piece).collect();
            !is_joined_from(piece, &others)
        })
        .collect();

    let mut caption = Vec::with_capacity(pieces.len());
    let mut credits: Vec<String> = Vec::new();
    for piece in pieces {
        let (text, credit) = split_credit(piece);
        if let Some(credit) = credit {
            if credit.is_empty() {
                let offset = lines.iter().position(|l| *l == piece).unwrap_or(0);
                return Err(ParseError::new(
                    first_line + offset,
                    "empty photo credit: write `(Photo by NAME / AGENCY)`",
                ));
            }
            if !credits.iter().any(|c| c == credit) {
                credits.push(credit.to_owned());
            }
        }
        if !text.is_empty() {
            caption.push(text.to_owned());
        }
    }
    let credit = (!credits.is_empty()).then(|| credits.join("; "));
    Ok((caption, credit))
}

/// Whether `line` is two or more of `parts` (repeats allowed) joined by single spaces.
fn is_joined_from(line: &str, parts: &[&str]) -> bool {
    let bytes = line.as_bytes();
    // reach[i]: the most parts (capped at 2) that can end exactly at byte i.
    let mut reach: Vec<Option<u8>> = vec![None; bytes.len() + 1];
    reach[0] = Some(0);
    for pos in 0..bytes.len() {
        let Some(count) = reach[pos] else { continue };
        for part in parts.iter().filter(|p| !p.is_empty()) {
            if !bytes[pos..].starts_with(part.as_bytes()) {
                continue;
            }
            let end = pos + part.len();
            let next = (count + 1).min(2);
            let slot = if end == bytes.len() {
                end
            } else if bytes[end] == b' ' {
                end + 1
            } else {
                continue;
            };
            if slot == bytes.len() && end != bytes.len() {
                continue; // a trailing space is not a join
            }
            reach[slot] = Some(reach[slot].map_or(next, |c| c.max(next)));
        }
    }
    reach[bytes.len()] == Some(2)
}

/// Splits a trailing `(Photo by …)` off a caption piece.
fn split_credit(piece: &str) -> (&str, Option<&str>) {
    if let (Some(start), true) = (piece.rfind(CREDIT_OPEN), piece.ends_with(')')) {
        let credit = piece[start + CREDIT_OPEN.len()..piece.len() - 1].trim();
        return (piece[..start].trim_end(), Some(credit));
    }
    (piece, None)
}
