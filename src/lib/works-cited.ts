/**
 * The works cited across the collection, in plain TypeScript (no Astro imports): the references of
 * every article merged into works, each with every place that cites it.
 *
 * Two references are the same work when their DOIs match; when not both have a DOI, when the
 * first author's family name, the year and the title match after normalisation (case,
 * punctuation, whitespace, the Uzbek apostrophe variants, ё/е). No transliteration between
 * Cyrillic and Latin: no pair in the data needs it, and loose transliteration would join different
 * authors whose names it happens to map together.
 */
import { buildReferenceList, type CitationOccurrence, type CslLike } from './references.ts';
import { compareIn } from './collation.ts';

/** The part of a CSL-JSON item this module reads (the site's `Reference` satisfies it). */
export interface CslWork {
  id: string;
  type: string;
  title?: string | undefined;
  author?: { family?: string | undefined; given?: string | undefined; literal?: string | undefined }[] | undefined;
  editor?: { family?: string | undefined; given?: string | undefined; literal?: string | undefined }[] | undefined;
  issued?: { 'date-parts'?: (number | string)[][] | undefined; literal?: string | undefined } | undefined;
  DOI?: string | undefined;
  URL?: string | undefined;
  edition?: unknown;
  'container-title'?: string | undefined;
  publisher?: string | undefined;
  language?: string | undefined;
  custom: { printed: { line: number; text: string }[]; display: string };
}

/** One place where a work is cited: a reference in an article's list. */
export interface Citing<T extends CslWork> {
  /** Slug of the citing article. */
  article: string;
  /** The reference's CSL id in that article's references.json. */
  reference: string;
  /** The reference as printed in the source (more than one when the source printed it twice). */
  printed: { line: number; text: string }[];
  csl: T;
}

export interface Work<T extends CslWork> {
  /** Unique across the collection (a reference id, with `-2`… when two different works share it). */
  id: string;
  /** The item that describes the work: the fullest of its citings' items. */
  csl: T;
  /** Every reference that cites it, in the order of the articles, then of their lists. */
  citings: Citing<T>[];
}

export interface ArticleReferences<T extends CslWork> {
  article: string;
  /** In printed order. */
  references: readonly T[];
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/** Apostrophe-like marks: Uzbek texts write the ʻ of oʻ/gʻ and the tutuq belgisi ʼ with any of them. */
const APOSTROPHES = /[ʻʼ'‘’`´ʹ]/gu;

/**
 * The form in which two spellings of one title or name compare equal: lower case, ё as е,
 * apostrophes dropped (O'zbekiston = Oʻzbekiston = O’zbekiston), every other punctuation mark or
 * symbol a space, runs of spaces one.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(APOSTROPHES, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `https://doi.org/10.1/ABC` and `10.1/abc` are one DOI (DOIs are case-insensitive). */
export function normalizeDoi(doi: string): string {
  return doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase();
}

/** The year of `issued`, from its date parts or a four-digit year in its literal form. */
export function yearOf(csl: Pick<CslWork, 'issued'>): string | undefined {
  const part = csl.issued?.['date-parts']?.[0]?.[0];
  if (part !== undefined && String(part).trim() !== '') return String(part).trim();
  return csl.issued?.literal?.match(/\b\d{4}\b/)?.[0];
}

/** The first author's family name, or the name of a corporate author (`literal`). */
export function firstAuthor(csl: Pick<CslWork, 'author'>): string | undefined {
  const a = csl.author?.[0];
  return a?.family ?? a?.literal;
}

// ---------------------------------------------------------------------------------------------
// Identity

/**
 * Whether two items are the same work. Two different DOIs are two works whatever the titles say
 * (a reprint, a translation); two different years or editions of a book are two works.
 */
export function sameWork(a: CslWork, b: CslWork): boolean {
  if (a.DOI !== undefined && b.DOI !== undefined) return normalizeDoi(a.DOI) === normalizeDoi(b.DOI);
  if (a.edition !== undefined && b.edition !== undefined && normalizeText(String(a.edition)) !== normalizeText(String(b.edition)))
    return false;
  const [ta, tb] = [a.title, b.title].map((t) => normalizeText(t ?? ''));
  if (!ta || ta !== tb) return false;
  const [ya, yb] = [yearOf(a), yearOf(b)];
  if (ya !== yb) return false;
  const [fa, fb] = [firstAuthor(a), firstAuthor(b)].map((f) => normalizeText(f ?? ''));
  if (fa !== fb) return false;
  // With neither an author nor a year, a title alone ("News", "Database") names too little:
  // the two must also come from the same place.
  if (!fa && ya === undefined) {
    const where = (c: CslWork) => normalizeText(c.URL ?? c['container-title'] ?? c.publisher ?? '');
    return where(a) !== '' && where(a) === where(b);
  }
  return true;
}

/**
 * How fully an item describes the work. A `page` on a whole book is the place the citing article
 * pointed to, not part of the work, so such an item loses to one without it.
 */
function fullness(csl: CslWork): number {
  const fields = Object.keys(csl).filter((k) => k !== 'id' && k !== 'custom' && k !== 'citation-number').length;
  const pinpoint = 'page' in csl && ['book', 'report', 'thesis'].includes(csl.type) ? 1 : 0;
  return fields - pinpoint;
}

/**
 * Merges the references of every article into works, in the order of first citation. A reference
 * joins the first work one of whose citings is the same work and none of whose citings has a
 * different DOI (so that a DOI-less item cannot chain two different DOIs into one work).
 */
export function mergeWorks<T extends CslWork>(articles: readonly ArticleReferences<T>[]): Work<T>[] {
  const works: Work<T>[] = [];
  for (const { article, references } of articles)
    for (const csl of references) {
      const citing: Citing<T> = { article, reference: csl.id, printed: csl.custom.printed, csl };
      const work = works.find(
        (w) =>
          w.citings.some((c) => sameWork(c.csl, csl)) &&
          !w.citings.some((c) => c.csl.DOI !== undefined && csl.DOI !== undefined && normalizeDoi(c.csl.DOI) !== normalizeDoi(csl.DOI)),
      );
      if (work) {
        work.citings.push(citing);
        if (fullness(csl) > fullness(work.csl)) work.csl = csl;
      } else works.push({ id: csl.id, csl, citings: [citing] });
    }
  // Ids last, so that the first work to use an id keeps it.
  const used = new Set<string>();
  for (const w of works) {
    let id = w.id;
    for (let n = 2; used.has(id); n++) id = `${w.id}-${n}`;
    used.add(id);
    w.id = id;
  }
  return works;
}

/**
 * The CSL style of the list per reader's language: the conventions of the journals' readers, APA
 * in English, GOST in the post-Soviet languages.
 */
export const worksCitedStyle = { en: 'apa', ru: 'gost-2018', kk: 'gost-2018', uz: 'gost-2018' } as const;

// ---------------------------------------------------------------------------------------------
// Order

/** Uzbek oʻ and gʻ written with another apostrophe file where the ones written with ʻ do. */
const filingForm = (s: string) => s.normalize('NFC').replace(/([OoGg])[ʼ'‘’`]/gu, '$1ʻ');

/** What a work files under: the first author's family name (or corporate name), else the title. */
export function sortKey(csl: Pick<CslWork, 'author' | 'title'>): string {
  return filingForm(firstAuthor(csl) ?? csl.title ?? '');
}

/**
 * What a work files under in a list that shows it as `shown` (the formatted entry as text): the
 * first of author, editor and title that the entry begins with, so that the order and the letter
 * headings follow what the reader sees. APA begins a law with its title and an edited book with
 * its editor, GOST begins an edited book with its title. When the entry begins with none of them
 * (or is not given), `sortKey`: the entry's own beginning may be a URL.
 */
export function filingKey(csl: Pick<CslWork, 'author' | 'editor' | 'title'>, shown?: string): string {
  const start = normalizeText(shown ?? '');
  const editor = csl.editor?.[0]?.family ?? csl.editor?.[0]?.literal;
  for (const candidate of [firstAuthor(csl), editor, csl.title])
    if (candidate !== undefined && normalizeText(candidate) !== '' && start.startsWith(normalizeText(candidate))) return filingForm(candidate);
  return sortKey(csl);
}

/**
 * The works in `lang`'s alphabetical order by `key` (by default `sortKey`), then by year, then by
 * title. The key is a name or a title, never the whole entry: the collator ignores spaces and
 * punctuation, so "Nye, J." compared as a whole would file after "Nyeberg, A.".
 */
export function sortWorks<T extends CslWork>(
  works: readonly Work<T>[],
  lang: string,
  key: (work: Work<T>) => string = (w) => sortKey(w.csl),
): Work<T>[] {
  const compare = compareIn(lang);
  return [...works].sort(
    (a, b) =>
      compare(key(a), key(b)) ||
      compare(yearOf(a.csl) ?? '', yearOf(b.csl) ?? '') ||
      compare(a.csl.title ?? '', b.csl.title ?? ''),
  );
}

// ---------------------------------------------------------------------------------------------
// Links back and language

/** Where a work's citing article sends a reader of one language: the edition page and its list. */
export interface EditionLink {
  /** The edition page in the reader's language (which may show the original as a fallback). */
  href: string;
  /** The title of the edition that page shows. */
  title: string;
  /** The language of that edition. */
  lang: string;
  /** The language of the article's printed reference list. */
  listLang: string;
  /** Reference id → id of its item on that page. */
  anchors: ReadonlyMap<string, string>;
}

/**
 * The id of each reference's item in an edition's reference list (`ref-N` or `ref-{id}`), as the
 * edition page computes it from the citation markers of that edition.
 */
export function referenceAnchors<T extends CslLike>(
  references: readonly T[],
  citations: readonly CitationOccurrence[],
  map: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const item of buildReferenceList(references, citations, map).items)
    if (item.kind === 'reference') anchors.set(item.csl.id, item.anchor);
  return anchors;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The language of a work's text: its CSL `language`; else Russian when its title or author is in
 * Cyrillic; else `fallback` (the language of the printed list that cites it).
 */
export function languageOf(csl: Pick<CslWork, 'language' | 'title' | 'author'>, fallback: string): string {
  if (typeof csl.language === 'string' && csl.language !== '') return csl.language;
  const text = [csl.title ?? '', ...(csl.author ?? []).map((a) => a.family ?? a.literal ?? '')].join(' ');
  return CYRILLIC.test(text) ? 'ru' : fallback;
}

/** The item as a CSL processor takes it: under the work's id, without our `custom` and the list number. */
export function formattable(work: Work<CslWork>): { id: string; type: string; [field: string]: unknown } {
  const { custom: _custom, 'citation-number': _number, ...rest } = work.csl as CslWork & { 'citation-number'?: unknown };
  return { ...rest, id: work.id };
}
