/**
 * The built editions describe themselves to reference managers and search engines.
 *
 * Each edition's <head> is read the way Zotero's "Embedded Metadata" translator reads Highwire
 * tags (zotero/translators, Embedded Metadata.js, with ZU.cleanAuthor and ZU.cleanDOI from
 * zotero/utilities), and what it gets is compared with content/articles/{slug}/article.yaml and
 * the edition's front matter, parsed here on their own: the expected values never come from the
 * code under test. Also: one article per page, JSON-LD, Open Graph on every page, the sitemap's
 * hreflang alternates, robots.txt.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { builtPages, html } from './pages.ts';

const dist = 'dist';
const site = 'https://editions.example.org';
const langs = ['en', 'ru', 'kk', 'uz'] as const;
type Lang = (typeof langs)[number];
const pathOf = (lang: Lang) => (lang === 'kk' ? 'kz' : lang);

// ---- Expected values, from the content files -------------------------------------------------

interface Name {
  family: string;
  given?: string;
  patronymic?: string;
}
interface ArticleYaml {
  slug: string;
  originalLanguage: Lang;
  authors: { names: Partial<Record<Lang, Name>> }[];
  journal?: { title?: string };
  volume?: string;
  issue?: string;
  year?: number;
  dates?: { published?: string };
  doi?: string;
}
interface Expected {
  article: ArticleYaml;
  lang: Lang;
  url: string;
  title: string;
  provenance: string;
}

const contentDir = 'content/articles';
const editions: Expected[] = readdirSync(contentDir).flatMap((slug) => {
  const article = parseYaml(readFileSync(join(contentDir, slug, 'article.yaml'), 'utf8')) as ArticleYaml;
  return langs
    .filter((lang) => existsSync(join(contentDir, slug, `${lang}.mdx`)))
    .map((lang) => {
      const front = readFileSync(join(contentDir, slug, `${lang}.mdx`), 'utf8').split(/^---$/m)[1]!;
      const fm = parseYaml(front) as { title: string; provenance: string };
      return { article, lang, url: `${site}/${pathOf(lang)}/articles/${slug}/`, title: fm.title, provenance: fm.provenance };
    });
});

/** The name form a citation should use: the edition's language where printed, else the original's, else the first printed. */
function nameIn(names: Partial<Record<Lang, Name>>, lang: Lang, original: Lang): Name {
  return names[lang] ?? names[original] ?? Object.values(names)[0]!;
}

// ---- Zotero's Embedded Metadata, the Highwire part ------------------------------------------

/** ZU.trimInternal */
const trimInternal = (s: string) => s.replace(/[\xA0\r\n\s]+/g, ' ').trim();

/** ZU.cleanDOI */
const cleanDOI = (x: string) => x.match(/10(?:\.[0-9]{4,})?\/[^\s]*[^\s.,]/)?.[0] ?? null;

/** ZU.cleanAuthor (zotero/utilities), for the inverted and the direct form. */
function cleanAuthor(author: string, useComma: boolean): { firstName?: string; lastName: string } {
  const allCaps = 'A-Z\u0400-\u042f';
  const allCapsRe = new RegExp(`^[${allCaps}]+$`);
  const initialRe = new RegExp(`^-?[${allCaps}]$`);
  author = author
    .replace(/^[\s\u00A0.,/[\]:]+/, '')
    .replace(/[\s\u00A0.,/[\]:]+$/, '')
    .replace(/[\s\u00A0]+/, ' ');
  let lastName: string;
  let firstName: string | undefined;
  if (useComma) {
    author = author.replace(/\.([^ ])/, '. $1');
    const split = author.split(/[,،] ?/);
    if (split.length > 1) [lastName, firstName] = [split[0]!, split[1]!];
    else lastName = author;
  } else {
    let i = author.length;
    do {
      i = author.lastIndexOf(' ', i - 1);
      lastName = author.substring(i + 1);
      firstName = author.substring(0, i);
    } while (!/\p{L}/u.test(lastName[0] ?? '') && i > 0);
  }
  if (firstName && allCapsRe.test(firstName) && firstName.length < 4 && (firstName.length === 1 || lastName.toUpperCase() !== lastName))
    firstName = [...firstName].map((c) => `${c}.`).join(' ');
  if (firstName) {
    const parts = firstName
      .replace(/^[\s.]+/, '')
      .replace(/[\s,]+$/, '')
      .replace(/\s*([\u002D\u00AD\u2010-\u2015\u2212\u2E3A\u2E3B])\s*/, '-')
      .split(/(?:[\s.]+|(?=-))/);
    firstName = parts
      .map((p) => p + (initialRe.test(p) ? '.' : '') + ' ')
      .join('')
      .replace(/ -/g, '-')
      .trim();
  }
  return firstName === undefined ? { lastName } : { firstName, lastName };
}

/** fixCase: an all-capitals or all-lowercase name is title-cased; a mixed one is kept. */
const fixCase = (s: string) =>
  s.toUpperCase() === s || s.toLowerCase() === s ? s.toLowerCase().replace(/(^|[^\p{L}])\p{L}/gu, (m) => m.toUpperCase()) : s;

interface ZoteroItem {
  itemType?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
  publicationTitle?: string | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  DOI?: string | undefined;
  language?: string | undefined;
  creators: { firstName?: string; lastName: string }[];
}

/** The fields of Embedded Metadata.js's addHighwireMetadata that this site emits. */
function embeddedMetadata(tree: Root): ZoteroItem {
  // getContentText: html>head>meta[name$="…"], the first match's content; the name is matched by its end.
  const text = (name: string) => {
    const v = select(`html > head > meta[name$="${name}"]`, tree)?.properties.content;
    return typeof v === 'string' ? v : undefined;
  };
  const item: ZoteroItem = { creators: [] };
  // HIGHWIRE_MAPPINGS, in the translator's order: a later tag for the same field wins.
  const mappings: [string, keyof ZoteroItem][] = [
    ['citation_title', 'title'],
    ['citation_publication_date', 'date'],
    ['citation_cover_date', 'date'],
    ['citation_date', 'date'],
    ['citation_journal_title', 'publicationTitle'],
    ['citation_volume', 'volume'],
    ['citation_issue', 'issue'],
    ['citation_doi', 'DOI'],
    ['citation_language', 'language'],
  ];
  for (const [tag, field] of mappings) {
    const v = text(tag);
    if (v && v.trim()) (item as unknown as Record<string, string>)[field] = trimInternal(v);
  }
  if (!item.date) item.date = text('citation_online_date') || text('citation_year');
  // getContent: meta in head or body whose name ends in citation_author; else citation_authors.
  const metas = (name: string) =>
    selectAll(`html > head > meta[name$="${name}"], html > body > meta[name$="${name}"]`, tree)
      .map((m) => m.properties.content)
      .filter((c): c is string => typeof c === 'string');
  let nodes = metas('citation_author');
  if (nodes.length === 0) nodes = metas('citation_authors');
  let last: string | undefined;
  for (const node of nodes) {
    let creators = node.split(/\s*;\s*/);
    if (creators.length === 1 && nodes.length === 1) {
      const byComma = creators[0]!.split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')) creators = byComma;
    }
    for (let c of creators) {
      c = c.trim();
      if (!c || !/[^\s,\-.;]/.test(c)) continue;
      if (last !== undefined && c === last) continue;
      last = c;
      const a = cleanAuthor(c, c.includes(','));
      item.creators.push(a.firstName ? { firstName: fixCase(a.firstName), lastName: fixCase(a.lastName) } : a);
    }
  }
  // The type: citation_journal_title makes a journal article; citation_title alone is guessed to be one.
  if (text('citation_journal_title')) item.itemType = 'journalArticle';
  else if (text('citation_title')) item.itemType = 'journalArticle';
  if (item.DOI) item.DOI = cleanDOI(item.DOI) ?? undefined;
  return item;
}

// ---- The built site ---------------------------------------------------------------------------

const pages = builtPages(dist);
const treeCache = new Map<string, Root>();
const treeOf = (path: string): Root => {
  let t = treeCache.get(path);
  if (!t) {
    const page = pages.find((p) => p.path === path);
    if (!page) throw new Error(`${path} is not built`);
    treeCache.set(path, (t = fromHtml(html(page))));
  }
  return t;
};
const pathOfUrl = (url: string) => new URL(url).pathname;
const attr = (tree: Root, selector: string, name: string) => {
  const v = select(selector, tree)?.properties[name];
  return typeof v === 'string' ? v : undefined;
};
const comparable = (s: string) => s.replace(/[.\s]/g, '');

describe('the editions, as Zotero reads them', () => {
  it('finds every edition in content/ and in dist/', () => {
    expect(editions.length).toBe(20);
    for (const e of editions) expect(pages.map((p) => p.path)).toContain(pathOfUrl(e.url));
  });

  it.each(editions.map((e) => [pathOfUrl(e.url), e] as const))('%s', (path, e) => {
    const item = embeddedMetadata(treeOf(path));
    const a = e.article;
    expect(item.itemType).toBe('journalArticle');
    expect(item.title).toBe(trimInternal(e.title));
    expect(item.language).toBe(e.lang);

    const names = a.authors.map((x) => nameIn(x.names, e.lang, a.originalLanguage));
    expect(item.creators.map((c) => c.lastName)).toEqual(names.map((n) => n.family));
    // Zotero spaces and dots initials ("А.Ш." → "А. Ш."); the letters must be the printed ones.
    expect(item.creators.map((c) => comparable(c.firstName ?? ''))).toEqual(names.map((n) => comparable([n.given, n.patronymic].filter(Boolean).join(' '))));

    const date = a.dates?.published ?? (a.year !== undefined ? String(a.year) : undefined);
    expect(item.date?.replaceAll('/', '-')).toBe(date);
    expect(item.publicationTitle).toBe(a.journal?.title);
    expect(item.volume).toBe(a.volume);
    expect(item.issue).toBe(a.issue);
    expect(item.DOI).toBe(a.doi);
  });
});

describe('one article per page', () => {
  const withCitation = pages.filter((p) => /name="citation_/.test(html(p)));

  it('every edition has exactly one citation_title, also counted the way Zotero matches names', () => {
    for (const e of editions) {
      const tree = treeOf(pathOfUrl(e.url));
      expect(selectAll('meta[name="citation_title"]', tree), e.url).toHaveLength(1);
      expect(selectAll('meta[name$="citation_title"]', tree), e.url).toHaveLength(1);
    }
  });

  it('only the editions carry citation tags, and only at their canonical URL (a fallback page has none)', () => {
    expect(withCitation.map((p) => p.path).sort()).toEqual(editions.map((e) => pathOfUrl(e.url)).sort());
    for (const p of withCitation) expect(attr(treeOf(p.path), 'link[rel~="canonical"]', 'href'), p.path).toBe(site + p.path);
  });
});

describe('JSON-LD', () => {
  it.each(editions.map((e) => [pathOfUrl(e.url), e] as const))('%s is one ScholarlyArticle with the same authors', (path, e) => {
    const scripts = selectAll('script[type="application/ld+json"]', treeOf(path));
    expect(scripts).toHaveLength(1);
    const raw = toString(scripts[0]!);
    expect(raw).not.toMatch(/<\/script/i);
    const data = JSON.parse(raw) as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('ScholarlyArticle');
    expect(data.url).toBe(e.url);
    expect(data.inLanguage).toBe(e.lang);
    const names = e.article.authors.map((x) => nameIn(x.names, e.lang, e.article.originalLanguage));
    const authors = data.author as { '@type': string; familyName: string; givenName?: string }[];
    expect(authors.map((p) => p['@type'])).toEqual(names.map(() => 'Person'));
    expect(authors.map((p) => [p.familyName, p.givenName])).toEqual(names.map((n) => [n.family, n.given]));
    if (e.provenance === 'editorial-translation') {
      const original = `${site}/${pathOf(e.article.originalLanguage)}/articles/${e.article.slug}/`;
      expect((data.translationOfWork as { '@id': string })['@id']).toBe(original);
      expect(data.translator).toMatchObject({ '@type': 'Organization' });
      // The translation was not published in the journal, on the article's date, under its DOI.
      expect(data.datePublished).toBeUndefined();
      expect(data.sameAs).toBeUndefined();
    } else {
      expect(data.translationOfWork).toBeUndefined();
      if (e.article.doi) expect(data.sameAs).toBe(`https://doi.org/${e.article.doi}`);
      expect(data.datePublished).toBe(e.article.dates?.published ?? (e.article.year !== undefined ? String(e.article.year) : undefined));
    }
  });
});

describe('Open Graph', () => {
  const ogLocale: Record<string, string> = { en: 'en_US', ru: 'ru_RU', kk: 'kk_KZ', uz: 'uz_UZ' };
  const htmlPages = pages.filter((p) => !html(p).includes('http-equiv="refresh"'));

  it('every page has one og:type, og:title, og:site_name and og:locale, and og:url is its canonical URL', () => {
    expect(htmlPages.length).toBeGreaterThan(100);
    for (const p of htmlPages) {
      const tree = treeOf(p.path);
      for (const property of ['og:type', 'og:title', 'og:site_name', 'og:locale']) expect(selectAll(`meta[property="${property}"]`, tree), `${p.path} ${property}`).toHaveLength(1);
      const lang = attr(tree, 'html', 'lang')!;
      expect(attr(tree, 'meta[property="og:locale"]', 'content'), p.path).toBe(ogLocale[lang]);
      const canonical = attr(tree, 'link[rel~="canonical"]', 'href');
      expect(attr(tree, 'meta[property="og:url"]', 'content'), p.path).toBe(canonical);
    }
  });

  it('an edition is an article; other pages are the website', () => {
    const editionPaths = new Set(editions.map((e) => pathOfUrl(e.url)));
    for (const p of htmlPages) expect(attr(treeOf(p.path), 'meta[property="og:type"]', 'content'), p.path).toBe(editionPaths.has(p.path) ? 'article' : 'website');
  });
});

describe('sitemap and robots.txt', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name) });
  const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
  const sitemapLine = robots.split('\n').find((l) => /^sitemap:/i.test(l));
  const indexUrl = sitemapLine?.replace(/^sitemap:\s*/i, '').trim() ?? '';
  const index = existsSync(join(dist, pathOfUrl(indexUrl || `${site}/-`))) ? xml.parse(readFileSync(join(dist, pathOfUrl(indexUrl)), 'utf8')) : {};
  // /sitemap.xml is the one urlset, or an index of chunks once the site outgrows one file.
  const files = index.urlset ? [indexUrl] : ((index.sitemapindex?.sitemap ?? []) as { loc: string }[]).map((s) => s.loc);
  const urls = files.flatMap((f) => (xml.parse(readFileSync(join(dist, pathOfUrl(f)), 'utf8')).urlset.url ?? []) as { loc: string; 'xhtml:link'?: { rel: string; hreflang: string; href: string }[] }[]);
  const byLoc = new Map(urls.map((u) => [u.loc, u]));

  it('robots.txt allows everything and names /sitemap.xml by its absolute URL', () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(indexUrl).toBe(`${site}/sitemap.xml`);
    expect(robots).not.toMatch(/^Disallow: \S/m);
    expect(indexUrl.startsWith(`${site}/`)).toBe(true);
    expect(files.length).toBeGreaterThan(0);
  });

  it('lists every edition with its four language versions as hreflang alternates (Kazakh as kk at /kz/)', () => {
    for (const e of editions) {
      const entry = byLoc.get(e.url);
      expect(entry, e.url).toBeDefined();
      const alternates = (entry!['xhtml:link'] ?? []).filter((l) => l.rel === 'alternate' && l.hreflang !== 'x-default');
      const siblings = editions.filter((x) => x.article.slug === e.article.slug);
      expect(alternates.map((l) => [l.hreflang, l.href]).sort()).toEqual(siblings.map((x) => [x.lang, x.url]).sort());
      expect(alternates).toHaveLength(4);
    }
  });

  it('repeats each page’s own hreflang links, and lists only canonical pages', () => {
    for (const u of urls) {
      const tree = treeOf(pathOfUrl(u.loc));
      expect(attr(tree, 'link[rel~="canonical"]', 'href') ?? u.loc, u.loc).toBe(u.loc);
      const own = selectAll('link[rel~="alternate"][hreflang]', tree).map((l) => [String(l.properties.hrefLang), String(l.properties.href)]);
      expect((u['xhtml:link'] ?? []).map((l) => [l.hreflang, l.href]), u.loc).toEqual(own);
    }
  });

  it('leaves out files that are not pages, the 404 page and moved URLs', () => {
    const moved = Object.keys((parseYaml(readFileSync('urls/redirects.yaml', 'utf8')) as Record<string, string> | null) ?? {});
    for (const u of urls) {
      const path = pathOfUrl(u.loc);
      expect(path.endsWith('/'), u.loc).toBe(true);
      expect(moved).not.toContain(path);
    }
    const listed = new Set(urls.map((u) => pathOfUrl(u.loc)));
    // A page is indexable when it is no redirect and its canonical URL is itself (a fallback page's is not).
    const indexable = pages.filter(
      (p) => p.path.endsWith('/') && !html(p).includes('http-equiv="refresh"') && (attr(treeOf(p.path), 'link[rel~="canonical"]', 'href') ?? site + p.path) === site + p.path,
    );
    expect([...listed].sort()).toEqual(indexable.map((p) => p.path).sort());
  });
});
