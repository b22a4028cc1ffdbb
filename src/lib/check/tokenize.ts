/**
 * Splits text into the tokens that the traceability check compares: words (letters, marks, digits,
 * with internal apostrophes), URLs (one token each), escaped underscores (`\_`, one token) and
 * single punctuation marks. Whitespace and emphasis asterisks are not tokens.
 */
export type TokenKind = 'word' | 'url' | 'punct';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Offset of the token in the tokenized string (UTF-16 units). */
  start: number;
  end: number;
  /** Whether whitespace (or the start of the string) precedes the token: for showing readings. */
  space?: boolean;
}

/** Apostrophe-like characters that may join the parts of one word (people's, O‘zbekiston, taʼlim). */
export const apostrophes = "'’‘`ʻʼ";

const wordBody = '[\\p{L}\\p{M}\\p{N}]+';
const tokenPattern = new RegExp(
  [
    '(?<url>(?:https?:\\/\\/|ftp:\\/\\/|www\\.)[^\\s<>"“”«»]+)',
    '(?<esc>\\\\+_)',
    `(?<word>${wordBody}(?:[${apostrophes}]${wordBody})*)`,
    '(?<ignored>[*\\u200B-\\u200D\\u2060\\u00AD])',
    '(?<punct>[^\\s])',
  ].join('|'),
  'gu',
);

/** A URL as it would be linked: without trailing sentence punctuation or an unmatched closing bracket. */
export function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const last = u.at(-1);
    if (last === undefined) return u;
    if ('.,;:!?\'"’”»'.includes(last)) u = u.slice(0, -1);
    else if (last === ')' && count(u, '(') < count(u, ')')) u = u.slice(0, -1);
    else if (last === ']' && count(u, '[') < count(u, ']')) u = u.slice(0, -1);
    else return u;
  }
}
const count = (s: string, c: string) => s.split(c).length - 1;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = tokenPattern.exec(text))) {
    const g = m.groups ?? {};
    if (g['ignored'] !== undefined) continue;
    if (g['url'] !== undefined) {
      const url = trimUrl(g['url']);
      if (url.length > 'https://'.length || url.startsWith('www.')) {
        tokens.push({ text: url, kind: 'url', start: m.index, end: m.index + url.length });
        tokenPattern.lastIndex = m.index + url.length;
        continue;
      }
    }
    if (g['esc'] !== undefined) {
      tokens.push({ text: g['esc'], kind: 'punct', start: m.index, end: m.index + g['esc'].length });
      continue;
    }
    if (g['word'] !== undefined) {
      tokens.push({ text: g['word'], kind: 'word', start: m.index, end: m.index + g['word'].length });
      continue;
    }
    // A URL prefix that trimmed to nothing, or a punctuation mark: one character.
    const ch = String.fromCodePoint(text.codePointAt(m.index)!);
    tokens.push({ text: ch, kind: 'punct', start: m.index, end: m.index + ch.length });
    tokenPattern.lastIndex = m.index + ch.length;
  }
  for (const t of tokens) t.space = t.start === 0 || /\s/.test(text[t.start - 1]!);
  return tokens;
}

/** Joins tokens back into readable text for messages, with the spacing they had. */
export function joinTokens(tokens: readonly { text: string; space?: boolean | undefined }[]): string {
  let out = '';
  for (const t of tokens) out += (out !== '' && t.space !== false ? ' ' : '') + t.text;
  return out;
}

/** Offsets of all URLs in a text (for checks that must not look inside URLs). */
export function urlSpans(text: string): [number, number][] {
  return tokenize(text)
    .filter((t) => t.kind === 'url')
    .map((t) => [t.start, t.end]);
}

/** The text with every URL replaced by spaces of the same length (offsets stay valid). */
export function blankUrls(text: string): string {
  let out = text;
  for (const [s, e] of urlSpans(text)) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}
