/**
 * Search in the browser (docs/search.md): the query is analysed the way the index was
 * (src/lib/search/analyze.ts), Pagefind finds and ranks the records, and the snippets are cut here
 * from each record's own text.
 *
 * Nothing loads until the first search (or `preload`): Pagefind's script, its WebAssembly and the
 * glossary terms are fetched then, the index chunks as queries need them, and a record's fragment
 * only when it is among the hits shown.
 */
import { analyze, highlight, normalizeQuery, snippet, type SearchLang } from '../../lib/search/analyze.ts';
import { expand, type TermEntry } from '../../lib/search/expand.ts';
import { decodeMeta } from './meta-code.ts';

export type { SearchLang };
export type SearchKind = 'text' | 'glossary' | 'references';

export interface SearchFilters {
  lang?: SearchLang[];
  article?: string[];
  kind?: SearchKind[];
}

export interface SearchHit {
  /** /ru/articles/{slug}/#p-12, or a page's URL. */
  url: string;
  /** Edition title, glossary label or page title. */
  title: string;
  articleTitle?: string;
  lang: SearchLang;
  kind: SearchKind;
  /** The paragraph's number as printed ("12", "7a"), for text hits. */
  para?: string;
  /** A window of the record's text, with the matched words' ranges. */
  snippet: { text: string; marks: [number, number][] };
}

export interface SearchResponse {
  query: string;
  /** The glossary entries the query named, whose labels were searched too. */
  also: { id: string; labels: Record<SearchLang, string> }[];
  hits: SearchHit[];
  /** Hits found in all, of which `hits` are the first `limit`. */
  total: number;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** Other languages after the page's own; `filters.lang` narrows them. */
  allLanguages?: boolean;
  /** Hits returned (and fragments loaded); 20 unless given. */
  limit?: number;
  /**
   * A search the reader has typed past is aborted: it rejects with the signal's reason once
   * Pagefind answers, before any fragment is fetched for hits no one will see.
   */
  signal?: AbortSignal;
}

const LANGS: readonly SearchLang[] = ['en', 'ru', 'kk', 'uz'];
const BUNDLE = '/pagefind/';

interface PagefindData {
  url: string;
  raw_url?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_OPTIONS = {
  // Result URLs are the records' own, site-absolute.
  baseUrl: '/',
  // The analyser has folded what should fold (ё, Kazakh letters); Pagefind's own folding of
  // diacritics would merge what it keeps apart (й and и).
  exactDiacritics: true,
};

/**
 * One bundle per language (src/integrations/search-index.ts): the first language searched is
 * Pagefind's primary index, the others are merged into it when a search first needs them, and
 * share its WebAssembly.
 */
interface Loaded {
  pagefind: Promise<Pagefind>;
  bundles: Map<SearchLang, Promise<void>>;
  terms: Promise<TermEntry[]>;
}
let loading: Loaded | undefined;

function start(primary: SearchLang): Loaded {
  // A file of the built site, not a module of the bundle: Vite must leave the import alone.
  const script = `${BUNDLE}${primary}/pagefind.js`;
  const pagefind = (import(/* @vite-ignore */ script) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({
      ...PAGEFIND_OPTIONS,
      // Pagefind's worker is 12 KB more to fetch before the first result, to keep off the main
      // thread a search that takes about 10 ms at this index's size (npm run bench:search).
      // An option of the loader only: merged indexes would warn of it as unknown.
      noWorker: true,
    });
    await pf.init();
    return pf;
  });
  // In parallel: Pagefind's start (its WebAssembly, metadata) must not wait for the terms.
  const terms = fetch(`${BUNDLE}terms.json`).then((r) => {
    if (!r.ok) throw new Error(`${BUNDLE}terms.json: HTTP ${r.status}`);
    return r.json() as Promise<TermEntry[]>;
  });
  const current: Loaded = { pagefind, terms, bundles: new Map([[primary, pagefind.then(() => undefined)]]) };
  // A failed load (offline, a deploy under way) is tried again by the next search.
  Promise.all([pagefind, terms]).catch(() => {
    if (loading === current) loading = undefined;
  });
  return current;
}

async function load(langs: readonly SearchLang[]): Promise<{ pagefind: Pagefind; terms: TermEntry[] }> {
  const current = (loading ??= start(langs[0]!));
  for (const lang of langs) {
    if (current.bundles.has(lang)) continue;
    const merged = current.pagefind.then((pf) => pf.mergeIndex(`${BUNDLE}${lang}/`, PAGEFIND_OPTIONS));
    current.bundles.set(lang, merged);
    // Not kept when it failed, so that the next search tries again.
    merged.catch(() => current.bundles.get(lang) === merged && current.bundles.delete(lang));
  }
  const [pagefind, terms] = await Promise.all([current.pagefind, current.terms, ...langs.map((l) => current.bundles.get(l))]);
  return { pagefind, terms };
}

/** Starts loading the page language's index without searching: call it when a search box gets focus. */
export function preload(pageLang: SearchLang): Promise<void> {
  return load([pageLang]).then(() => undefined);
}

/** The languages searched, the page's first. */
export function searchLanguages(pageLang: SearchLang, options: SearchOptions = {}): SearchLang[] {
  const wanted = options.filters?.lang ?? (options.allLanguages ? LANGS : [pageLang]);
  return [pageLang, ...LANGS.filter((l) => l !== pageLang)].filter((l) => wanted.includes(l));
}

/** Pagefind filters for one language: a list is `any` (a plain array would require every value). */
function pagefindFilters(lang: SearchLang, filters: SearchFilters = {}): Record<string, { any: string[] }> {
  return {
    lang: { any: [lang] },
    ...(filters.article?.length ? { article: { any: filters.article } } : {}),
    ...(filters.kind?.length ? { kind: { any: filters.kind } } : {}),
  };
}

interface Found {
  result: PagefindResult;
  lang: SearchLang;
  score: number;
  /** Tokens of every search that found it, for the highlight. */
  tokens: Set<string>;
}

export async function search(query: string, pageLang: SearchLang, options: SearchOptions = {}): Promise<SearchResponse> {
  const q = query.trim();
  if (!q) return { query, also: [], hits: [], total: 0 };
  const langs = searchLanguages(pageLang, options);
  if (langs.length === 0) return { query, also: [], hits: [], total: 0 };
  const { pagefind, terms } = await load(langs);
  options.signal?.throwIfAborted();
  const also = expand(q, pageLang, terms);

  // One search per language and phrase: stemming is per language, and a hit's language must be
  // known before its fragment is loaded, to put the page's language first. The phrases are the
  // query as that language reads it and the labels of the glossary entries it names.
  const runs: { lang: SearchLang; tokens: string[] }[] = [];
  for (const lang of langs) {
    const seen = new Set<string>();
    // The query as typed runs too when normalizeQuery read it as Uzbek Cyrillic: Тоқаев on a Russian
    // page may be Kazakh (Тоқаев) as well as Uzbek (Toqayev). Equal readings run once (seen).
    for (const text of [normalizeQuery(q, lang), q, ...also.map((e) => e.labels[lang])]) {
      const tokens = analyze(text, lang);
      const key = tokens.join(' ');
      if (!key || seen.has(key)) continue;
      seen.add(key);
      runs.push({ lang, tokens });
    }
  }
  const answers = await Promise.all(runs.map((r) => pagefind.search(r.tokens.join(' '), { filters: pagefindFilters(r.lang, options.filters) })));
  options.signal?.throwIfAborted();

  const found = new Map<string, Found>();
  answers.forEach((answer, i) => {
    const { lang, tokens } = runs[i]!;
    for (const result of answer?.results ?? []) {
      const f = found.get(result.id);
      if (!f) found.set(result.id, { result, lang, score: result.score, tokens: new Set(tokens) });
      else {
        f.score = Math.max(f.score, result.score);
        tokens.forEach((t) => f.tokens.add(t));
      }
    }
  });
  const rank = (l: SearchLang) => langs.indexOf(l);
  const ordered = [...found.values()].sort((a, b) => rank(a.lang) - rank(b.lang) || b.score - a.score);
  const shown = ordered.slice(0, Math.max(0, options.limit ?? 20));
  const hits = await Promise.all(shown.map((f) => toHit(f)));
  return { query, also, hits, total: ordered.length };
}

async function toHit({ result, lang, tokens }: Found): Promise<SearchHit> {
  const data = await result.data();
  const meta = Object.fromEntries(Object.entries(data.meta).map(([k, v]) => [k, decodeMeta(v)]));
  const url = data.raw_url ?? data.url;
  const kind = (data.filters.kind?.[0] ?? 'text') as SearchKind;
  const text = meta.text ?? '';
  const para = kind === 'text' ? /#p-([^#]+)$/.exec(url)?.[1] : undefined;
  const articleTitle = meta.articleTitle ?? (kind === 'glossary' ? undefined : meta.title);
  return {
    url,
    title: meta.title ?? '',
    ...(articleTitle !== undefined && { articleTitle }),
    lang,
    kind,
    ...(para !== undefined && { para }),
    snippet: snippet(text, highlight(text, lang, [...tokens])),
  };
}
