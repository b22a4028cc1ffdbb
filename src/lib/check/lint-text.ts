/**
 * Leftovers of the raw text that no edition may keep: running headers, doubled spaces, unbalanced
 * quotes and brackets, words mixing Latin and Cyrillic letters, Uzbek apostrophes written with the
 * wrong character, tracking parameters and escaped underscores in URLs. Run on every edition
 * (title and body blocks) and on the references' `display`.
 */
import { lineAt, type TextBlock } from './parse-edition.ts';
import { quote, type Problem } from './report.ts';
import { hasTracking, stripTracking, uzbekApostropheFor } from './rules.ts';
import { normalizeSpace } from './source-text.ts';
import { blankUrls, tokenize } from './tokenize.ts';

/** A string to check and how to turn an offset in it into a file line. */
export interface Checked {
  file: string;
  text: string;
  lineOf: (offset: number) => number;
  /** Offset ranges that are acknowledged as printed (unrecoverable passages): not checked. */
  skip?: readonly [number, number][];
  /** The kind of block, when the text is one (a bare number is page furniture only as a paragraph). */
  block?: TextBlock['kind'];
  /** Text of a canonical edition, which is traced: fixes then also name the structural rule. */
  canonical?: boolean;
}

export function checkedBlock(file: string, block: TextBlock, skipIds: ReadonlySet<string>, canonical: boolean): Checked {
  return {
    canonical,
    file,
    text: block.text,
    lineOf: (o) => lineAt(block.text, block.segs, o),
    skip: block.anns.filter((a) => skipIds.has(a.id)).map((a) => [a.start, a.end] as [number, number]),
    block: block.kind,
  };
}

/** The text with skipped ranges blanked (offsets stay valid). */
export function visibleText(c: Checked, blankUrlText = true): string {
  let t = blankUrlText ? blankUrls(c.text) : c.text;
  for (const [s, e] of c.skip ?? []) t = t.slice(0, s) + ' '.repeat(e - s) + t.slice(e);
  return t;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Generic page furniture of journal layouts (besides the article's own runningHeaders lines). */
export const genericHeaderPatterns: { pattern: RegExp; what: string; paragraphOnly?: boolean }[] = [
  { pattern: /\b\p{Lu}[\p{Lu}\s,&.-]{3,}\bJOURNAL\b(?:[\p{Lu}\s,&.-]*\p{Lu})?/u, what: 'a journal name in capitals' },
  { pattern: /(?:\b[A-Z][a-z]+\s+){2,}Journal\s+of(?:\s+(?:[A-Z][a-z]+|and|&)){3,}/u, what: 'a journal name' },
  { pattern: /\b(?:e-?ISSN|ISSN)\s*:?\s*\d{4}-\d{3}[\dXx]/u, what: 'an ISSN line' },
  { pattern: /\bVol(?:ume)?\.?\s*\d+\s*,?\s*(?:Issue|No\.?|№)\s*\d+/iu, what: 'a volume/issue line' },
  { pattern: /\bVOLUME\s+Vol\.\s*\d+/u, what: 'a volume/issue line' },
  { pattern: /\b(?:Page|Стр\.?|Бет)\s+\d+\s+(?:of|из)\s+\d+\b/iu, what: 'a page number line' },
  { pattern: /©\s*\d{4}/u, what: 'a copyright line' },
  { pattern: /\bOPEN ACCESS\b/u, what: 'an "OPEN ACCESS" banner' },
  { pattern: /^\s*\d{1,4}\s*$/u, what: 'a bare page number', paragraphOnly: true },
];

export function checkRunningHeaders(c: Checked, runningHeaders: readonly string[]): Problem[] {
  const out: Problem[] = [];
  const text = visibleText(c);
  const found: [number, number][] = [];
  for (const h of runningHeaders) {
    const words = normalizeSpace(h);
    if (!words) continue;
    const re = new RegExp(words.split(' ').map(escapeRegExp).join('\\s+'), 'u');
    const m = re.exec(text);
    if (!m) continue;
    found.push([m.index, m.index + m[0].length]);
    out.push({
      file: c.file,
      line: c.lineOf(m.index),
      kind: 'running-header',
      message: `running header left in the text: ${quote(m[0])}`,
      fix: 'delete it (and join the sentence it interrupts)',
    });
  }
  for (const { pattern, what, paragraphOnly } of genericHeaderPatterns) {
    if (paragraphOnly && c.block !== 'paragraph') continue;
    const m = pattern.exec(text);
    if (!m || found.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
    found.push([m.index, m.index + m[0].length]);
    out.push({
      file: c.file,
      line: c.lineOf(m.index),
      kind: 'running-header',
      message: `page furniture left in the text (${what}): ${quote(m[0])}`,
      fix: `delete it${c.canonical ? ' (and list the source line in runningHeaders, or omit it)' : ''}`,
    });
  }
  return out;
}

export function checkDoubleSpaces(c: Checked): Problem[] {
  const out: Problem[] = [];
  for (const m of c.text.matchAll(/(?<=\S)[ \u00A0\t]{2,}(?=\S)/gu)) {
    const before = c.text.slice(Math.max(0, m.index - 20), m.index).split(/\s/).at(-1) ?? '';
    const after = c.text.slice(m.index + m[0].length).split(/\s/)[0] ?? '';
    out.push({
      file: c.file,
      line: c.lineOf(m.index),
      kind: 'double-space',
      message: `${m[0].length} spaces in a row between ${quote(before, 30)} and ${quote(after, 30)}`,
      fix: 'use a single space',
    });
  }
  return out;
}

const pairs: Record<string, string[]> = { ')': ['('], ']': ['['], '»': ['«'], '”': ['“', '„'], '“': ['„'] };

/** Quotes and brackets that do not pair up within one block (paragraph, heading, table cell). */
export function checkBalance(c: Checked): Problem[] {
  const text = visibleText(c).replace(/(?<=^|[\s(])(?:\d{1,2}|\p{L})\)/gu, (m) => ' '.repeat(m.length)); // "1) … 2) …" enumerations
  const stack: { ch: string; at: number }[] = [];
  const unmatched: { ch: string; at: number }[] = [];
  const straight: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      straight.push(i);
      continue;
    }
    if ('([«„'.includes(ch)) stack.push({ ch, at: i });
    else if (ch === '“') {
      if (stack.at(-1)?.ch === '„') stack.pop();
      else stack.push({ ch, at: i });
    } else if (')]»”'.includes(ch)) {
      const openers = pairs[ch]!;
      const top = stack.at(-1);
      if (top && openers.includes(top.ch)) stack.pop();
      else {
        // a closer with its opener further down the stack: the ones above it are unclosed
        const k = stack.findLastIndex((s) => openers.includes(s.ch));
        if (k >= 0) unmatched.push(...stack.splice(k).slice(1));
        else unmatched.push({ ch, at: i });
      }
    }
  }
  unmatched.push(...stack);
  if (straight.length % 2 === 1) unmatched.push({ ch: '"', at: straight.at(-1)! });
  return unmatched
    .sort((a, b) => a.at - b.at)
    .map(({ ch, at }) => ({
      file: c.file,
      line: c.lineOf(at),
      kind: 'unbalanced' as const,
      message: `unbalanced ${ch} in this block: ${quote(c.text.slice(Math.max(0, at - 30), at + 30), 60)}`,
      fix: `add the missing ${'([«„“'.includes(ch) ? 'closing' : ch === '"' ? 'matching' : 'opening'} mark or remove the stray one (if the source has it, record an emendation)`,
    }));
}

const latin = /\p{Script=Latin}/u;
const cyrillic = /\p{Script=Cyrillic}/u;

/** Words (letters only; tokens with digits such as C5+1 are ignored) that mix Latin and Cyrillic letters. */
export function checkMixedScript(c: Checked): Problem[] {
  const out: Problem[] = [];
  for (const t of tokenize(visibleText(c))) {
    if (t.kind !== 'word' || /\p{N}/u.test(t.text)) continue;
    if (latin.test(t.text) && cyrillic.test(t.text)) {
      const marked = [...t.text].map((ch) => (latin.test(ch) ? `[${ch}]` : ch)).join('');
      out.push({
        file: c.file,
        line: c.lineOf(t.start),
        kind: 'mixed-script',
        message: `word mixes Latin and Cyrillic letters: ${quote(t.text)} (Latin letters bracketed: ${marked})`,
        fix: `retype the word in one script${c.canonical ? ' and record the change as an emendation <Ann> (category ocr)' : ''}`,
      });
    }
  }
  return out;
}

const wrongApostrophes = "'‘’`";

/** In Uzbek text: oʻ/gʻ must use ʻ (U+02BB) and the tutuq belgisi ʼ (U+02BC). One problem per line. */
export function checkUzbekApostrophes(c: Checked): Problem[] {
  const text = visibleText(c);
  const byLine = new Map<number, { words: string[]; at: number }>();
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') continue;
    let wrong = false;
    let fixed = '';
    const chars = [...t.text];
    chars.forEach((ch, i) => {
      if (wrongApostrophes.includes(ch) && i > 0) {
        wrong = true;
        fixed += uzbekApostropheFor(chars[i - 1]);
      } else fixed += ch;
    });
    // a word-final apostrophe after o/g (bo‘ …) is outside the token: look at the next character
    const next = text[t.end];
    if (next !== undefined && wrongApostrophes.includes(next) && /[oOgG]$/.test(t.text) && !/\p{L}/u.test(text[t.end + 1] ?? '')) {
      wrong = true;
      fixed += uzbekApostropheFor('o');
    }
    if (!wrong) continue;
    const line = c.lineOf(t.start);
    const entry = byLine.get(line) ?? { words: [], at: t.start };
    entry.words.push(`${t.text} → ${fixed}`);
    byLine.set(line, entry);
  }
  return [...byLine].map(([line, { words }]) => ({
    file: c.file,
    line,
    kind: 'uzbek-apostrophe' as const,
    message: `Uzbek apostrophe${words.length > 1 ? 's' : ''} written with the wrong character: ${words.slice(0, 4).join(', ')}${words.length > 4 ? `, … (${words.length} in all)` : ''}`,
    fix: 'write oʻ/gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC)',
  }));
}

/** URLs with utm_*, fbclid or gclid parameters; escaped underscores (\\_) anywhere. */
export function checkUrls(c: Checked): Problem[] {
  const out: Problem[] = [];
  for (const t of tokenize(c.text)) {
    if (t.kind === 'url' && hasTracking(t.text))
      out.push({
        file: c.file,
        line: c.lineOf(t.start),
        kind: 'tracking-parameter',
        message: `URL with tracking parameters: ${quote(t.text)}`,
        fix: `write ${quote(stripTracking(t.text))}${c.canonical ? ' (and list the tracking-parameters rule in source.rules)' : ''}`,
      });
  }
  for (const m of c.text.matchAll(/\\+_/g)) {
    out.push({
      file: c.file,
      line: c.lineOf(m.index),
      kind: 'escaped-underscore',
      message: `escaped underscore left in the text: ${quote(c.text.slice(Math.max(0, m.index - 25), m.index + 25), 50)}`,
      fix: `write a plain _${c.canonical ? ' (and list the escaped-underscores rule in source.rules)' : ''}`,
    });
  }
  return out;
}
