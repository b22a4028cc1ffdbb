/**
 * Every schema of the site's content. Imported by Astro (collections) and by the
 * content checker and tests (plain Node), so it imports only real modules, never `astro:content`.
 *
 * Error messages are written for the person editing the file: they say what to do.
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadReferences } from './lib/load-references.ts';

/** Content languages (BCP 47). Kazakh is `kk`; its URL path is `kz` (see src/i18n/locales.ts). */
export const contentLanguages = ['en', 'ru', 'kk', 'uz'] as const;
export const contentLanguage = z.enum(contentLanguages, {
  error: `must be one of ${contentLanguages.join(', ')} (Kazakh is "kk", Uzbek Latin is "uz")`,
});
export type ContentLanguage = z.infer<typeof contentLanguage>;

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII words joined by hyphens, e.g. "soft-power"');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD (quote it in YAML: "2025-04-23")');

/** A value per language; a language that the source does not give is simply absent. */
const perLanguage = <T extends z.ZodType>(value: T) => z.partialRecord(contentLanguage, value);

const personName = z.strictObject({
  family: z.string().min(1, 'give the family name as printed'),
  given: z.string().optional(),
  /** Patronymic as printed, e.g. "Tazabay kizi", "Gʻayrat oʻgʻli". */
  patronymic: z.string().optional(),
});

const author = z.strictObject({
  /** Name forms as the source prints them, per language. */
  names: perLanguage(personName).refine((v) => Object.keys(v).length > 0, 'give at least one name form'),
  /** Affiliation as printed, per language; absent when the source gives none. */
  affiliation: perLanguage(z.string()).optional(),
  email: z.email('write a plain e-mail address').optional(),
  corresponding: z.boolean().default(false),
});

/** Source lines that do not become edition text, each with the reason. */
const omission = z.strictObject({
  /** First and last source line (1-based, inclusive). */
  lines: z.tuple([z.int().positive(), z.int().positive()]),
  /** Only this text on those lines is omitted (e.g. a run-in label "Abstract:"); default: the whole lines. */
  text: z.string().optional(),
  reason: z.string().min(3, 'say why these lines are not part of the edition text'),
});

/** Rules that the checker may apply when it traces an edition back to its source. */
export const structuralRules = [
  'running-headers',
  'page-breaks',
  'hyphenation',
  'uzbek-apostrophes',
  'tracking-parameters',
  'escaped-underscores',
  'run-in-headings',
  'title-case',
] as const;

export const articleSchema = z.strictObject({
  /** The URL slug; must equal the folder name. ASCII, begins with the first author's surname. */
  slug: kebab,
  originalLanguage: contentLanguage,
  /** Titles as the source gives them, per language. */
  titles: perLanguage(z.string().min(1)),
  authors: z.array(author).min(1, 'list at least one author'),
  journal: z
    .strictObject({ title: z.string().optional(), url: z.url().optional() })
    .optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  year: z.int().min(1900).max(2100).optional(),
  dates: z
    .strictObject({ received: isoDate.optional(), accepted: isoDate.optional(), published: isoDate.optional() })
    .default({}),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'write the bare DOI, e.g. "10.51889/2959-6270.2026.94.2.010" (no https://doi.org/)')
    .optional(),
  classification: z.strictObject({ irsti: z.string().optional(), ftamp: z.string().optional() }).default({}),
  licence: z
    .strictObject({
      /** SPDX identifier when the printed statement names a licence unambiguously. */
      spdx: z.string().optional(),
      /** The statement exactly as printed. */
      asPrinted: z.string(),
      url: z.url().optional(),
    })
    .optional(),
  source: z.strictObject({
    /** File name in content/sources/. */
    file: z.string().regex(/^[\w.-]+\.txt$/, 'name a file in content/sources/, e.g. "001_918ded3bb7b39d11.txt"'),
    lines: z.tuple([z.int().positive(), z.int().positive()]),
    omit: z.array(omission).default([]),
    rules: z.array(z.enum(structuralRules)).default([]),
    /** Exact lines that are page furniture (running headers) and may appear anywhere in the range. */
    runningHeaders: z.array(z.string()).default([]),
  }),
  citations: z
    .strictObject({
      /** In-text marker number → reference id, where the printed numbers do not follow the list. */
      map: z.record(z.string().regex(/^\d+$/), kebab).default({}),
      /** References that the text never cites; the canonical edition explains this in a note at="references". */
      uncited: z.array(kebab).default([]),
    })
    .default({ map: {}, uncited: [] }),
});
export type Article = z.infer<typeof articleSchema>;

export const annotationKinds = ['emendation', 'unrecoverable', 'note'] as const;
export const annotationSchema = z
  .strictObject({
    id: kebab,
    /** emendation: the text was corrected; unrecoverable: kept as printed, meaning lost; note: editorial comment. */
    kind: z.enum(annotationKinds),
    category: z
      .enum([
        'ocr',
        'word-order',
        'omission',
        'duplicate',
        'citation',
        'reference',
        'fragment',
        'keywords',
        'punctuation',
        'spelling',
        'url',
        'metadata',
        'translation',
      ])
      .optional(),
    /** Where the note attaches: in the text (an <Ann id> element), the title, the whole article, the references. */
    at: z.enum(['text', 'title', 'article', 'references']).default('text'),
    /** The reading of the source, exactly as printed. */
    original: z.string().optional(),
    /** The new reading of this edition. */
    reading: z.string().optional(),
    reason: z.string().min(10, 'explain the change for the reader in a full sentence'),
    /** 1-based line in the source file. */
    line: z.int().positive().optional(),
    /** With at="references": the reference (CSL id) the note is about. */
    reference: kebab.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'emendation' && (a.original === undefined || a.reading === undefined))
      ctx.addIssue({ code: 'custom', message: `annotation "${a.id}": an emendation needs both "original" and "reading"` });
    if (a.kind === 'unrecoverable' && a.original === undefined)
      ctx.addIssue({ code: 'custom', message: `annotation "${a.id}": an unrecoverable passage needs "original"` });
  });
export type Annotation = z.infer<typeof annotationSchema>;

export const provenances = ['original', 'author-provided', 'editorial-translation'] as const;

export const editionSchema = z
  .strictObject({
    /** Slug of the article (folder name). */
    article: kebab,
    lang: contentLanguage,
    title: z.string().min(1),
    provenance: z.enum(provenances),
    /**
     * In a translated edition, the parts that are the authors' own text in this language, copied
     * verbatim from the source lines given: `title`, `keywords` and block ids (`p-2`). Everything
     * else in the edition is the editorial translation. Provenance is per block, not per page.
     */
    authorProvided: z
      .strictObject({
        parts: z
          .array(z.union([z.enum(['title', 'keywords']), z.string().regex(/^p-[1-9]\d*[a-z]?$/, 'a block id such as "p-2" (or "p-7a")')]))
          .min(1, 'list the parts the authors wrote: title, keywords or block ids such as p-2'),
        lines: z.tuple([z.int().positive(), z.int().positive()]),
      })
      .optional(),
    /** Keywords exactly as printed in this language; empty when the source gives none. */
    keywords: z.array(z.string().min(1)).default([]),
    annotations: z.array(annotationSchema).default([]),
  })
  .superRefine((e, ctx) => {
    if (e.authorProvided && e.provenance === 'original')
      ctx.addIssue({ code: 'custom', path: ['authorProvided'], message: 'the original edition is all the authors\' text: remove authorProvided' });
    const seen = new Set<string>();
    for (const a of e.annotations) {
      if (seen.has(a.id))
        ctx.addIssue({ code: 'custom', path: ['annotations'], message: `annotation id "${a.id}" is used twice; give each a unique id` });
      seen.add(a.id);
    }
  });
export type Edition = z.infer<typeof editionSchema>;

const cslName = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
});
const cslDate = z.looseObject({
  'date-parts': z.array(z.array(z.union([z.int(), z.string()])).min(1)).optional(),
  literal: z.string().optional(),
});

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), plus our `custom`. */
export const referenceSchema = z.looseObject({
  id: kebab,
  type: z.string().min(1, 'give the CSL type, e.g. "book", "article-journal", "webpage", "legislation"'),
  title: z.string().optional(),
  author: z.array(cslName).optional(),
  editor: z.array(cslName).optional(),
  'container-title': z.string().optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  issued: cslDate.optional(),
  accessed: cslDate.optional(),
  volume: z.union([z.string(), z.int()]).optional(),
  issue: z.union([z.string(), z.int()]).optional(),
  page: z.string().optional(),
  'number-of-pages': z.union([z.string(), z.int()]).optional(),
  DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'write the bare DOI without https://doi.org/').optional(),
  URL: z.url().optional(),
  language: z.string().optional(),
  'citation-number': z.int().positive().optional(),
  custom: z.strictObject({
    /** The reference exactly as printed, with its source line; two or more when duplicates were merged. */
    printed: z
      .array(z.strictObject({ line: z.int().positive(), text: z.string().min(1) }))
      .min(1, 'copy the printed reference and its source line'),
    /** The printed reference as this edition shows it (tracking parameters and escapes cleaned). */
    display: z.string().min(1),
  }),
});
export type Reference = z.infer<typeof referenceSchema>;

export const glossaryTypes = ['concept', 'organisation', 'programme', 'document', 'event', 'place'] as const;

const nonEmpty = z.string().trim().min(1);

/** One glossary entry, content/glossary/{id}.yaml; every language is required. */
export const glossaryEntrySchema = z.strictObject({
  /** Stable id: English, kebab-case; equals the file name. Never changes once published. */
  id: kebab,
  type: z.enum(glossaryTypes),
  /** Preferred label per language (Kazakh Cyrillic, Uzbek Latin with ʻ U+02BB / ʼ U+02BC). */
  labels: z.strictObject({ en: nonEmpty, ru: nonEmpty, kk: nonEmpty, uz: nonEmpty }),
  /** Which labels are the authors' own keyword translations (003, 004), not this project's. */
  authorLabels: z.array(contentLanguage).default([]),
  /** Other forms readers type or meet: inflections, abbreviations, spelling variants, other scripts. */
  variants: perLanguage(z.array(nonEmpty)).default({}),
  /** One to three sentences per language, grounded in how these articles use the term. */
  definitions: z.strictObject({ en: nonEmpty, ru: nonEmpty, kk: nonEmpty, uz: nonEmpty }),
  /** The paragraphs the definition draws on. */
  sources: z
    .array(z.strictObject({ article: kebab, paragraph: z.string().regex(/^p-[1-9]\d*[a-z]?$/, 'write the paragraph id as "p-12" (or "p-7a")') }))
    .min(1, 'name at least one paragraph the definition draws on'),
  related: z.array(kebab).default([]),
  /**
   * Languages in which the entry's forms match only as written, capital letter included: Kazakh
   * «Наурыз» is the festival, «наурыз» the month of March.
   */
  exactCase: z.array(contentLanguage).default([]),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/article.yaml', base: './content/articles', generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: articleSchema,
  }),
  editions: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './content/articles', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: editionSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
    schema: glossaryEntrySchema,
  }),
  references: defineCollection({
    loader: async () => loadReferences('./content/articles', referenceSchema),
    schema: z.object({ article: kebab, csl: referenceSchema }),
  }),
};
