/**
 * The search analyser: text → one token per word, the same at build time (the index) and in the
 * browser (the query, snippets, highlights). See docs/search.md.
 *
 *   analyze('Oʻzbekistonning madaniy diplomatiyasi', 'uz') → ['ozbekisto', 'madaniy', 'diplomatiya']
 *   analyze('Қазақстанның мәдени дипломатиясы', 'kk')     → ['казакстан', 'мадени', 'дипломатия']
 *   analyze('Культурной дипломатией; война', 'ru')         → ['культурн', 'дипломат', 'војн']
 *
 * Tokens are stems, not words: compare them with each other, never with text.
 *
 * A token is a fixed point of what Pagefind does to a word (lower case, NFD with the marks
 * removed, non-word characters removed), so Pagefind keeps it as it is and the client can compare
 * tokens with what it indexed. That is why й is written ј (U+0458) in tokens: Pagefind would
 * otherwise decompose it into и + breve and drop the breve, merging война with воина.
 *
 * Which stemmer a word gets depends on its script as well as the page's language, because the
 * editions quote across scripts (Kazakh names in Russian text, English titles in Kazakh
 * references, Russian titles in Uzbek references):
 *   - Cyrillic: the Kazakh stemmer on kk pages, the Russian one (after folding the Kazakh
 *     letters) on the others, so that a Kazakh name on a Russian page is one token whether it is
 *     typed with its letters or without (Қазақстан, казакстан). A word with ў or ҳ, which only
 *     Uzbek has, is transliterated to Latin and treated as Uzbek.
 *   - Latin: Uzbek stemmer on uz pages and for words written with ʻ or ʼ; English elsewhere.
 *   - A word with a digit, or mixing scripts, is not stemmed.
 * Stemming is per language, so a query is analysed with the language of the records it is
 * matched against (analyze(query, L) for the records of language L).
 */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { stemKk } from './stem-kk.ts';
import { stemUz } from './stem-uz.ts';
import { toLatinUz } from './translit-uz.ts';

export type SearchLang = 'en' | 'ru' | 'kk' | 'uz';

export interface Word {
  word: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

/**
 * Marks that stand for the Uzbek ʻ and ʼ (and the English apostrophe) inside a word: people type
 * whichever their keyboard has. ʻ ʼ ʹ are letters to Unicode (Lm), so they are listed, not inferred.
 */
const APOSTROPHES = "\u02BB\u02BC\u02B9'\u2018\u2019\u201B`\u00B4\u2032";
/**
 * A word: letters, marks and digits, joined by single apostrophes. ʻ ʼ ʹ are letters to Unicode
 * (Lm), so they join words by themselves, and one that ends a word stays with it (mamnuʼ); one
 * that begins a word is an opening quote and is left out. Everything else separates words,
 * hyphens and dashes included (IT-park → IT, park; 21–22-mart → 21, 22, mart), as Pagefind's
 * query parser would. A regular expression rather than Intl.Segmenter: the index is built in Node
 * and queried in every browser, and only the regex is guaranteed to cut the same everywhere (ICU
 * segments O‘zbekiston whole but qo`shni in two).
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2018\u2019\u201B`\u00B4\u2032][\p{L}\p{M}\p{N}]+)*/gu;
const LEADING_MODIFIERS = /^[\u02BB\u02BC\u02B9]+/;

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const lead = LEADING_MODIFIERS.exec(m[0])?.[0].length ?? 0;
    if (lead === m[0].length) continue;
    out.push({ word: m[0].slice(lead), start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
}

const CYRILLIC = /[\u0400-\u04FF\u0500-\u052F]/;
const LATIN = /[a-z]/;
const NOT_CYRILLIC = /[^\u0400-\u052F]/;
const NOT_LATIN = /[^a-z]/;
const DIGIT = /\p{N}/u;
/** Letters that, among our four languages, only Uzbek Cyrillic has. */
const UZBEK_ONLY = /[ўЎҳҲ]/;
/** Uzbek Cyrillic letters that Kazakh shares. */
const UZBEK_SHARED = /[қҚғҒ]/;
/** Letters that Uzbek Cyrillic lacks: a text with one of them is Kazakh (or Russian), not Uzbek. */
const NOT_UZBEK = /[әӘөӨүҮұҰіІңҢһҺыЫщЩ]/;

/**
 * Brings a query to the script the index holds: Uzbek written in Cyrillic becomes Uzbek Latin.
 * A query is taken to be Uzbek Cyrillic when it has ў or ҳ, or on an Uzbek page when it is Cyrillic
 * at all (Тошкент), or elsewhere (not on a Kazakh page) when it has қ or ғ and no letter that
 * Uzbek lacks (юмшоқ куч). Kazakh shares қ and ғ, so a Kazakh word with no other Kazakh letter
 * (Тоқаев) typed on an en or ru page is read as Uzbek; on a kk page it never is.
 */
export function normalizeQuery(query: string, lang: SearchLang): string {
  const q = query.normalize('NFC');
  if (!CYRILLIC.test(q)) return q;
  const uzbek =
    UZBEK_ONLY.test(q) ||
    (!NOT_UZBEK.test(q) && (lang === 'uz' || (lang !== 'kk' && UZBEK_SHARED.test(q))));
  return uzbek ? toLatinUz(q) : q;
}

const APOSTROPHE_RUN = new RegExp(`[${APOSTROPHES}]`, 'g');
/**
 * Kazakh letters folded into their nearest Russian ones in every language: Kazakh names appear in
 * Russian and English text, and people type without the Kazakh keyboard (казакстан → Қазақстан).
 * ё → е because Russian is printed both ways (removing the marks does that); ı (Kazakh Latin) → i.
 */
const FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ı: 'i' };
const FOLDABLE = /[әғқңөұүһіı]/g;
const fold = (w: string) => w.replace(FOLDABLE, (ch) => FOLD[ch]!);
const NON_ASCII = /[^\u0000-\u007F]/g;
const MARK = /\p{M}/gu;

/** Removes diacritics as Pagefind does (NFD, marks dropped), except from й, which is a letter of its own. */
function stripMarks(w: string): string {
  return w.replace(NON_ASCII, (ch) => (ch === 'й' ? ch : ch.normalize('NFD').replace(MARK, '')));
}

/**
 * A capitalised Russian word in -ев/-ов/-ин is a surname in the nominative (Токаев, Мирзиёев,
 * Путин). Snowball reads -ев/-ов as a genitive plural ending and cuts it (Токаев → тока), while
 * the other cases keep it (Токаева → токаев), so the two never met; the nominative stays whole.
 */
const SURNAME = /^\p{Lu}\p{Ll}+(?:ев|ёв|ов|ин)$/u;

/** The stemmed, folded form of a lower-case word without apostrophes or marks. */
function stem(w: string, lang: SearchLang, uzbek: boolean, surname: boolean): string {
  if (DIGIT.test(w)) return fold(w);
  if (CYRILLIC.test(w)) {
    if (NOT_CYRILLIC.test(w)) return fold(w);
    if (lang !== 'kk' && surname) return fold(w);
    return lang === 'kk' ? stemKk(w) : stemRu(fold(w));
  }
  const latin = fold(w);
  if (LATIN.test(latin) && !NOT_LATIN.test(latin)) return lang === 'uz' || uzbek ? stemUz(latin) : stemEn(latin);
  return latin;
}

/** Bounded, because the browser analyses every snippet it shows and a session can be long. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20000;

/** The token of one word (as `words` cuts them); '' for a word that has no letters or digits left. */
export function analyzeWord(word: string, lang: SearchLang): string {
  const key = `${lang}\u0000${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const surname = SURNAME.test(word.normalize('NFC'));
  let w = word.normalize('NFC').toLowerCase();
  let uzbek = w.includes('\u02BB') || w.includes('\u02BC');
  if (UZBEK_ONLY.test(w) && !NOT_UZBEK.test(w)) {
    w = toLatinUz(w).toLowerCase();
    uzbek = true;
  }
  w = stripMarks(w.replace(APOSTROPHE_RUN, ''));
  w = stem(w, lang, uzbek, surname).replace(/й/g, '\u0458');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, w);
  return w;
}

/** One token per word of `text`, in order; words that leave no token (a stray mark) are skipped. */
export function analyze(text: string, lang: SearchLang): string[] {
  const out: string[] = [];
  for (const { word } of words(text)) {
    const t = analyzeWord(word, lang);
    if (t) out.push(t);
  }
  return out;
}

/** Pagefind matches a query word against every indexed word it begins; both directions are marked. */
const PREFIX_MIN = 3;

function matches(token: string, query: string): boolean {
  if (token === query) return true;
  if (query.length >= PREFIX_MIN && token.startsWith(query)) return true;
  return token.length >= PREFIX_MIN && query.startsWith(token);
}

/** Character ranges (end exclusive) of the words of `text` that a query token matches. */
export function highlight(text: string, lang: SearchLang, queryTokens: string[]): [number, number][] {
  const qs = queryTokens.filter(Boolean);
  if (qs.length === 0) return [];
  const out: [number, number][] = [];
  for (const w of words(text)) {
    const t = analyzeWord(w.word, lang);
    if (t && qs.some((q) => matches(t, q))) out.push([w.start, w.end]);
  }
  return out;
}

const ELLIPSIS = '\u2026';

/**
 * A window of about `size` characters of `text` around the densest run of `ranges` (the earliest,
 * on a tie), cut at word boundaries, with an ellipsis where text was cut, and the ranges that fall
 * in it re-based to the returned text. Without ranges, the beginning of the text.
 */
export function snippet(text: string, ranges: [number, number][], size = 200): { text: string; marks: [number, number][] } {
  const rs = ranges
    .filter(([s, e]) => e > s && s >= 0 && e <= text.length)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (text.length <= size) return { text, marks: rs.map(([s, e]) => [s, e]) };

  // Densest run: the most ranges that fit in one window, starting at some range.
  let best = -1;
  let bestCount = 0;
  let bestLast = -1;
  for (let i = 0, j = 0; i < rs.length; i++) {
    if (j < i) j = i;
    while (j + 1 < rs.length && rs[j + 1]![1] - rs[i]![0] <= size) j++;
    if (j - i + 1 > bestCount) {
      best = i;
      bestCount = j - i + 1;
      bestLast = j;
    }
  }

  let start = 0;
  let end = size;
  if (best >= 0) {
    const gs = rs[best]![0];
    const ge = Math.max(rs[bestLast]![1], gs);
    // A third of the spare room before the matches: enough to read into them, more left for after.
    const slack = Math.max(0, size - (ge - gs));
    start = Math.max(0, Math.min(gs - Math.floor(slack / 3), text.length - size));
    end = Math.max(ge, Math.min(text.length, start + size));
  }

  const ws = words(text);
  if (start > 0) {
    // Begin at a word, but never after the first match of the run.
    const first = ws.find((w) => w.start >= start);
    if (first) start = first.start;
    if (best >= 0) start = Math.min(start, rs[best]![0]);
  }
  if (end < text.length) {
    // End after the last whole word, but never before the last match of the run.
    let cut = start;
    for (const w of ws) {
      if (w.end > end) break;
      cut = w.end;
    }
    end = Math.max(cut, best >= 0 ? rs[bestLast]![1] : cut);
    if (end <= start) end = Math.min(text.length, start + size);
  }

  const head = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const shift = head.length - start;
  const marks: [number, number][] = [];
  for (const [s, e] of rs) {
    const cs = Math.max(s, start);
    const ce = Math.min(e, end);
    if (ce > cs) marks.push([cs + shift, ce + shift]);
  }
  return { text: head + text.slice(start, end) + tail, marks };
}
