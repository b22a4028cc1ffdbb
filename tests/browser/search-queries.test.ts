/**
 * The committed query set (tests/search/queries.yaml; how to add a case: tests/search/README.md),
 * run as a reader runs it: /{page}/search/?q=… in real chromium against the built site, results
 * read from the page's list of links. Each case names the pages that must be among the first
 * `top` results, the pages that must not be there, and the other-language labels the page must
 * say it also searched.
 *
 * Besides passing or failing, the run prints recall (expected pages found / expected) per page
 * language and per category: the measurement the search issue asks for, to be raised over time.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './site.ts';

const QUERIES = 'tests/search/queries.yaml';
const PAGES = ['en', 'ru', 'kz', 'uz'] as const;
type PageLang = (typeof PAGES)[number];
const CATEGORIES = [
  'exact',
  'inflection',
  'apostrophe',
  'uzbek-cyrillic',
  'kazakh-folding',
  'yo',
  'short-i',
  'cross-language',
  'glossary',
  'multi-word',
  'names',
  'all-languages',
] as const;
const DEFAULT_TOP = 10;

interface QueryCase {
  id: string;
  page: PageLang;
  category: (typeof CATEGORIES)[number];
  query: string;
  expect: string[];
  top?: number;
  allLanguages?: boolean;
  also?: string[];
  absent?: string[];
  why: string;
}

/** `slug: [p-1..p-57]` lines of urls/anchors.yaml: the paragraph anchors each article publishes. */
function publishedParagraphs(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync('urls/anchors.yaml', 'utf8').split('\n')) {
    const m = /^([a-z0-9-]+):\s*\[p-1\.\.p-(\d+)\]/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}

/**
 * The cases, checked before any browser starts: a typo in a URL would otherwise read as a search
 * that failed to find it, and send someone to debug the analyser instead of the YAML.
 */
function loadCases(): QueryCase[] {
  const doc = parse(readFileSync(QUERIES, 'utf8')) as { cases?: unknown };
  if (!Array.isArray(doc?.cases)) throw new Error(`${QUERIES}: expected a top-level "cases:" list`);
  const paragraphs = publishedParagraphs();
  const ids = new Set<string>();
  const problems: string[] = [];
  const cases = doc.cases as QueryCase[];
  cases.forEach((c, i) => {
    const where = `${QUERIES}: case ${c?.id ?? `#${i + 1}`}`;
    const bad = (what: string) => problems.push(`${where}: ${what}`);
    if (typeof c?.id !== 'string' || !/^[a-z0-9-]+$/.test(c.id)) {
      bad('id must be lower-case letters, digits and hyphens');
      return;
    }
    if (ids.has(c.id)) bad('id is used twice');
    ids.add(c.id);
    if (!PAGES.includes(c.page)) bad(`page must be one of ${PAGES.join(', ')} (the URL path: kz, not kk)`);
    if (!(CATEGORIES as readonly string[]).includes(c.category)) bad(`category must be one of ${CATEGORIES.join(', ')}`);
    if (typeof c.query !== 'string' || c.query.trim() === '') bad('query is empty');
    if (typeof c.why !== 'string' || c.why.trim() === '') bad('why is missing: quote the word the query meets in the text');
    if (!Array.isArray(c.expect)) bad('expect must be a list (it may be [] for a case that only has absent)');
    if (c.top !== undefined && (!Number.isInteger(c.top) || c.top < 1)) bad('top must be a positive whole number');
    if ((c.expect ?? []).length === 0 && (c.absent ?? []).length === 0) bad('the case checks nothing: give expect or absent');
    if ((c.expect ?? []).length > (c.top ?? DEFAULT_TOP)) bad('more expected pages than top lets through');
    for (const url of [...(c.expect ?? []), ...(c.absent ?? [])]) {
      const m = /^\/(en|ru|kz|uz)\/(?:articles\/([a-z0-9-]+)\/(?:#p-(\d+)|#ref-[\w-]+|cite\/)?|glossary\/([a-z0-9-]+)\/)$/.exec(url);
      if (!m) {
        bad(`${url}: not a URL a search result can have (/{lang}/articles/{slug}/#p-N, /{lang}/glossary/{id}/…)`);
        continue;
      }
      const [, lang, slug, para, entry] = m;
      // Without "other languages" the page searches only its own language's records.
      if (!c.allLanguages && PAGES.includes(c.page) && lang !== c.page) bad(`${url}: not in the page's language, and allLanguages is not set`);
      if (slug && !paragraphs.has(slug)) bad(`${url}: no article ${slug} in urls/anchors.yaml`);
      if (slug && para && Number(para) > (paragraphs.get(slug) ?? 0)) bad(`${url}: ${slug} has no paragraph p-${para}`);
      if (entry && !existsSync(`content/glossary/${entry}.yaml`)) bad(`${url}: no glossary entry content/glossary/${entry}.yaml`);
    }
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return cases;
}

const cases = loadCases();

/** A result's link without the ?hl= that only tells the edition what to mark. */
function resultUrl(href: string, origin: string): string {
  const u = new URL(href, origin);
  u.searchParams.delete('hl');
  return `${u.pathname}${u.search}${u.hash}`;
}

const region = '[data-search-results]';

/** Resolves once the search the page started on arrival has answered (or failed: the status says which). */
async function settled(page: Page) {
  await page.waitForFunction(
    (sel) => {
      const r = document.querySelector<HTMLElement>(sel);
      const status = r?.querySelector('[data-search-status]')?.textContent?.trim() ?? '';
      return !!r && !r.hidden && r.getAttribute('aria-busy') !== 'true' && status !== '';
    },
    region,
    { timeout: 20_000 },
  );
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval(`${region} [data-search-list] a.search-hit-link`, (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** The first `n` results, asking for more while the page offers them. */
async function firstResults(page: Page, n: number, origin: string): Promise<string[]> {
  let links = await resultLinks(page);
  while (links.length < n) {
    const more = page.locator(`${region} [data-search-more]`);
    if (!(await more.isVisible())) break;
    const before = links.length;
    await more.click();
    await page.waitForFunction(
      ([sel, count]) => {
        const r = document.querySelector(sel);
        return r?.getAttribute('aria-busy') !== 'true' && (r?.querySelectorAll('[data-search-list] a.search-hit-link').length ?? 0) > count;
      },
      [region, before] as const,
      { timeout: 20_000 },
    );
    links = await resultLinks(page);
  }
  return links.map((h) => resultUrl(h, origin));
}

async function alsoLabels(page: Page): Promise<string[]> {
  return page.$$eval(`${region} [data-search-also]:not([hidden]) [data-search-also-terms] > *`, (els) => els.map((e) => e.textContent!.trim()));
}

interface Tally {
  cases: number;
  passed: number;
  expected: number;
  found: number;
  absentShown: number;
}
const tallies = { page: new Map<string, Tally>(), category: new Map<string, Tally>() };
function tally(c: QueryCase, found: number, absentShown: number, passed: boolean) {
  for (const [map, key] of [
    [tallies.page, c.page],
    [tallies.category, c.category],
    [tallies.page, 'all'],
  ] as const) {
    const t = map.get(key) ?? { cases: 0, passed: 0, expected: 0, found: 0, absentShown: 0 };
    t.cases++;
    if (passed) t.passed++;
    t.expected += c.expect.length;
    t.found += found;
    t.absentShown += absentShown;
    map.set(key, t);
  }
}

function report(): string {
  const pct = (t: Tally) => (t.expected ? `${((100 * t.found) / t.expected).toFixed(1)}%` : '—');
  const row = (key: string, t: Tally) =>
    `  ${key.padEnd(16)} ${`${t.found}/${t.expected}`.padStart(8)} ${pct(t).padStart(7)}   ${`${t.passed}/${t.cases}`.padStart(6)} cases${t.absentShown ? `   ${t.absentShown} page(s) shown that must not be` : ''}`;
  const lines = ['Search recall on tests/search/queries.yaml (expected pages found in the first `top` results / expected):', ' by page language'];
  for (const p of [...PAGES, 'all']) {
    const t = tallies.page.get(p);
    if (t) lines.push(row(p, t));
  }
  lines.push(' by category');
  for (const k of CATEGORIES) {
    const t = tallies.category.get(k);
    if (t) lines.push(row(k, t));
  }
  return lines.join('\n');
}

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await startSite();
  // One page for every case: each navigation is a fresh search page, and Pagefind's files come
  // from the browser's cache after the first, as they would for a reader.
  ({ page } = await site.prepare());
});
afterAll(async () => {
  if (tallies.page.size) console.log(report());
  await site?.close();
});

describe.each(cases)('$id', (c) => {
  it(`«${c.query}» on /${c.page}/search/${c.allLanguages ? ' with other languages' : ''}`, async () => {
    const top = c.top ?? DEFAULT_TOP;
    const params = new URLSearchParams({ q: c.query });
    if (c.allLanguages) params.set('all', '1');
    const response = await page.goto(`${site.origin}/${c.page}/search/?${params}`);
    expect(response?.status(), 'the search page').toBe(200);
    await settled(page);

    const results = await firstResults(page, top, site.origin);
    const first = results.slice(0, top);
    const missing = c.expect.filter((u) => !first.includes(u));
    // Anywhere in what the page lists, not only the first `top`: a false hit is wrong at any rank.
    const shownAbsent = (c.absent ?? []).filter((u) => results.includes(u));
    const labels = await alsoLabels(page);
    const norm = (s: string) => s.normalize('NFC');
    const missingAlso = (c.also ?? []).filter((l) => !labels.some((x) => norm(x) === norm(l)));
    const passed = missing.length === 0 && shownAbsent.length === 0 && missingAlso.length === 0;
    tally(c, c.expect.length - missing.length, shownAbsent.length, passed);

    const status = await page.locator(`${region} [data-search-status]`).textContent();
    const problems = [
      ...missing.map((u) => `not among the first ${top}: ${u}`),
      ...shownAbsent.map((u) => `listed, but must not be: ${u}`),
      ...missingAlso.map((l) => `"also searched" does not show: ${l}`),
    ];
    const context = [
      `why: ${c.why}`,
      `status: ${status?.trim()}`,
      `also searched: ${labels.join(' · ') || '(none shown)'}`,
      `first ${top} results:${first.length ? '' : ' none'}`,
      ...first.map((u, i) => `  ${String(i + 1).padStart(2)}. ${u}`),
      '',
    ].join('\n');
    expect(problems, context).toEqual([]);
  });
});
