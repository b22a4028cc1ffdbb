/**
 * The source side of the traceability check: the tokens of an article's source range, minus what
 * article.yaml says is not edition text (omit entries, running headers) and minus the printed
 * references (references.json custom.printed), each token with its source line.
 */
import { tokenize, type Token } from './tokenize.ts';

export interface SourceToken extends Token {
  /** 1-based line in the source file. */
  line: number;
}

/**
 * Removes the Markdown-ish markup that some raw sources carry, line by line, so that it does not
 * count as text: heading marks, list markers (`- `, `1. `, `- [1]. `), table pipes and separator
 * rows, `^{…}` superscripts, `<…>` around autolinks, `[text](url)` link syntax. (`*` emphasis and
 * tabs are dropped by the tokenizer.)
 */
export function stripSourceMarkup(line: string): string {
  let s = line;
  if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(s) && s.includes('|')) return '';
  if (/^\s*\|/.test(s)) s = s.replace(/(?<!\\)\|/g, ' ');
  s = s.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
  s = s.replace(/^\s*>\s?/, '');
  s = s.replace(/^\s*[-*+]\s+(?:\[\d{1,3}\]\.?\s+)?/, '');
  s = stripListNumber(s);
  s = s.replace(/\^\{[^}]*\}/g, '');
  s = s.replace(/<((?:https?:\/\/|ftp:\/\/|www\.|mailto:)[^<>\s]+|[^<>\s@]+@[^<>\s@]+)>/g, '$1');
  s = s.replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1');
  return s;
}

/** `1. ` / `2) ` at the start of a block is list numbering, not text (in the source and in the edition). */
export function stripListNumber(s: string): string {
  return s.replace(/^\s*\d{1,3}[.)]\s+/, (m) => ' '.repeat(m.length));
}

export interface OmitEntry {
  lines: [number, number];
  text?: string | undefined;
  reason: string;
}

export interface PrintedEntry {
  /** Reference id (for messages). */
  id: string;
  line: number;
  text: string;
}

export interface SourceInput {
  /** The whole source file, split into lines. */
  lines: string[];
  range: [number, number];
  omit: OmitEntry[];
  runningHeaders: string[];
  /** Whether the `running-headers` rule is listed. */
  dropRunningHeaders: boolean;
  printed: PrintedEntry[];
}

export interface SourceTrace {
  tokens: SourceToken[];
  /** Traced tokens per source line (lines absent here contribute nothing). */
  perLine: Map<number, number>;
  /** Omit entries with a `text` that was found on none of their lines (index into `omit`). */
  omitTextNotFound: number[];
  /** runningHeaders entries that match no line of the range (index into `runningHeaders`). */
  headersUnused: number[];
  /** Lines dropped as running headers. */
  headerLines: Set<number>;
}

export const normalizeSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Finds `needle` as a contiguous run of `hay` (by token text); returns its start index or -1. */
export function findTokenRun(hay: readonly { text: string }[], needle: readonly { text: string }[], from = 0): number {
  if (needle.length === 0) return -1;
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k]!.text !== needle[k]!.text) continue outer;
    return i;
  }
  return -1;
}

const isNumbering = (t: Token) => t.kind === 'word' ? /^\d{1,3}$/.test(t.text) : /^[[\]().\-–]$/.test(t.text);

/** Tokens of a printed reference, and the same without its leading number (`1.`, `[1].`, `13`). */
export function printedVariants(text: string): Token[][] {
  const full = tokenize(stripSourceMarkup(text));
  let k = 0;
  while (k < full.length && isNumbering(full[k]!)) k++;
  return k > 0 && k < full.length ? [full, full.slice(k)] : [full];
}

/** Where a printed reference occurs among a line's tokens, or undefined. */
export function locatePrinted(lineTokens: readonly Token[], text: string): { start: number; length: number } | undefined {
  for (const variant of printedVariants(text)) {
    const at = findTokenRun(lineTokens, variant);
    if (at >= 0) return { start: at, length: variant.length };
  }
  return undefined;
}

export function buildSourceTokens(input: SourceInput): SourceTrace {
  const [first, last] = input.range;
  const headers = new Map(input.runningHeaders.map((h, i) => [normalizeSpace(stripSourceMarkup(h)), i]));
  const usedHeaders = new Set<number>();
  const omitFound = new Set<number>();
  const tokens: SourceToken[] = [];
  const perLine = new Map<number, number>();
  const headerLines = new Set<number>();

  for (let line = first; line <= Math.min(last, input.lines.length); line++) {
    let raw = input.lines[line - 1] ?? '';
    const omits = input.omit.map((o, i) => ({ o, i })).filter(({ o }) => o.lines[0] <= line && line <= o.lines[1]);
    if (omits.some(({ o }) => o.text === undefined)) continue;
    const header = headers.get(normalizeSpace(stripSourceMarkup(raw)));
    if (header !== undefined && raw.trim() !== '') {
      usedHeaders.add(header);
      headerLines.add(line);
      if (input.dropRunningHeaders) continue;
    }
    // Omitted text on this line: by exact text first, else by tokens (markup and spacing may differ).
    const tokenOmits: { index: number; tokens: Token[] }[] = [];
    for (const { o, i } of omits) {
      const text = o.text!;
      const at = raw.indexOf(text);
      if (at >= 0) {
        raw = raw.slice(0, at) + ' '.repeat(text.length) + raw.slice(at + text.length);
        omitFound.add(i);
      } else tokenOmits.push({ index: i, tokens: tokenize(stripSourceMarkup(text)) });
    }
    let lineTokens = tokenize(stripSourceMarkup(raw));
    for (const { index, tokens: omitTokens } of tokenOmits) {
      const at = findTokenRun(lineTokens, omitTokens);
      if (at >= 0) {
        lineTokens = [...lineTokens.slice(0, at), ...lineTokens.slice(at + omitTokens.length)];
        omitFound.add(index);
      }
    }
    // Printed references on this line.
    let removedPrinted = false;
    for (const p of input.printed.filter((p) => p.line === line)) {
      const at = locatePrinted(lineTokens, p.text);
      if (at) {
        lineTokens = [...lineTokens.slice(0, at.start), ...lineTokens.slice(at.start + at.length)];
        removedPrinted = true;
      }
    }
    if (removedPrinted && lineTokens.every(isNumbering)) lineTokens = [];
    for (const t of lineTokens) tokens.push({ ...t, line });
    if (lineTokens.length) perLine.set(line, lineTokens.length);
  }

  return {
    tokens,
    perLine,
    omitTextNotFound: input.omit.flatMap((o, i) => (o.text !== undefined && !omitFound.has(i) ? [i] : [])),
    headersUnused: input.runningHeaders.flatMap((_, i) => (usedHeaders.has(i) ? [] : [i])),
    headerLines,
  };
}
