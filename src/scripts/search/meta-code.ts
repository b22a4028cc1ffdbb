/**
 * How a record's displayed text (Pagefind meta: title, text) travels through the index unsearched.
 *
 * Pagefind 1.6 indexes every meta field as searchable words, unanalysed, and offers no way to opt
 * out. That would put a second, raw copy of every paragraph in the index next to the analyser's
 * tokens: twice the index to download (≈180 KB instead of ≈75 KB over six first queries on this
 * site), and matches the analyser never made (a query word found only in an edition's title would
 * make each of its paragraphs a hit). So the build moves every character Pagefind would index into
 * the Private Use Area, where Pagefind sees no word at all, and the client moves it back.
 * Punctuation and spaces are left alone: they are never indexed, and keep the fragments small.
 */

/** What Pagefind indexes: Rust's char::is_alphanumeric, and its default word characters (_ and kin). */
const INDEXED = /[\p{Alphabetic}\p{N}_\u203F\u2040\u2054\uFE33\uFE34\uFE4D-\uFE4F\uFF3F]/gu;
/** The BMP Private Use Area holds the scripts of the site (everything below U+1900) in 3 UTF-8 bytes. */
const LOW = 0xe000;
const LOW_LIMIT = 0x1900;
/** Supplementary PUA-A: the rest of the BMP, and private-use characters of the text itself. */
const HIGH = 0xf0000;
const BMP_PUA = /[\uE000-\uF8FF]/g;
const SHIFTED = /[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]/gu;

export function encodeMeta(text: string): string {
  if (/[\u{F0000}-\u{10FFFF}]/u.test(text)) throw new Error(`text holds a supplementary private-use character, which the search index cannot carry: ${JSON.stringify(text.slice(0, 80))}`);
  return text
    .replace(BMP_PUA, (ch) => String.fromCodePoint(HIGH + ch.codePointAt(0)!))
    .replace(INDEXED, (ch) => {
      const c = ch.codePointAt(0)!;
      // Letters beyond the BMP (historic scripts, mathematical letters) stay as they are: none occur.
      return c < LOW_LIMIT ? String.fromCodePoint(LOW + c) : c <= 0xffff ? String.fromCodePoint(HIGH + c) : ch;
    });
}

export function decodeMeta(text: string): string {
  return text.replace(SHIFTED, (ch) => {
    const c = ch.codePointAt(0)!;
    return String.fromCodePoint(c >= HIGH ? c - HIGH : c - LOW);
  });
}
