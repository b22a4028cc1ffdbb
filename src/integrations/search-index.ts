/**
 * The search index (docs/search.md), written into dist/pagefind/ when the build is done.
 *
 * Records are read back from the built HTML rather than from the MDX, so that what is found is
 * exactly what a reader sees: the paragraph as rendered, without the editorial apparatus around it.
 * Each record's content is the analyser's tokens, not the text: Pagefind only stores and ranks them.
 * The text itself travels in the record's meta, for the client to cut snippets from.
 *
 * Registered last in astro.config.mjs: it reads pages the other integrations have checked, and the
 * URL manifest leaves /pagefind/ alone (src/lib/url-manifest.ts urlOfFile), since its chunk names
 * change with every build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { locales, type LocaleLang } from '../i18n/locales.ts';
import { analyze } from '../lib/search/analyze.ts';
import { termsFromGlossary } from '../lib/search/expand.ts';
import { loadGlossary } from '../lib/load-glossary.ts';
import { writeBrotliCopies } from '../lib/search/brotli-copies.ts';
import { encodeMeta } from '../scripts/search/meta-code.ts';

/**
 * Each language's records make their own Pagefind bundle, dist/pagefind/{lang}/, so that a first
 * query downloads one language's metadata and index chunks rather than four; the client merges the
 * other bundles in when the reader asks for other languages (Pagefind's mergeIndex, which reuses the
 * WebAssembly already loaded). Every record goes into one Pagefind language, "und" (BCP 47:
 * undetermined): a code Pagefind has no stemmer or word segmenter for, so it loads its
 * language-neutral WebAssembly and indexes the tokens as given, lower-cased. Its only other
 * normalisation, folding diacritics, happens at query time and the client turns it off
 * (exactDiacritics, src/scripts/search/engine.ts).
 */
export const indexLanguage = 'und';

export type RecordKind = 'text' | 'glossary' | 'references';

export interface SearchRecord {
  url: string;
  lang: LocaleLang;
  kind: RecordKind;
  article?: string;
  title: string;
  /** Only where it is not the title itself (citation pages). */
  articleTitle?: string;
  /** What the reader is shown: the snippet is cut from it. */
  text: string;
  /** What is analysed and indexed; the text, or more (a glossary entry's label and forms). */
  indexed: string;
}

/**
 * Apparatus that is not the text: the paragraph number, note markers and the side-notes they open,
 * citation markers ([3]), labels of who wrote a block, reference back-links, screen-reader
 * prefixes. A reader searching the edition looks for its words, not for these.
 */
const skipped = ['block-link', 'ann-ref', 'title-ann-ref', 'sidenote', 'cite', 'provenance-label', 'backlinks', 'visually-hidden'];
const blocks = new Set(['p', 'div', 'section', 'figure', 'figcaption', 'caption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'br']);
const closing = /^\s*[.,;:!?)\]»”]/;

const classesOf = (el: Element): string[] => {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : c ? String(c).split(/\s+/) : [];
};

const isSkipped = (el: Element) => classesOf(el).some((c) => skipped.includes(c)) || el.properties.ariaHidden === 'true';

function opensWithSkipped(node: ElementContent | Root['children'][number] | undefined): boolean {
  if (node?.type !== 'element') return false;
  if (isSkipped(node)) return true;
  return opensWithSkipped(node.children.find((c) => c.type === 'element' || (c.type === 'text' && c.value.trim() !== '')));
}

/** The text of an element as a reader sees it, without the apparatus, on one line. */
export function textOf(node: Element | Root): string {
  let out = '';
  // After a removed marker, "word [3]." must come out as "word.", not "word .".
  let afterSkip = false;
  const walk = (children: readonly (ElementContent | Root['children'][number])[]) => {
    let cell = 0;
    for (const [i, child] of children.entries()) {
      if (child.type === 'text') {
        let s = child.value;
        // The comma of a run of markers, "[4],[5]", goes with them.
        if (afterSkip && /^[\s,;]*$/.test(s) && opensWithSkipped(children[i + 1])) continue;
        if (afterSkip && closing.test(s)) {
          out = out.trimEnd();
          s = s.trimStart();
        }
        out += s;
        afterSkip = false;
      } else if (child.type === 'element') {
        if (isSkipped(child)) {
          afterSkip = true;
          continue;
        }
        const tag = child.tagName;
        const isCell = tag === 'td' || tag === 'th';
        // A table row reads "a · b · c"; other blocks are only kept apart.
        const gap = isCell ? (cell++ ? ' · ' : ' ') : blocks.has(tag) ? ' ' : '';
        out += gap;
        walk(child.children);
        out += gap && ' ';
      }
    }
  };
  walk(node.children);
  return out.replace(/\s+/g, ' ').trim();
}

const langOfPath = new Map<string, LocaleLang>(locales.map((l) => [l.path, l.lang]));
const attr = (el: Element | undefined, name: string): string | undefined => {
  const v = el?.properties[name];
  return typeof v === 'string' ? v : undefined;
};
const hasClass = (el: Element, c: string) => classesOf(el).includes(c);

/**
 * The outermost elements under `node` that `match`, in document order. A walk rather than CSS
 * selectors (hast-util-select): on an edition page, selecting took longer than parsing.
 */
function findAll(node: Root | Element, match: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children)
    if (child.type === 'element') {
      if (match(child)) out.push(child);
      else findAll(child, match, out);
    }
  return out;
}

function find(node: Root | Element | undefined, match: (el: Element) => boolean): Element | undefined {
  if (!node) return undefined;
  for (const child of node.children)
    if (child.type === 'element') {
      const hit = match(child) ? child : find(child, match);
      if (hit) return hit;
    }
  return undefined;
}

/** The page's <main>: the head, the site header and footer hold nothing to index. */
function parseMain(html: string): Root {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start >= 0 && end > start ? fromHtml(html.slice(start, end + '</main>'.length), { fragment: true }) : fromHtml(html);
}

/** The paragraphs (and tables, list items) of an edition page, then its reference list. */
export function editionRecords(html: string, path: string, slug: string): SearchRecord[] {
  const lang = langOfPath.get(path)!;
  const tree = parseMain(html);
  const titleEl = find(tree, (el) => el.tagName === 'h1' && hasClass(el, 'edition-title'));
  if (!titleEl) throw new Error('no h1.edition-title');
  const title = textOf(titleEl);
  const page = `/${path}/articles/${slug}/`;
  const records: SearchRecord[] = [];
  const body = find(tree, (el) => hasClass(el, 'edition-body'));
  for (const block of body ? findAll(body, (el) => hasClass(el, 'block') && attr(el, 'id') !== undefined) : []) {
    const text = textOf(block);
    if (text) records.push({ url: `${page}#${attr(block, 'id')}`, lang, kind: 'text', article: slug, title, text, indexed: text });
  }
  const references = find(tree, (el) => el.tagName === 'section' && hasClass(el, 'references'));
  const items = references ? findAll(references, (el) => el.tagName === 'li' && hasClass(el, 'ref') && attr(el, 'id') !== undefined) : [];
  // A missing reference is the editors' note that the list has none, not a work to find.
  for (const item of items.filter((el) => !hasClass(el, 'ref-missing'))) {
    const text = textOf(find(item, (el) => hasClass(el, 'ref-text')) ?? item);
    if (text) records.push({ url: `${page}#${attr(item, 'id')}`, lang, kind: 'references', article: slug, title, text, indexed: text });
  }
  return records;
}

/**
 * A glossary entry: found by its label and its forms in the page's language (a Kazakh entry also by
 * its Latin spellings), shown with its definition. The labels in other languages are reached
 * through the client's expansion instead (terms.json).
 */
export function glossaryRecord(html: string, path: string, id: string): SearchRecord | undefined {
  const lang = langOfPath.get(path)!;
  const entry = find(parseMain(html), (el) => el.tagName === 'article' && hasClass(el, 'gl-entry'));
  if (!entry) return undefined;
  const label = textOf(find(entry, (el) => el.tagName === 'h1') ?? entry);
  const definition = find(entry, (el) => hasClass(el, 'gl-definition'));
  const text = definition ? textOf(definition) : '';
  const forms = findAll(entry, (el) => el.tagName === 'ul' && hasClass(el, 'gl-forms'))
    .filter((ul) => {
      const l = attr(ul, 'lang') ?? '';
      return l === lang || l.startsWith(`${lang}-`);
    })
    .flatMap((ul) => findAll(ul, (el) => el.tagName === 'li').map((li) => textOf(li)));
  return { url: `/${path}/glossary/${id}/`, lang, kind: 'glossary', title: label, text, indexed: [label, ...forms, text].join(' \n ') };
}

/** A citation page: found by its heading and the article's bibliographic data, shown with one reference. */
export function citeRecord(html: string, path: string, slug: string): SearchRecord | undefined {
  const lang = langOfPath.get(path)!;
  const page = find(parseMain(html), (el) => hasClass(el, 'cite-page'));
  if (!page) return undefined;
  const title = textOf(find(page, (el) => el.tagName === 'h1') ?? page);
  const up = find(page, (el) => hasClass(el, 'cite-up'));
  const articleTitle = up ? textOf(up) : '';
  // The first style of each section: the article as published, and (for a translation) this edition.
  const firstRef = (section: Element) => find(section, (el) => hasClass(el, 'cite-ref'));
  const sections = findAll(page, (el) => el.tagName === 'section');
  const refs = sections.map(firstRef).filter((r): r is Element => r !== undefined).map((r) => textOf(r));
  const own = sections.find((el) => String(el.properties.ariaLabelledBy) === 'cite-edition');
  const ownRef = own && firstRef(own);
  const text = ownRef ? textOf(ownRef) : (refs[0] ?? '');
  return { url: `/${path}/articles/${slug}/cite/`, lang, kind: 'references', article: slug, title, ...(articleTitle ? { articleTitle } : {}), text, indexed: [title, articleTitle, ...new Set(refs)].join(' \n ') };
}

const subdirs = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);

/** Every record of a built site. */
export function siteRecords(out: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  const read = (...p: string[]) => {
    const file = join(out, ...p, 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  for (const { path } of locales) {
    for (const slug of subdirs(join(out, path, 'articles'))) {
      const edition = read(path, 'articles', slug);
      if (edition === undefined) continue;
      try {
        records.push(...editionRecords(edition, path, slug));
        const cite = read(path, 'articles', slug, 'cite');
        const c = cite === undefined ? undefined : citeRecord(cite, path, slug);
        if (c) records.push(c);
      } catch (e) {
        throw new Error(`search index: /${path}/articles/${slug}/: ${(e as Error).message}`);
      }
    }
    for (const id of subdirs(join(out, path, 'glossary'))) {
      const html = read(path, 'glossary', id);
      const r = html === undefined ? undefined : glossaryRecord(html, path, id);
      if (r) records.push(r);
    }
  }
  return records;
}

/**
 * What Pagefind stores. Pagefind 1.6 indexes every meta field as searchable words, so the meta is
 * what the client shows and nothing else, hidden from the index (../scripts/search/meta-code.ts);
 * language, kind and article are filters, and the paragraph number is in the URL.
 */
export function customRecord(r: SearchRecord): pagefind.CustomRecord {
  const meta: Record<string, string> = { title: r.title, text: r.text, ...(r.articleTitle ? { articleTitle: r.articleTitle } : {}) };
  return {
    url: r.url,
    content: analyze(r.indexed, r.lang).join(' '),
    language: indexLanguage,
    meta: Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, encodeMeta(v)])),
    filters: { lang: [r.lang], kind: [r.kind], ...(r.article ? { article: [r.article] } : {}) },
  };
}

/**
 * A token Pagefind would not index as it is: with a character it strips or splits at, or a capital
 * (which it lowers, and reads as the start of a compound). The client's tokens and the index's
 * would then differ.
 */
export const changedByPagefind = (token: string): boolean => !/^[\p{Alphabetic}\p{N}]+$/u.test(token) || token !== token.toLowerCase();

/**
 * Pagefind's bundle for its own UIs, which the site does not use (src/scripts/search/engine.ts has
 * its own), and its worker, which the engine turns off (noWorker).
 */
const unusedBundleFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$|^pagefind-worker\.js$/;

const fail = (what: string, errors: readonly string[]): never => {
  throw new Error(`search index: ${what} failed; the site has no search without it:\n${errors.map((e) => `  ${e}`).join('\n')}`);
};

/**
 * Writes one Pagefind bundle per language of `records` into `bundle`/{lang} (dist/pagefind/en/, …),
 * and terms.json into `bundle`.
 * Returns the tokens Pagefind would index differently from the analyser, for a warning.
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  bundle: string,
  glossaryDir: string,
): Promise<{ changed: string[]; analyseMs: number; pagefindMs: number }> {
  const started = performance.now();
  const custom = records.map((r) => customRecord(r));
  const changed = new Set<string>();
  for (const r of custom) for (const t of r.content.split(' ')) if (t && changedByPagefind(t)) changed.add(t);
  const analysed = performance.now();
  // Pagefind's service leaves a request unanswered when its process dies (a panic on a path it
  // cannot write): Node would then exit in silence, with the build half done. An empty event loop
  // while the index is being written is that case, and fails the build instead.
  let stalled: () => void = () => {};
  const died = new Promise<never>((_, reject) => {
    stalled = () => reject(new Error('the Pagefind service stopped without answering (its own message, if any, is above)'));
    process.once('beforeExit', stalled);
  });
  const run = async () => {
    rmSync(bundle, { recursive: true, force: true });
    mkdirSync(bundle, { recursive: true });
    const byLang = new Map<string, pagefind.CustomRecord[]>();
    custom.forEach((r, i) => {
      const lang = records[i]!.lang;
      const list = byLang.get(lang);
      if (list) list.push(r);
      else byLang.set(lang, [r]);
    });
    for (const [lang, langRecords] of byLang) {
      const out = join(bundle, lang);
      const { index, errors } = await pagefind.createIndex({ forceLanguage: indexLanguage, writePlayground: false });
      if (!index || errors.length) return fail('starting Pagefind', errors);
      const problems: string[] = [];
      // The service answers requests concurrently; batches keep its queue short.
      for (let i = 0; i < langRecords.length; i += 200) {
        const batch = langRecords.slice(i, i + 200);
        const added = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
        added.forEach((a, k) => {
          if (a.errors.length) problems.push(`${batch[k]!.url}: ${a.errors.join('; ')}`);
        });
      }
      if (problems.length) fail('indexing', problems.slice(0, 20));
      const written = await index.writeFiles({ outputPath: out });
      if (written.errors.length) fail(`writing ${out}`, written.errors);
      await index.deleteIndex();
      const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      const count = entry.languages[indexLanguage]?.page_count;
      if (count !== langRecords.length) fail(`writing ${out}`, [`pagefind-entry.json lists ${count ?? 'no'} records under "${indexLanguage}", ${langRecords.length} were added`]);
      for (const f of readdirSync(out)) if (unusedBundleFiles.test(f)) rmSync(join(out, f));
    }
    writeFileSync(join(bundle, 'terms.json'), JSON.stringify(termsFromGlossary(loadGlossary(glossaryDir))));
    await writeBrotliCopies(bundle);
  };
  try {
    await Promise.race([run(), died]);
    return { changed: [...changed], analyseMs: analysed - started, pagefindMs: performance.now() - analysed };
  } catch (e) {
    const message = (e as Error).message;
    // Pagefind's own errors (its binary missing, a full disk) say nothing of the build step.
    return message.startsWith('search index:') ? Promise.reject(e as Error) : fail(`writing ${bundle}`, [message]);
  } finally {
    process.off('beforeExit', stalled);
    died.catch(() => {});
    await pagefind.close();
  }
}

export interface SearchIndexOptions {
  glossary?: string;
}

export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const glossaryDir = options.glossary ?? 'content/glossary';
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const records = siteRecords(out);
        if (!records.some((r) => r.kind === 'text')) fail('reading the editions', [`no paragraphs found in ${join(out, '{lang}', 'articles', '*', 'index.html')}`]);
        const read = performance.now();
        const { changed, analyseMs, pagefindMs } = await writeSearchIndex(records, join(out, 'pagefind'), glossaryDir);
        if (changed.length)
          logger.warn(`${changed.length} token(s) that Pagefind indexes differently from the analyser (src/lib/search/analyze.ts), so queries for them miss: ${changed.slice(0, 10).join(' ')}`);
        const kinds = new Map<string, number>();
        for (const r of records) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
        // The bench (scripts/bench/search.ts) reads this line.
        const ms = (x: number) => `${Math.round(x)} ms`;
        logger.info(
          `${records.length} records (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}) in ${ms(performance.now() - started)}: reading the pages ${ms(read - started)}, analysing ${ms(analyseMs)}, Pagefind ${ms(pagefindMs)}`,
        );
      },
    },
  };
}
