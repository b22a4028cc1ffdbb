/**
 * The search page (/{lang}/search/): runs the query of the form through the engine
 * (./engine.ts, docs/search.md) and shows the results. The query and the filters live in the
 * address (?q=…&all=1&lang=ru&article=…&kind=glossary), so a search is a link and a reload keeps it;
 * results follow the typing, and only the count is announced, once typing pauses.
 *
 * Every keystroke searches at once, with no debounce: a search costs a few milliseconds once the
 * index is loaded, and one the reader has typed past is aborted before its fragments are fetched
 * (engine.ts, `signal`), so only the last query's hits cost requests.
 *
 * Everything the reader typed, and everything the index returns, reaches the page as text nodes:
 * never as HTML, so a query like <img onerror=…> is shown as the characters it is.
 */
import { preload, search } from './engine.ts';

type SearchResponse = Awaited<ReturnType<typeof search>>;
type Hit = SearchResponse['hits'][number];
type Lang = Hit['lang'];
type Kind = Hit['kind'];

const LANGS: readonly Lang[] = ['en', 'ru', 'kk', 'uz'];
const KINDS: readonly Kind[] = ['text', 'glossary', 'references'];
/** A phrase worth searching is far shorter; a pasted page is cut rather than sent whole. */
export const MAX_QUERY = 200;
/** Each hit shown costs a fragment request (about 1 KB); more come on asking. */
const PAGE_SIZE = 10;
/** The count is spoken when typing pauses, not at every key. */
const ANNOUNCE_MS = 700;

interface Strings {
  countOne: string;
  countOther: string;
  countNone: string;
  paragraph: string;
  error: string;
  langs: Record<Lang, string>;
  kinds: Record<Kind, string>;
}

export interface State {
  q: string;
  /** Other languages included (allLanguages). */
  all: boolean;
  /** With `all`: the languages ticked. */
  langs: Lang[];
  article: string;
  kind: Kind | '';
}

/** Cut by characters, not UTF-16 units, so an emoji at the cut is not split in half. */
export function clampQuery(q: string): string {
  const chars = Array.from(q);
  return chars.length > MAX_QUERY ? chars.slice(0, MAX_QUERY).join('') : q;
}

const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);
const isKind = (s: string): s is Kind => (KINDS as readonly string[]).includes(s);

/** The state a URL asks for; anything unknown in it is ignored rather than trusted. */
export function stateFromParams(p: URLSearchParams): State {
  const langs = p.getAll('lang').filter(isLang);
  const kind = p.get('kind') ?? '';
  return {
    q: clampQuery(p.get('q') ?? ''),
    all: p.get('all') === '1',
    langs: langs.length > 0 ? [...new Set(langs)] : [...LANGS],
    article: p.get('article') ?? '',
    kind: isKind(kind) ? kind : '',
  };
}

/** Only what differs from the defaults, so a plain query stays ?q=… */
export function paramsFromState(s: State): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q !== '') p.set('q', s.q);
  if (s.all) {
    p.set('all', '1');
    if (s.langs.length < LANGS.length) for (const l of s.langs) p.append('lang', l);
  }
  if (s.article !== '') p.set('article', s.article);
  if (s.kind !== '') p.set('kind', s.kind);
  return p;
}

/**
 * The hit's URL with the query for the edition to mark (?hl=), before the fragment, so the
 * browser still scrolls to the paragraph: /ru/articles/x/?hl=мягкая%20сила#p-12.
 */
export function withHighlight(url: string, q: string): string {
  const hash = url.indexOf('#');
  if (hash < 0 || q.trim() === '') return url;
  const base = url.slice(0, hash);
  return `${base}${base.includes('?') ? '&' : '?'}hl=${encodeURIComponent(q.trim())}${url.slice(hash)}`;
}

/** A query with no letter or digit finds nothing; it is not worth loading the index for. */
const searchable = (q: string) => /[\p{L}\p{N}]/u.test(q);
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

if (typeof document !== 'undefined') setUp();

function setUp() {
  const form = document.querySelector('form[data-search-form]');
  const input = form?.querySelector('input[data-search-input]');
  const results = document.querySelector('[data-search-results]');
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !(results instanceof HTMLElement)) return;
  // Narrowed once here: the closures below would otherwise see the unnarrowed types.
  const box = input;
  const region = results;
  const pageLang = (region.dataset.lang ?? 'en') as Lang;
  const strings = JSON.parse(region.dataset.strings ?? '{}') as Strings;
  const need = <T extends Element>(selector: string, root: ParentNode = region) => root.querySelector(selector) as T;
  const heading = need<HTMLElement>('[data-search-heading]');
  const status = need<HTMLElement>('[data-search-status]');
  const also = need<HTMLElement>('[data-search-also]');
  const alsoTerms = need<HTMLElement>('[data-search-also-terms]');
  const list = need<HTMLOListElement>('[data-search-list]');
  const none = need<HTMLElement>('[data-search-none]');
  const moreWrap = need<HTMLElement>('[data-search-more-wrap]');
  const more = need<HTMLButtonElement>('[data-search-more]');
  const allBox = need<HTMLInputElement>('[data-search-all]', form);
  const langBox = need<HTMLElement>('[data-search-langs]', form);
  const langInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="lang"]')];
  const article = need<HTMLSelectElement>('select[name="article"]', form);
  const details = need<HTMLDetailsElement>('[data-search-details]', form);
  const kinds = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const plural = new Intl.PluralRules(document.documentElement.lang);

  function readForm(): State {
    const kind = kinds.find((k) => k.checked)?.value ?? '';
    return {
      q: clampQuery(box.value),
      all: allBox.checked,
      langs: langInputs.filter((i) => i.checked).map((i) => i.value).filter(isLang),
      article: article.value,
      kind: isKind(kind) ? kind : '',
    };
  }

  function writeForm(s: State) {
    box.value = s.q;
    allBox.checked = s.all;
    for (const i of langInputs) i.checked = s.langs.includes(i.value as Lang);
    // An article the site no longer has leaves the select at "all articles".
    article.value = [...article.options].some((o) => o.value === s.article) ? s.article : '';
    for (const k of kinds) k.checked = k.value === s.kind;
    langBox.hidden = !s.all;
    // A filter that narrows the results is never folded out of sight.
    if (article.value !== '' || s.kind !== '') details.open = true;
  }

  function syncAddress(s: State) {
    const query = paramsFromState(s).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
    // The same search in the other languages' pages, from the language switcher.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.language-switcher a[href]')) {
      const target = new URL(a.href, location.href);
      target.search = query;
      a.href = target.pathname + target.search;
    }
  }

  function countText(n: number): string {
    if (n === 0) return strings.countNone;
    return (plural.select(n) === 'one' ? strings.countOne : strings.countOther).replace('{n}', String(n));
  }

  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  function announce(text: string, delay: number) {
    clearTimeout(announceTimer);
    if (delay === 0) status.textContent = text;
    else announceTimer = setTimeout(() => (status.textContent = text), delay);
  }

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /** The snippet's text with its marked ranges in <mark>; a range overlapping the one before is clipped. */
  function appendMarked(parent: HTMLElement, snippet: Hit['snippet']) {
    const text = snippet.text;
    let at = 0;
    const marks = [...snippet.marks].sort((a, b) => a[0] - b[0]);
    for (const [rawStart, rawEnd] of marks) {
      const start = Math.max(at, Math.min(rawStart, text.length));
      const end = Math.min(Math.max(rawEnd, start), text.length);
      if (end <= start) continue;
      if (start > at) parent.append(text.slice(at, start));
      parent.append(el('mark', undefined, text.slice(start, end)));
      at = end;
    }
    if (at < text.length) parent.append(text.slice(at));
  }

  function hitItem(hit: Hit, q: string): HTMLLIElement {
    const other = hit.lang !== pageLang;
    const li = el('li', 'search-hit');
    const h = el('h3', 'search-hit-title');
    const link = el('a', 'search-hit-link');
    link.href = withHighlight(hit.url, q);
    if (other) link.hreflang = hit.lang;
    const title = el('span', undefined, hit.title);
    if (other) title.lang = hit.lang;
    link.append(title);
    if (hit.para) link.append(el('span', 'search-hit-para', ` · ${strings.paragraph.replace('{n}', hit.para)}`));
    h.append(link);
    li.append(h);

    const meta = el('p', 'search-hit-meta');
    const parts: Node[] = [];
    if (hit.articleTitle && hit.articleTitle !== hit.title) {
      const t = el('span', 'search-hit-article', hit.articleTitle);
      if (other) t.lang = hit.lang;
      parts.push(t);
    }
    parts.push(el('span', 'search-hit-lang', strings.langs[hit.lang] ?? hit.lang));
    parts.push(el('span', 'search-hit-kind', strings.kinds[hit.kind] ?? hit.kind));
    parts.forEach((p, i) => (i > 0 ? meta.append(' · ', p) : meta.append(p)));
    li.append(meta);

    if (hit.snippet?.text) {
      const snippet = el('p', 'search-hit-snippet');
      if (other) snippet.lang = hit.lang;
      appendMarked(snippet, hit.snippet);
      li.append(snippet);
    }
    return li;
  }

  /** The labels in the other languages that the search also ran: not the one the reader typed. */
  function showAlso(response: SearchResponse, q: string) {
    const typed = fold(q);
    const seen = new Set<string>([typed]);
    const terms: HTMLElement[] = [];
    for (const entry of response.also ?? []) {
      for (const l of LANGS) {
        const label = entry.labels?.[l];
        if (!label || seen.has(fold(label))) continue;
        seen.add(fold(label));
        const span = el('span', undefined, label);
        span.lang = l;
        terms.push(span);
      }
    }
    alsoTerms.replaceChildren();
    terms.forEach((t, i) => (i > 0 ? alsoTerms.append(' · ', t) : alsoTerms.append(t)));
    also.hidden = terms.length === 0;
  }

  function clear() {
    list.replaceChildren();
    also.hidden = true;
    none.hidden = true;
    moreWrap.hidden = true;
    heading.hidden = true;
  }

  let limit = PAGE_SIZE;
  let loaded = false;
  let running: AbortController | undefined;

  /** Runs the search of the form as it is now; `announceDelay` 0 when the reader is not typing. */
  async function run(announceDelay: number, focusFrom = -1) {
    const s = readForm();
    syncAddress(s);
    // Each run aborts the one before: a run whose signal is aborted has been typed past.
    running?.abort();
    const controller = (running = new AbortController());
    const q = s.q.trim();
    if (q === '') {
      region.removeAttribute('aria-busy');
      clear();
      announce('', 0);
      return;
    }
    heading.hidden = false;
    let response: SearchResponse = { query: q, also: [], hits: [], total: 0 };
    const noLanguage = s.all && s.langs.length === 0;
    if (searchable(q) && !noLanguage) {
      const filters: NonNullable<NonNullable<Parameters<typeof search>[2]>['filters']> = {};
      if (s.all && s.langs.length < LANGS.length) filters.lang = s.langs;
      if (s.article) filters.article = [s.article];
      if (s.kind) filters.kind = [s.kind];
      region.setAttribute('aria-busy', 'true');
      try {
        response = await search(q, pageLang, { filters, allLanguages: s.all, limit, signal: controller.signal });
        loaded = true;
      } catch (error) {
        if (controller.signal.aborted) return;
        region.removeAttribute('aria-busy');
        clear();
        heading.hidden = false;
        // Before the index has ever answered, the index is what failed; after, it is this query.
        announce(loaded ? strings.countNone : strings.error, 0);
        console.warn('search failed:', error);
        return;
      }
    }
    if (controller.signal.aborted) return;
    region.removeAttribute('aria-busy');
    const hits = response.hits ?? [];
    list.replaceChildren(...hits.map((h) => hitItem(h, q)));
    showAlso(response, q);
    const total = Math.max(response.total ?? hits.length, hits.length);
    moreWrap.hidden = total <= hits.length;
    none.hidden = hits.length > 0;
    announce(countText(total), announceDelay);
    if (focusFrom >= 0) list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')[focusFrom]?.focus();
  }

  box.addEventListener('input', () => {
    limit = PAGE_SIZE;
    void run(ANNOUNCE_MS);
  });
  // The reader is about to search: Pagefind's script, WebAssembly and this language's metadata
  // load while they type the first word. A failure here is the first search's to report.
  box.addEventListener('focus', () => void preload(pageLang).catch(() => {}), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(0);
  });
  form.addEventListener('change', (event) => {
    if (event.target === box) return;
    langBox.hidden = !allBox.checked;
    limit = PAGE_SIZE;
    void run(0);
  });
  more.addEventListener('click', () => {
    const shown = list.children.length;
    limit += PAGE_SIZE;
    void run(0, shown);
  });

  // Arrows walk the result links; Escape goes back to the box. Enter is the link's own.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey) return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[i + 1] : i === 0 ? box : all[i - 1];
      next?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      box.focus();
    }
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  if (initial.q.trim() !== '') void run(0);
  else syncAddress(readForm());
}
