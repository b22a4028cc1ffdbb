/**
 * Loads the content collections for the pages and ties them together per article. This is the
 * only module besides the pages that imports `astro:content`; the logic lives in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { cachedRenderEdition } from '../lib/edition-parts.ts';
import { remarkPlugins, rehypePlugins } from '../plugins/index.ts';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { checkConsistency } from '../lib/consistency.ts';
import { sortByLocale } from '../lib/editions.ts';
import { locales } from '../i18n/locales.ts';
import type { GlossaryEntry } from '../content.config.ts';
import type { Occurrence } from '../lib/glossary-view.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type EditionEntry = CollectionEntry<'editions'>;
export type ReferenceEntry = CollectionEntry<'references'>;

export interface ArticleBundle {
  article: ArticleEntry;
  /** Editions in locale order (en, ru, kk, uz). */
  editions: EditionEntry[];
  /** References in printed order. */
  references: ReferenceEntry['data']['csl'][];
}

const localeOrder = locales.map((l) => l.lang);

/** Articles in the order of their sources (file, then first line). */
function bySource(a: ArticleEntry, b: ArticleEntry): number {
  const [fa, fb] = [a.data.source.file, b.data.source.file];
  return fa === fb ? a.data.source.lines[0] - b.data.source.lines[0] : fa.localeCompare(fb);
}

/**
 * Ids of an article's references in the order of its references.json, which is the printed
 * order (the collection's store does not keep it). The collection has validated the file.
 */
function fileOrder(slug: string): string[] {
  const file = `content/articles/${slug}/references.json`;
  if (!existsSync(file)) return [];
  const items = JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown }[];
  return items.map((i) => String(i.id));
}

export const SOURCES_DIR = 'content/sources';

/** The raw source files that the site republishes under /sources/. */
export function sourceFiles(): string[] {
  return readdirSync(SOURCES_DIR).filter((f) => /^[\w.-]+\.txt$/.test(f)).sort();
}

export async function loadBundles(): Promise<ArticleBundle[]> {
  const [articles, editions, references] = await Promise.all([
    getCollection('articles'),
    getCollection('editions'),
    getCollection('references'),
  ]);
  return articles.sort(bySource).map((article) => {
    const order = fileOrder(article.id);
    return {
    article,
    editions: sortByLocale(
      editions.filter((e) => e.data.article === article.id),
      (e) => e.data.lang,
      localeOrder,
    ),
    references: references
      .filter((r) => r.data.article === article.id)
      .map((r) => r.data.csl)
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
    };
  });
}

/**
 * The cross-file rules of src/lib/consistency.ts, run at build time: a broken tie between files
 * stops the build with the file, the field and the fix.
 */
export async function assertConsistentContent(): Promise<void> {
  const [articles, editions, references] = await Promise.all([
    getCollection('articles'),
    getCollection('editions'),
    getCollection('references'),
  ]);
  const bySlug = new Map<string, string[]>();
  for (const r of references) bySlug.set(r.data.article, [...(bySlug.get(r.data.article) ?? []), r.data.csl.id]);
  const problems = checkConsistency({
    articles: articles.map((a) => ({ file: a.filePath ?? `content/articles/${a.id}/article.yaml`, data: a.data })),
    editions: editions.map((e) => ({ file: e.filePath ?? `content/articles/${e.id}.mdx`, data: e.data })),
    references: [...bySlug].map(([article, ids]) => ({ file: `content/articles/${article}/references.json`, data: { article, ids } })),
    sourceFiles: sourceFiles(),
  });
  if (problems.length) throw new Error(`Content is inconsistent:\n${problems.join('\n')}`);
}

/** Every glossary entry, in id order. */
export async function loadGlossaryEntries(): Promise<GlossaryEntry[]> {
  const entries = await getCollection('glossary');
  return entries.map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface EditionOccurrences {
  edition: EditionEntry;
  bundle: ArticleBundle;
  occurrences: Occurrence[];
}

let occurrencesCache: Promise<EditionOccurrences[]> | undefined;

/**
 * Every edition with the glossary occurrences that the glossary plugin recorded in it, in the
 * order of the articles. Each edition is rendered once per build (shared with the parallel views):
 * every entry page needs all of them.
 */
export function loadOccurrences(): Promise<EditionOccurrences[]> {
  occurrencesCache ??= (async () => {
    const bundles = await loadBundles();
    const out: EditionOccurrences[] = [];
    for (const bundle of bundles)
      for (const edition of bundle.editions) {
        const path = edition.filePath!;
        const { data } = await cachedRenderEdition(path, readFileSync(path, 'utf8'), { remarkPlugins, rehypePlugins });
        out.push({ edition, bundle, occurrences: (data.glossaryOccurrences ?? []) as Occurrence[] });
      }
    return out;
  })();
  return occurrencesCache;
}
