/**
 * Cross-language expansion: when a query names a glossary term, in any language and any listed
 * form, the search also runs the term's labels in the other languages (docs/search.md).
 *
 *   expand('мягкой силы', 'ru', terms) → [{ id: 'soft-power', labels: { en: 'soft power', ru: 'мягкая сила', … } }]
 *
 * Plain data in, plain data out: the client gets `terms` from /pagefind/terms.json, written at
 * build time with `termsFromGlossary`.
 */
import { analyzeWord, normalizeQuery, words, type SearchLang } from './analyze.ts';

export interface TermEntry {
  id: string;
  labels: Record<SearchLang, string>;
  /**
   * The label and variants per language, each already analysed in that language (the client
   * fetches these, not the text: smaller, and no stemming of 250 forms before a first result).
   * A form is its words' tokens joined by spaces; forms that analyse alike are one. A word written
   * `=SCO` is an acronym, matched only as written; `^tok` and `_tok` are words of an `exactCase`
   * language that must, or must not, begin with a capital (Kazakh Наурыз, the festival, against
   * наурыз, March). Tokens themselves are letters and digits only (analyze.ts), so the marks are
   * unambiguous.
   */
  forms: Record<SearchLang, string[]>;
}

/** What termsFromGlossary reads of a glossary entry (src/content.config.ts, glossaryEntrySchema). */
export interface GlossarySource {
  id: string;
  labels: Record<SearchLang, string>;
  variants?: Partial<Record<SearchLang, readonly string[]>>;
  exactCase?: readonly SearchLang[];
}

const LANGS: readonly SearchLang[] = ['en', 'ru', 'kk', 'uz'];

const UPPER = /\p{Lu}/u;
const DIGIT = /\p{N}/u;

export function termsFromGlossary(entries: readonly GlossarySource[]): TermEntry[] {
  return entries.map((e) => {
    const forms = {} as Record<SearchLang, string[]>;
    for (const lang of LANGS) {
      const exactCase = e.exactCase?.includes(lang) ?? false;
      const analysed = new Set<string>();
      for (const form of [e.labels[lang], ...(e.variants?.[lang] ?? [])]) {
        const { raw, tokens } = analyse(form, lang);
        if (tokens.length === 0 || tokens.some((t) => !t)) continue;
        analysed.add(tokens.map((t, i) => (isAcronym(raw[i]!) ? `=${raw[i]}` : exactCase ? `${UPPER.test(raw[i]!.charAt(0)) ? '^' : '_'}${t}` : t)).join(' '));
      }
      forms[lang] = [...analysed];
    }
    return { id: e.id, labels: { ...e.labels }, forms };
  });
}

/** A text cut into words, each with its token in one language. */
interface Analysed {
  raw: string[];
  tokens: string[];
}

function analyse(text: string, lang: SearchLang): Analysed {
  const ws = words(normalizeQuery(text, lang));
  return { raw: ws.map((w) => w.word), tokens: ws.map((w) => analyzeWord(w.word, lang)) };
}

/**
 * Acronyms (SCO, ШОС, ShHT, AQSH, the C5 of C5+1, the IT of IT Park) match only as written: in
 * lower case they are ordinary words or syllables ("it", "шос"), and a query that contains one
 * would otherwise expand into an unrelated entry. Same rule as src/lib/terms.ts.
 */
function isAcronym(word: string): boolean {
  let upper = 0;
  for (const ch of word) if (UPPER.test(ch)) upper++;
  return upper >= 2 || (upper === 1 && DIGIT.test(word));
}

interface FormWord {
  token: string;
  /** Set when the word must be written exactly so (an acronym). */
  exact?: string;
  /** Set when the word must begin with a capital letter, or must not (an exactCase language). */
  capital?: boolean;
}

interface PreparedEntry {
  entry: TermEntry;
  forms: { lang: SearchLang; words: FormWord[] }[];
}

const prepared = new WeakMap<readonly TermEntry[], PreparedEntry[]>();

function prepare(terms: readonly TermEntry[]): PreparedEntry[] {
  let p = prepared.get(terms);
  if (p) return p;
  p = terms.map((entry) => {
    const forms: PreparedEntry['forms'] = [];
    for (const lang of LANGS) {
      for (const form of entry.forms[lang] ?? []) {
        const fw = form.split(' ').map((w): FormWord => {
          const mark = w.charAt(0);
          if (mark === '=') return { token: '', exact: w.slice(1) };
          if (mark === '^' || mark === '_') return { token: w.slice(1), capital: mark === '^' };
          return { token: w };
        });
        if (fw.length > 0 && fw.every((x) => x.token || x.exact)) forms.push({ lang, words: fw });
      }
    }
    return { entry, forms };
  });
  prepared.set(terms, p);
  return p;
}

function wordMatches(fw: FormWord, q: Analysed, i: number): boolean {
  if (fw.exact !== undefined) return q.raw[i] === fw.exact;
  if (q.tokens[i] !== fw.token) return false;
  return fw.capital === undefined || UPPER.test(q.raw[i]!.charAt(0)) === fw.capital;
}

/** Where `form` occurs in the query as a run of whole words. */
function occurrences(form: FormWord[], q: Analysed): number[] {
  const out: number[] = [];
  for (let i = 0; i + form.length <= q.tokens.length; i++) {
    if (form.every((fw, k) => wordMatches(fw, q, i + k))) out.push(i);
  }
  return out;
}

interface Hit {
  entry: TermEntry;
  lang: SearchLang;
  start: number;
  end: number;
}

/**
 * The glossary entries the query names: some form of the entry, analysed in its own language,
 * equals the query analysed in that language, or occurs in it as a run of whole words. The query
 * is analysed once per language, because stemming is per language ("мягкой силы" meets the
 * Russian forms only through the Russian stemmer). An entry named only inside a longer one
 * ("diplomacy" in "cultural diplomacy") is left out: its labels would widen the search far beyond
 * what was asked. In order of appearance in the query.
 */
export function expand(
  query: string,
  pageLang: SearchLang,
  terms: readonly TermEntry[],
): { id: string; labels: Record<SearchLang, string> }[] {
  if (!query.trim() || terms.length === 0) return [];
  const queries = new Map<SearchLang, Analysed[]>();
  for (const lang of LANGS) {
    // The query as the page would read it (Uzbek Cyrillic on an uz page is Latin) and as this
    // language would; usually the same.
    const variants = [...new Set([normalizeQuery(query, pageLang), query])];
    queries.set(lang, variants.map((v) => analyse(v, lang)));
  }

  const hits: Hit[] = [];
  for (const { entry, forms } of prepare(terms)) {
    for (const { lang, words: fw } of forms) {
      for (const q of queries.get(lang)!) {
        for (const start of occurrences(fw, q)) hits.push({ entry, lang, start, end: start + fw.length });
      }
    }
  }

  const nested = (h: Hit) =>
    hits.some((o) => o.entry !== h.entry && o.lang === h.lang && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start);
  const first = new Map<TermEntry, Hit>();
  for (const h of hits) {
    if (nested(h)) continue;
    const f = first.get(h.entry);
    if (!f || h.start < f.start || (h.start === f.start && h.end > f.end)) first.set(h.entry, h);
  }
  return [...first.values()]
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
    .map(({ entry }) => ({ id: entry.id, labels: { ...entry.labels } }));
}
