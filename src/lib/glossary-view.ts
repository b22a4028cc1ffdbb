/**
 * What the glossary pages show, computed from the entries and from the occurrences that the
 * glossary plugin records in each edition: short definitions, variant forms by language and script,
 * groups by type, the concordance (keyword in context) and an edition's own list of terms.
 */
import { glossaryTypes, type GlossaryEntry } from '../content.config.ts';
import { sortIn } from './collation.ts';

export type GlossaryLang = 'en' | 'ru' | 'kk' | 'uz';
export type GlossaryType = (typeof glossaryTypes)[number];

/**
 * One occurrence of an entry in an edition, as the glossary plugin (src/plugins/rehype-glossary-terms.ts)
 * records it in the file's data (`glossaryOccurrences`). Declared here, where the pages read it.
 */
export interface Occurrence {
  /** Id of the glossary entry. */
  id: string;
  /** Id of the enclosing block (`p-12`), or '' for text outside the numbered blocks. */
  block: string;
  /** The occurrence as written in the edition. */
  text: string;
  /**
   * Reading text of the block before and after the occurrence (no permalink number, note markers or
   * side notes), whitespace collapsed, cut at a word boundary to at most `context` characters.
   * `before + text + after` reads as the passage; a cut side carries no ellipsis.
   */
  before: string;
  after: string;
  /** Whether this occurrence is the link of its section (the first in it). */
  linked: boolean;
}

/*
 * A full stop ends a sentence unless it follows an initial or a short abbreviation ("J. Nye",
 * "Дж. Ная", "т. е.", "e.g."), and only when a capital letter, digit or opening quote follows.
 */
const ABBREVIATION = /(?:^|[\s(«“"])(?:\p{L}{1,2}|\p{L}\.\p{L}|e\.g|i\.e|etc|cf|vs|ст|см|гг?|т\.\s?е|т\.\s?к|т\.\s?д|т\.\s?п|др|им|млн|млрд|тыс|жж?|мас|va\sh\.k|h\.k|mln|mlrd)$/iu;

/** The first sentence of a definition: the "short definition" of lists and popovers. */
export function firstSentence(text: string): string {
  const t = text.trim();
  const end = /[.!?…](?=[»”’")\]]*\s+[\p{Lu}\p{N}«“"(])/gu;
  for (let m = end.exec(t); m; m = end.exec(t)) {
    const head = t.slice(0, m.index);
    if (m[0] === '.' && ABBREVIATION.test(head)) continue;
    const close = t.slice(m.index + 1).match(/^[»”’")\]]*/u)![0];
    return t.slice(0, m.index + 1 + close.length);
  }
  return t;
}

export type Script = 'Latn' | 'Cyrl';

/** The script a language is written in on this site (Kazakh in Cyrillic, Uzbek in Latin). */
export const defaultScript: Record<GlossaryLang, Script> = { en: 'Latn', ru: 'Cyrl', kk: 'Cyrl', uz: 'Latn' };

/** The script of a form: the script of its letters (Latin or Cyrillic), or undefined when it has neither. */
export function scriptOf(form: string): Script | undefined {
  if (/\p{Script=Cyrillic}/u.test(form)) return 'Cyrl';
  if (/\p{Script=Latin}/u.test(form)) return 'Latn';
  return undefined;
}

export interface VariantGroup {
  lang: GlossaryLang;
  /** Set when the forms are not in the language's usual script (Kazakh in Latin, Uzbek in Cyrillic). */
  script: Script | undefined;
  /** BCP 47 tag for the forms, with the script when it is not the usual one (`kk-Latn`, `uz-Cyrl`). */
  tag: string;
  forms: string[];
}

/**
 * An entry's variant forms, by language (in `langs` order). Kazakh and Uzbek are each written in two
 * alphabets, so their forms in the other one (Kazakh in Latin, Uzbek in Cyrillic) form a group of
 * their own, marked with its script. Russian and English are not split: a Latin name in a Russian
 * text (IT Park) is still Russian usage, not another way of writing Russian.
 */
export function variantGroups(entry: Pick<GlossaryEntry, 'variants'>, langs: readonly GlossaryLang[]): VariantGroup[] {
  const out: VariantGroup[] = [];
  for (const lang of langs) {
    const forms = entry.variants[lang] ?? [];
    if (forms.length === 0) continue;
    const usual: string[] = [];
    const other: string[] = [];
    for (const f of forms) {
      const s = scriptOf(f);
      const marked = (lang === 'kk' || lang === 'uz') && s !== undefined && s !== defaultScript[lang];
      (marked ? other : usual).push(f);
    }
    if (usual.length) out.push({ lang, script: undefined, tag: lang, forms: usual });
    if (other.length) {
      const script = defaultScript[lang] === 'Latn' ? 'Cyrl' : 'Latn';
      out.push({ lang, script, tag: `${lang}-${script}`, forms: other });
    }
  }
  return out;
}

/** Entries grouped by type, in the fixed order of the schema's types, each group in `lang`'s alphabetical order. */
export function groupByType<E extends Pick<GlossaryEntry, 'type' | 'labels'>>(
  entries: readonly E[],
  lang: GlossaryLang,
): { type: GlossaryType; entries: E[] }[] {
  return glossaryTypes
    .map((type) => ({ type, entries: sortIn(entries.filter((e) => e.type === type), (e) => e.labels[lang], lang) }))
    .filter((g) => g.entries.length > 0);
}

/** Longest context shown on either side of the keyword in a concordance line. */
export const CONTEXT_CHARS = 80;

/** The end of `text` that fits in `max` characters, cut at a word boundary, with "…" where it was cut. */
export function tailOf(text: string, max = CONTEXT_CHARS): string {
  const t = text.replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(t.length - max);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < max / 2 ? cut.slice(space + 1) : cut}`;
}

/** The start of `text` that fits in `max` characters, cut at a word boundary, with "…" where it was cut. */
export function headOf(text: string, max = CONTEXT_CHARS): string {
  const t = text.replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export interface ConcordanceLine {
  block: string;
  before: string;
  keyword: string;
  after: string;
}

export interface ConcordanceGroup<A> {
  article: A;
  lines: ConcordanceLine[];
}

/**
 * The keyword-in-context lines of entry `id`, grouped by edition (in the order given), each line
 * in text order. Occurrences outside a numbered block cannot be linked and are left out.
 */
export function concordance<A>(
  id: string,
  editions: readonly { article: A; occurrences: readonly Occurrence[] }[],
): ConcordanceGroup<A>[] {
  return editions
    .map(({ article, occurrences }) => ({
      article,
      lines: occurrences
        .filter((o) => o.id === id && o.block !== '')
        .map((o) => ({ block: o.block, before: tailOf(o.before), keyword: o.text, after: headOf(o.after) })),
    }))
    .filter((g) => g.lines.length > 0);
}

/** The number of occurrences of `id` in each language's editions (languages without any are left out). */
export function occurrenceCounts(
  id: string,
  editions: readonly { lang: string; occurrences: readonly Occurrence[] }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of editions) {
    const n = e.occurrences.filter((o) => o.id === id && o.block !== '').length;
    if (n > 0) counts.set(e.lang, (counts.get(e.lang) ?? 0) + n);
  }
  return counts;
}

/** The entries that occur in an edition (each once), in `lang`'s alphabetical order of their labels. */
export function editionEntries<E extends Pick<GlossaryEntry, 'id' | 'labels'>>(
  occurrences: readonly Pick<Occurrence, 'id'>[],
  entries: readonly E[],
  lang: GlossaryLang,
): E[] {
  const ids = new Set(occurrences.map((o) => o.id));
  return sortIn(
    entries.filter((e) => ids.has(e.id)),
    (e) => e.labels[lang],
    lang,
  );
}

/**
 * Everything a reader may type to find an entry, for the index's filter: the labels and variants
 * in all four languages, each once, with its language. The filter script folds case, diacritics
 * and apostrophes itself, so the forms stay as written (it shows the one that matched).
 */
export function searchForms(entry: Pick<GlossaryEntry, 'labels' | 'variants'>): { lang: GlossaryLang; form: string }[] {
  const seen = new Set<string>();
  const out: { lang: GlossaryLang; form: string }[] = [];
  for (const lang of ['en', 'ru', 'kk', 'uz'] as const)
    for (const form of [entry.labels[lang], ...(entry.variants[lang] ?? [])])
      if (!seen.has(form)) {
        seen.add(form);
        out.push({ lang, form });
      }
  return out;
}

/** `searchForms` as the filter script reads it from `data-forms`: one `lang:form` per line. */
export const serializeForms = (forms: { lang: string; form: string }[]) => forms.map((f) => `${f.lang}:${f.form}`).join('\n');
