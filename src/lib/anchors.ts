/**
 * The paragraph-anchor guarantee: readers cite `/ru/articles/{slug}/#p-12`, so every paragraph id
 * an edition has published stays on its page in every language (on its paragraph, or as a retired
 * id on the paragraph that replaced it). urls/anchors.yaml lists them per article; the build
 * compares it with the built edition pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

const idPattern = /^p-([1-9]\d*)([a-z]?)$/;
const rangePattern = /^p-([1-9]\d*)\.\.p-([1-9]\d*)$/;
// Any id a block was given may have been cited, including one set by hand in another form.
const anyId = /^[A-Za-z][\w-]*$/;

export const isParagraphId = (id: string) => idPattern.test(id);

/** Natural order: p-2 < p-2a < p-2b < p-10; ids of another form after them. */
export function compareIds(a: string, b: string): number {
  const ma = idPattern.exec(a);
  const mb = idPattern.exec(b);
  if (!ma || !mb) return ma ? -1 : mb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  return Number(ma[1]) - Number(mb[1]) || (ma[2]! < mb[2]! ? -1 : ma[2]! > mb[2]! ? 1 : 0);
}

/** Sorted, without duplicates, runs of plain numbers written as ranges: `p-1..p-6, p-6a, p-7..p-40`. */
export function compactIds(ids: Iterable<string>): string[] {
  const sorted = [...new Set(ids)].sort(compareIds);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const m = idPattern.exec(sorted[i]!);
    if (!m || m[2]) {
      out.push(sorted[i]!);
      i += 1;
      continue;
    }
    // A run continues over consecutive plain numbers; a letter id between them ends it.
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === `p-${Number(m[1]) + (j + 1 - i)}`) j += 1;
    out.push(j - i >= 2 ? `${sorted[i]}..${sorted[j]}` : sorted[i]!);
    if (j - i === 1) out.push(sorted[j]!);
    i = j + 1;
  }
  return out;
}

/** The ids of a compact list; throws on an item that is neither an id nor a range. */
export function expandIds(items: readonly string[]): string[] {
  return items.flatMap((item) => {
    const r = rangePattern.exec(item);
    if (r) {
      const [from, to] = [Number(r[1]), Number(r[2])];
      if (from > to) throw new Error(`"${item}": a range runs upwards (p-1..p-40)`);
      return Array.from({ length: to - from + 1 }, (_, k) => `p-${from + k}`);
    }
    if (!anyId.test(item)) throw new Error(`"${item}" is neither a paragraph id (p-12, p-12a) nor a range (p-1..p-40)`);
    return [item];
  });
}

/** Article slug → its published paragraph ids, sorted. */
export type AnchorLedger = Map<string, string[]>;

export function parseLedger(text: string, file = 'urls/anchors.yaml'): AnchorLedger {
  const data = (parseYaml(text) ?? {}) as unknown;
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected a map of article slug → [p-1..p-40, …]`);
  const ledger: AnchorLedger = new Map();
  for (const [slug, items] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(items) || !items.every((x) => typeof x === 'string'))
      throw new Error(`${file}: ${slug}: expected a list such as [p-1..p-40, p-7a]`);
    try {
      ledger.set(slug, [...new Set(expandIds(items as string[]))].sort(compareIds));
    } catch (e) {
      throw new Error(`${file}: ${slug}: ${(e as Error).message}`);
    }
  }
  return ledger;
}

export function formatLedger(ledger: AnchorLedger): string {
  const lines = [...ledger.keys()].sort().map((slug) => `${slug}: [${compactIds(ledger.get(slug)!).join(', ')}]`);
  return (
    '# Every paragraph anchor an edition has published, per article; p-1..p-40 is p-1, p-2, …, p-40.\n' +
    '# Each one stays on its article\'s page in every language (docs/content-model.md, "Paragraph anchors").\n' +
    '# npm run urls:accept adds new ones; never remove one.\n' +
    `${lines.join('\n')}${lines.length ? '\n' : ''}`
  );
}

/** The ledger with every built id added (nothing is ever removed), and how many were new. */
export function mergeLedger(ledger: AnchorLedger, built: Iterable<{ slug: string; ids: Iterable<string> }>): { ledger: AnchorLedger; added: number } {
  const out: AnchorLedger = new Map([...ledger].map(([slug, ids]) => [slug, [...ids]]));
  let added = 0;
  for (const { slug, ids } of built) {
    const known = new Set(out.get(slug) ?? []);
    for (const id of ids)
      if (!known.has(id)) {
        known.add(id);
        added += 1;
      }
    out.set(slug, [...known].sort(compareIds));
  }
  return { ledger: out, added };
}

/** The paragraph anchors of a built edition page, in document order: block ids and retired ids. */
export function anchorsOfPage(html: string): string[] {
  return selectAll('.block[id], .block-anchor[id]', fromHtml(html)).map((el) => String(el.properties.id));
}

export interface EditionPage {
  slug: string;
  /** Locale path segment: en, ru, kz, uz. */
  locale: string;
  /** Path inside the built site: `ru/articles/{slug}/index.html`. */
  file: string;
}

/** The built edition pages, `{locale}/articles/{slug}/index.html`. */
export function editionPages(dist: string, locales: readonly string[]): EditionPage[] {
  const pages: EditionPage[] = [];
  for (const locale of locales) {
    const dir = join(dist, locale, 'articles');
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const file = `${locale}/articles/${slug}/index.html`;
      if (existsSync(join(dist, file))) pages.push({ slug, locale, file });
    }
  }
  return pages;
}

export interface PageAnchors extends EditionPage {
  ids: readonly string[];
}

export interface AnchorCheck {
  /** Published (in the ledger), not on this page. */
  missing: { page: PageAnchors; ids: string[] }[];
  /** On this page, not published yet. */
  unlisted: { page: PageAnchors; ids: string[] }[];
}

/** Pages of an article that is no longer built at all are the URL manifest's concern (a redirect). */
export function checkAnchors(ledger: AnchorLedger, pages: readonly PageAnchors[]): AnchorCheck {
  const check: AnchorCheck = { missing: [], unlisted: [] };
  for (const page of pages) {
    const listed = ledger.get(page.slug) ?? [];
    const here = new Set(page.ids);
    const missing = listed.filter((id) => !here.has(id));
    const known = new Set(listed);
    const unlisted = [...here].filter((id) => !known.has(id)).sort(compareIds);
    if (missing.length) check.missing.push({ page, ids: missing });
    if (unlisted.length) check.unlisted.push({ page, ids: unlisted });
  }
  return check;
}

const some = (ids: readonly string[], max = 5) => `${ids.slice(0, max).map((id) => `#${id}`).join(', ')}${ids.length > max ? `, … (${ids.length} in all)` : ''}`;

/** Pages of one article with the same ids, so that an edit made in all four editions is reported once. */
function grouped(entries: AnchorCheck['missing']): { pages: PageAnchors[]; ids: string[] }[] {
  const groups = new Map<string, { pages: PageAnchors[]; ids: string[] }>();
  for (const { page, ids } of entries) {
    const key = `${page.slug} ${ids.join(' ')}`;
    const g = groups.get(key) ?? { pages: [], ids };
    g.pages.push(page);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * One message per article and set of ids, naming the edition files (`edition` gives the source of
 * a page, `content/articles/{slug}/ru.mdx`) and the fix.
 */
export function anchorProblems(check: AnchorCheck, ledger: AnchorLedger, edition: (page: EditionPage) => string, ledgerFile = 'urls/anchors.yaml'): string[] {
  const problems: string[] = [];
  for (const { pages, ids } of grouped(check.missing)) {
    const files = pages.map(edition).join(', ');
    const first = ids[0]!;
    const m = idPattern.exec(first);
    // A deletion without <Anchor> renumbers every later paragraph, so what disappears is the
    // end of the edition, not the paragraph that was deleted.
    const plain = (ledger.get(pages[0]!.slug) ?? []).filter((id) => idPattern.exec(id)?.[2] === '');
    const tail = ids.every((id) => plain.slice(-ids.length).includes(id));
    problems.push(
      `${files}: published paragraph anchor(s) ${some(ids)} (${ledgerFile}) no longer on the page; readers' links to them would break. ` +
        (tail
          ? 'These are the last numbers of the edition: a paragraph deleted or merged earlier moved every paragraph after it up a number. ' +
            'Fix: give the first paragraph whose number changed its published id, and keep the deleted paragraph\'s id on it as a retired id: ' +
            '<Anchor id="p-6" also="p-5" /> at its start for a deleted p-5'
          : `Fix: keep each id on its paragraph, <Anchor id="${first}" /> at its start; if the paragraph was deleted or merged, keep its id as a retired id ` +
            `on the paragraph that took its place: <Anchor id="${m && !m[2] ? `p-${Number(m[1]) + 1}` : 'p-…'}" also="${first}" />`) +
        ', in every edition (docs/content-model.md)',
    );
  }
  for (const { pages, ids } of grouped(check.unlisted)) {
    const files = pages.map(edition).join(', ');
    problems.push(
      `${files}: paragraph anchor(s) ${some(ids)} not in ${ledgerFile}. ` +
        (ledger.has(pages[0]!.slug)
          ? 'If a paragraph was inserted or split, give the new one a letter id after the one it follows (<Anchor id="p-7a" />) so that the paragraphs after it keep their numbers; ' +
            'if these ids are new on purpose, add them: npm run urls:accept'
          : 'A new article: publish its anchors on purpose: npm run urls:accept') +
        ' (docs/content-model.md)',
    );
  }
  return problems;
}
