/**
 * The whole glossary as downloadable files: JSON (everything, for programs), CSV (one row per
 * entry, for spreadsheets) and TBX (for terminology and translation tools). Plain TypeScript so
 * that the tests can run it on the YAML files without Astro.
 *
 * None of the files carries a date or anything else that changes between two builds of the same
 * content: the build must be reproducible, and a download that changes only when the glossary
 * does can be compared with an older copy.
 *
 * Entries are always written sorted by id (code-unit order, not a locale's collation, so that the
 * order does not depend on the ICU data of the machine that builds).
 *
 * JSON: { title, format: "glossary/1", site?, languages, entries: [{ id, type, labels,
 * authorLabels, variants, definitions, sources, related, exactCase, url? }] }: every field of the YAML, and
 * with meta.entryUrl each entry's page per language.
 *
 * TBX (TBX-Basic, DCA style): one conceptEntry per entry (id = entry id; subjectField = type;
 * a crossReference per related entry); per language a langSec with the definition and its
 * sources (descripGrp), the label as preferred term and the variants as admitted terms; Uzbek
 * Cyrillic and Kazakh Latin variants in langSecs of their own (uz-Cyrl, kk-Latn).
 *
 * CSV columns, in this order:
 *   id                         the entry's stable id (English, kebab-case)
 *   type                       concept | organisation | programme | document | event | place
 *   label_en … label_uz        preferred term in en, ru, kk (Kazakh Cyrillic), uz (Uzbek Latin)
 *   variants_en … variants_uz  other forms in that language, joined with " | "
 *   definition_en … definition_uz
 *   related                    ids of related entries, joined with " "
 *   sources                    paragraphs the definition draws on, as article#paragraph, joined with " "
 */
import { create } from 'xmlbuilder2';
import { stringify } from 'csv-stringify/sync';
import type { ContentLanguage, GlossaryEntry } from '../content.config.ts';

/** Label keys in the order every file lists them. A local copy: importing the schema's would load Astro. */
export const GLOSSARY_LANGUAGES = ['en', 'ru', 'kk', 'uz'] as const satisfies readonly ContentLanguage[];

export interface GlossaryExportMeta {
  title: string;
  /** Absolute site origin; without it URLs stay site-relative and the TBX has no links to pages. */
  siteUrl?: string;
  /** The entry's page in a language (site-relative or absolute). */
  entryUrl?: (lang: ContentLanguage, id: string) => string;
  /** Deliberately impossible: a build date would make every build's files differ. */
  generated?: never;
}

/** Changes only when the JSON's shape does, so that a consumer can refuse a shape it does not know. */
export const GLOSSARY_JSON_FORMAT = 'glossary/1';

/** Kept in one place so that the doc comment above, the writer and the tests agree. */
export const GLOSSARY_CSV_COLUMNS = [
  'id',
  'type',
  ...GLOSSARY_LANGUAGES.map((l) => `label_${l}`),
  ...GLOSSARY_LANGUAGES.map((l) => `variants_${l}`),
  ...GLOSSARY_LANGUAGES.map((l) => `definition_${l}`),
  'related',
  'sources',
] as const;

export const CSV_LIST_SEPARATOR = ' | ';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

/** The package's index does not export its builder interface. */
type XMLBuilder = ReturnType<typeof create>;

/** Sorted copy; a repeated id would make two TBX elements share an XML ID and is refused. */
function prepare(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  sorted.forEach((e, i) => {
    if (i > 0 && sorted[i - 1]!.id === e.id) throw new Error(`glossary export: two entries have the id "${e.id}"`);
  });
  return sorted;
}

function absolute(url: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(url, siteUrl).href : url;
}

// ---------------------------------------------------------------------------------------------
// JSON

export function glossaryToJson(entries: readonly GlossaryEntry[], meta: GlossaryExportMeta): string {
  const { entryUrl, siteUrl } = meta;
  const out = {
    title: meta.title,
    format: GLOSSARY_JSON_FORMAT,
    ...(siteUrl ? { site: siteUrl } : {}),
    languages: GLOSSARY_LANGUAGES,
    entries: prepare(entries).map((e) => ({
      // Written field by field so that the key order is fixed by this code, not by the YAML.
      id: e.id,
      type: e.type,
      labels: Object.fromEntries(GLOSSARY_LANGUAGES.map((l) => [l, e.labels[l]])),
      authorLabels: e.authorLabels,
      variants: Object.fromEntries(GLOSSARY_LANGUAGES.flatMap((l) => (e.variants[l] ? [[l, e.variants[l]]] : []))),
      definitions: Object.fromEntries(GLOSSARY_LANGUAGES.map((l) => [l, e.definitions[l]])),
      sources: e.sources.map((s) => ({ article: s.article, paragraph: s.paragraph })),
      related: e.related,
      exactCase: e.exactCase,
      ...(entryUrl ? { url: Object.fromEntries(GLOSSARY_LANGUAGES.map((l) => [l, absolute(entryUrl(l, e.id), siteUrl)])) } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// CSV

export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  for (const e of entries)
    for (const l of GLOSSARY_LANGUAGES)
      for (const v of e.variants[l] ?? [])
        // The joined cell could not be split back into the same forms.
        if (v.includes(CSV_LIST_SEPARATOR.trim()))
          throw new Error(`glossary export: variant "${v}" of "${e.id}" contains "|", the CSV list separator`);
  const rows = prepare(entries).map((e) => [
    e.id,
    e.type,
    ...GLOSSARY_LANGUAGES.map((l) => e.labels[l]),
    ...GLOSSARY_LANGUAGES.map((l) => (e.variants[l] ?? []).join(CSV_LIST_SEPARATOR)),
    ...GLOSSARY_LANGUAGES.map((l) => e.definitions[l]),
    e.related.join(' '),
    e.sources.map((s) => `${s.article}#${s.paragraph}`).join(' '),
  ]);
  return stringify([[...GLOSSARY_CSV_COLUMNS], ...rows], {
    // Excel (and LibreOffice on some systems) reads a CSV without a BOM in the legacy code page
    // (Windows-1251/1252), which turns every Cyrillic letter and ʻ ʼ into mojibake; the BOM is
    // how they recognise UTF-8. Programs that parse CSV properly skip it.
    bom: true,
    // RFC 4180 ends records with CRLF.
    record_delimiter: 'windows',
    // With an explicit record_delimiter, csv-stringify would quote a field only for CRLF, not
    // for a bare LF; a definition with a line break would then split its row.
    quote_record_delimiter: true,
  });
}

// ---------------------------------------------------------------------------------------------
// TBX (ISO 30042:2019, dialect TBX-Basic, DCA style)

/**
 * The LTAC TBX-Basic schemas: a processing instruction, not an element, so XML editors can
 * validate the file and terminology tools ignore it.
 */
const TBX_BASIC_MODELS = [
  'href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"',
  'href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"',
];

/** xml:lang of each language section. The site's `uz` is Uzbek in Latin script; TBX tools match on the tag. */
export const TBX_LANG = { en: 'en', ru: 'ru', kk: 'kk', uz: 'uz-Latn' } as const satisfies Record<ContentLanguage, string>;
/** The other script of a language, for variants written in it. */
export const TBX_OTHER_SCRIPT = { kk: 'kk-Latn', uz: 'uz-Cyrl' } as const;

const AUTHOR_LABEL_NOTE = 'Author-provided: this is the article authors’ own translation of the keyword.';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Which language section a form belongs in. Variants carry the other script of Uzbek and Kazakh
 * (Ўзбекистон, Qazaqstan), and a tool must not offer those as Uzbek-Latin or Kazakh-Cyrillic
 * terms. A form mixing both scripts (C5+1 форматы) is a form of the main script's text.
 *
 * A Latin-only Kazakh form that is also one of the entry's English forms (Coursera, IT Towns,
 * One Million Programmers) is a name the Kazakh texts print untranslated inside Cyrillic text,
 * not a Kazakh Latin spelling, so it stays under kk. Uzbek has no such exception: Uzbek
 * Cyrillic shares its loanwords with Russian (дипломатия, Россия), so agreeing with a Russian
 * form says nothing about which language a Cyrillic form is.
 */
export function tbxLangOf(entry: GlossaryEntry, lang: ContentLanguage, form: string): string {
  if (lang === 'uz' && CYRILLIC.test(form) && !LATIN.test(form)) return TBX_OTHER_SCRIPT.uz;
  if (lang === 'kk' && LATIN.test(form) && !CYRILLIC.test(form)) {
    const english = [entry.labels.en, ...(entry.variants.en ?? [])].map((s) => s.toLowerCase());
    if (!english.includes(form.toLowerCase())) return TBX_OTHER_SCRIPT.kk;
  }
  return TBX_LANG[lang];
}

/**
 * TBX-Basic's term types are fullForm, acronym, abbreviation, shortForm, variant, phrase. The
 * data says only "label" or "variant", so a form without lower-case letters and with at least two
 * letters (UNDP, ШОС, U.S., AQSH) is taken for an abbreviation; acronym vs abbreviation is not
 * distinguished. Other variants are inflected forms and spellings: "variant".
 */
export function tbxTermType(form: string, isLabel: boolean): 'fullForm' | 'abbreviation' | 'variant' {
  const letters = form.match(/\p{L}/gu) ?? [];
  if (letters.length >= 2 && !/\p{Ll}/u.test(form)) return 'abbreviation';
  return isLabel ? 'fullForm' : 'variant';
}

/** The id becomes an XML ID; a kebab id may start with a digit, which XML does not allow. */
function checkXmlId(id: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9._-]*$/.test(id))
    throw new Error(`glossary export: "${id}" cannot be a TBX conceptEntry id (an XML ID must start with a letter)`);
}

interface TbxTerm {
  form: string;
  isLabel: boolean;
  authorLabel: boolean;
  url?: string;
}

function addTermSec(langSec: XMLBuilder, t: TbxTerm): void {
  // Order fixed by TBX-Basic: term, then every termNote, then notes and references.
  const sec = langSec.ele('termSec');
  sec.ele('term').txt(t.form);
  sec.ele('termNote', { type: 'administrativeStatus' }).txt(t.isLabel ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts');
  sec.ele('termNote', { type: 'termType' }).txt(tbxTermType(t.form, t.isLabel));
  // The note is in English whatever the language section's language.
  if (t.authorLabel) sec.ele('note', { 'xml:lang': 'en' }).txt(AUTHOR_LABEL_NOTE);
  if (t.url) sec.ele('xref', { type: 'externalCrossReference', target: t.url }).txt(t.url);
}

export function glossaryToTbx(entries: readonly GlossaryEntry[], meta: GlossaryExportMeta): string {
  const sorted = prepare(entries);
  const ids = new Set(sorted.map((e) => e.id));
  const byId = new Map(sorted.map((e) => [e.id, e]));
  for (const e of sorted) {
    checkXmlId(e.id);
    // A cross-reference target is an XML IDREF: one that points nowhere makes the file invalid.
    for (const r of e.related)
      if (!ids.has(r)) throw new Error(`glossary export: "${e.id}" is related to "${r}", which is not in the glossary`);
  }
  const { entryUrl, siteUrl } = meta;
  // TBX-Basic accepts only http(s) URLs in xref, so page links need the site's origin.
  const pageUrl = (lang: ContentLanguage, id: string): string | undefined => {
    if (!entryUrl) return undefined;
    const url = absolute(entryUrl(lang, id), siteUrl);
    return /^https?:\/\//.test(url) ? url : undefined;
  };

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  for (const model of TBX_BASIC_MODELS) doc.ins('xml-model', model);
  const tbx = doc.ele(TBX_NAMESPACE, 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });

  const fileDesc = tbx.ele('tbxHeader').ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt(meta.title);
  if (siteUrl) fileDesc.ele('publicationStmt').ele('p').txt(`Published at ${siteUrl}`);
  const sourceDesc = fileDesc.ele('sourceDesc');
  sourceDesc
    .ele('p')
    .txt(
      `Exported from the site’s glossary files (content/glossary/*.yaml${siteUrl ? `, published at ${siteUrl}` : ''}): ` +
        'the same data as its glossary pages and its CSV and JSON downloads. One concept entry per glossary ' +
        'entry; its id is the entry’s stable id, its subject field the entry’s type (concept, organisation, ' +
        'programme, document, event or place).',
    );
  sourceDesc
    .ele('p')
    .txt(
      'Languages: English (en), Russian (ru), Kazakh in Cyrillic (kk) and Uzbek in Latin script (uz-Latn), ' +
        'each with a definition and a preferred term; admitted terms are the inflected forms, abbreviations and ' +
        'spellings readers meet in the articles. Uzbek forms in Cyrillic script are under uz-Cyrl, Kazakh forms ' +
        'in Latin script under kk-Latn.',
    );
  sourceDesc
    .ele('p')
    .txt(
      'A preferred term with a note saying so is the article authors’ own translation of their keyword; all ' +
        'other terms and every definition are the editors’. A definition’s sources are the paragraphs it draws ' +
        'on, written article#paragraph (the article’s slug and the paragraph’s id on the site).',
    );

  const body = tbx.ele('text').ele('body');
  for (const e of sorted) {
    // Order fixed by TBX-Basic: concept-level data first, then the language sections.
    const concept = body.ele('conceptEntry', { id: e.id });
    concept.ele('descrip', { type: 'subjectField' }).txt(e.type);
    for (const r of e.related) concept.ele('ref', { type: 'crossReference', target: r }).txt(byId.get(r)!.labels.en);

    const sections = new Map<string, { lang: ContentLanguage; terms: TbxTerm[] }>();
    const section = (tag: string, lang: ContentLanguage) => {
      let s = sections.get(tag);
      if (!s) sections.set(tag, (s = { lang, terms: [] }));
      return s;
    };
    for (const l of GLOSSARY_LANGUAGES) {
      const url = pageUrl(l, e.id);
      // Created here, in this order, so the main section always exists and comes before its other script's.
      section(TBX_LANG[l], l).terms.push({ form: e.labels[l], isLabel: true, authorLabel: e.authorLabels.includes(l), ...(url ? { url } : {}) });
      const seen = new Set([e.labels[l]]);
      for (const v of e.variants[l] ?? []) {
        if (seen.has(v)) continue;
        seen.add(v);
        section(tbxLangOf(e, l, v), l).terms.push({ form: v, isLabel: false, authorLabel: false });
      }
    }
    const order = GLOSSARY_LANGUAGES.flatMap((l) => [TBX_LANG[l], ...(l === 'kk' || l === 'uz' ? [TBX_OTHER_SCRIPT[l]] : [])]);
    for (const tag of order) {
      const s = sections.get(tag);
      if (!s) continue;
      const langSec = concept.ele('langSec', { 'xml:lang': tag });
      // The definition is in the main script only; the other script's section has terms alone.
      if (tag === TBX_LANG[s.lang]) {
        const grp = langSec.ele('descripGrp');
        grp.ele('descrip', { type: 'definition' }).txt(e.definitions[s.lang]);
        for (const src of e.sources) grp.ele('admin', { type: 'source' }).txt(`${src.article}#${src.paragraph}`);
      }
      for (const t of s.terms) addTermSec(langSec, t);
    }
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}
