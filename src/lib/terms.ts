/**
 * Finds glossary terms in running text, the same way everywhere: in the edition pipeline
 * (src/plugins/rehype-glossary-terms.ts), in the content tests and in scripts.
 *
 *   buildMatcher(entries, 'ru').find('это «мягкой силы» и ШОС')
 *     → [{ id: 'soft-power', start: 5, end: 16, text: 'мягкой силы' },
 *        { id: 'shanghai-cooperation-organisation', start: 20, end: 23, text: 'ШОС' }]
 *
 * A form is the label or a listed variant of an entry; inflections are never guessed, so a form
 * followed by more letters ("силами", "Oʻzbekistonda") is not an occurrence unless it is listed.
 */
import type { GlossaryEntry } from '../content.config.ts';
import type { LocaleLang } from '../i18n/locales.ts';

export type Lang = LocaleLang;

export interface TermMatch {
  /** Id of the glossary entry. */
  id: string;
  /** Offsets into the string given to `find` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The occurrence as written, i.e. `text.slice(start, end)`. */
  text: string;
}

export interface TermMatcher {
  readonly lang: Lang;
  /** Every occurrence, non-overlapping, in text order; at one position the longest form wins. */
  find(text: string): TermMatch[];
}

/** The forms of an entry in one language: the label first, then the variants, without repeats. */
export function formsOf(entry: GlossaryEntry, lang: Lang): string[] {
  return [...new Set([entry.labels[lang], ...(entry.variants[lang] ?? [])])];
}

const dashes = '\\-\u2010\u2011\u2012\u2013\u2014';
/** Uzbek Latin is typed with any of these for ʻ (U+02BB) and ʼ (U+02BC). */
const uzbekApostrophes = "\u02BB\u02BC'\u2018\u2019`";
/** Elsewhere only the plain and the typographic apostrophe stand for each other ("People’s"). */
const apostrophes = "'\u2019";
const apostropheClass = (lang: Lang) => (lang === 'uz' ? uzbekApostrophes : apostrophes);

const wordChar = '[\\p{L}\\p{M}\\p{N}]';
const regexSyntax = /[\\^$.*+?()[\]{}|/]/;
const tokens = new RegExp(`\\s*[${dashes}]\\s*|\\s+|[^]`, 'gu');
const isDash = new RegExp(`[${dashes}]`, 'u');
const hasDigit = /\p{N}/u;
const hasUpper = /\p{Lu}/u;
const isLower = /^\p{Ll}$/u;

/**
 * Acronyms (SCO, ШОС, ShHT, UNDP, the IT of "IT Park", C5+1) must keep their case, or "SCO" would
 * match "disco" and "ШОС" the syllable "шос": a form is case-sensitive when one of its words has
 * two capitals, or a capital and a digit. Names in title case ("Treaty on Allied Relations") are
 * not: the editions also write them in lower case ("the treaty on allied relations").
 */
export function isCaseSensitive(form: string): boolean {
  return form.split(/[^\p{L}\p{M}\p{N}]+/u).some((word) => {
    let upper = 0;
    for (const ch of word) if (hasUpper.test(ch)) upper++;
    return upper >= 2 || (upper === 1 && hasDigit.test(word));
  });
}

/** The characters that stand for `ch` in text of this language. */
function equivalents(ch: string, lang: Lang): string {
  const apos = apostropheClass(lang);
  if (apos.includes(ch)) return apos;
  if (lang === 'ru' && (ch === 'е' || ch === 'ё')) return 'её';
  if (lang === 'ru' && (ch === 'Е' || ch === 'Ё')) return 'ЕЁ';
  return ch;
}

const escapeChar = (ch: string) => (regexSyntax.test(ch) ? `\\${ch}` : ch);

/** The pattern of one form: the equivalences that the matcher allows, everything else literal. */
function formPattern(form: string, lang: Lang, caseSensitive: boolean): string {
  let out = '';
  let first = true;
  // Tokens: a dash with the spaces around it, a run of spaces, or one code point.
  for (const [token] of form.matchAll(tokens)) {
    if (isDash.test(token)) out += `\\s*[${dashes}]\\s*`;
    else if (/^\s+$/u.test(token)) out += '\\s+';
    else {
      let chars = equivalents(token, lang);
      // "формат C5+1" keeps its case, but may still open a sentence.
      if (first && caseSensitive && isLower.test(token)) chars += chars.toUpperCase();
      out += chars === token ? escapeChar(token) : `[${[...chars].map(escapeChar).join('')}]`;
    }
    first = false;
  }
  return out;
}

/**
 * A key under which two forms are the same for the matcher (apart from letter case, which the
 * matcher keeps only for acronyms): two entries must not claim one key in the same language.
 */
export function formKey(form: string, lang: Lang): string {
  let key = form
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s*[-\u2010-\u2014]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const apos = apostropheClass(lang);
  key = key.replace(new RegExp(`[${apos}]`, 'gu'), apos[0]!);
  return lang === 'ru' ? key.replace(/ё/g, 'е') : key;
}

/**
 * Maps offsets in the NFC form of `text` back to `text`. NFC composes within a base character
 * and its combining marks, so normalising cluster by cluster gives the same string and a map.
 */
function normalizeWithOffsets(text: string): { normalized: string; offsets: number[] } {
  const offsets: number[] = [];
  let normalized = '';
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const cluster = m[0].normalize('NFC');
    // Only a cluster's start is a possible match boundary; inner positions map to its end.
    offsets.push(m.index);
    for (let k = 1; k < cluster.length; k++) offsets.push(m.index + m[0].length);
    normalized += cluster;
  }
  offsets.push(text.length);
  return { normalized, offsets };
}

export function buildMatcher(entries: readonly GlossaryEntry[], lang: Lang): TermMatcher {
  const forms: { id: string; form: string; order: number; exact: boolean }[] = [];
  const seen = new Set<string>();
  for (const entry of entries)
    for (const raw of formsOf(entry, lang)) {
      const form = raw.normalize('NFC').trim();
      const exact = isCaseSensitive(form) || (entry.exactCase ?? []).includes(lang);
      // The first entry to claim a form keeps it (load-glossary rejects such clashes anyway).
      const key = exact ? `${formKey(form, lang)}\u0000${form}` : formKey(form, lang);
      if (form === '' || seen.has(key)) continue;
      seen.add(key);
      forms.push({ id: entry.id, form, order: forms.length, exact });
    }
  // Alternation takes the first alternative that matches, so longer forms must come first.
  forms.sort((a, b) => b.form.length - a.form.length || a.order - b.order);
  const ids = forms.map((f) => f.id);

  const apos = apostropheClass(lang);
  // In Uzbek an apostrophe between letters belongs to the word (o'zbek), so it cannot bound a term.
  const before = `(?<!${wordChar})` + (lang === 'uz' ? `(?<!${wordChar}[${apos}])` : '');
  const after = `(?!${wordChar})` + (lang === 'uz' ? `(?![${apos}]${wordChar})` : '');
  const alternatives = forms.map(({ form, exact: sensitive }) => {
    const p = formPattern(form, lang, sensitive);
    return sensitive ? `((?-i:${p}))` : `(${p})`;
  });
  // The lookbehind comes first: it rejects most positions (inside words) before any alternative is tried.
  const re = forms.length ? new RegExp(`${before}(?:${alternatives.join('|')})${after}`, 'giu') : undefined;

  return {
    lang,
    find(text: string): TermMatch[] {
      if (!re || text === '') return [];
      let subject = text.normalize('NFC');
      let offsets: number[] | undefined;
      if (subject !== text) ({ normalized: subject, offsets } = normalizeWithOffsets(text));
      const out: TermMatch[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
        let g = 1;
        while (m[g] === undefined) g++;
        const from = m.index;
        const to = from + m[0].length;
        const start = offsets ? offsets[from]! : from;
        const end = offsets ? offsets[to]! : to;
        out.push({ id: ids[g - 1]!, start, end, text: text.slice(start, end) });
      }
      return out;
    },
  };
}

/** One matcher per language, from the same entries. */
export function buildMatchers(entries: readonly GlossaryEntry[], langs: readonly Lang[]): Record<Lang, TermMatcher> {
  return Object.fromEntries(langs.map((l) => [l, buildMatcher(entries, l)])) as Record<Lang, TermMatcher>;
}
