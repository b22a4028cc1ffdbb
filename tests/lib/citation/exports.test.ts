/**
 * The downloads parse back (citation-js, as a reference manager would import them) to the
 * article's metadata as article.yaml states it, for every article of the collection.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { Cite } from '@citation-js/core';
import { articleSchema } from '../../../src/content.config.ts';
import { originalCsl } from '../../../src/lib/citation/article-csl.ts';
import { toBibtex, toRis, toCslJson } from '../../../src/lib/citation/exports.ts';

const dir = 'content/articles';
const articles = readdirSync(dir).map((slug) => articleSchema.parse(parseYaml(readFileSync(`${dir}/${slug}/article.yaml`, 'utf8'))));

interface Back {
  title?: string;
  author?: { family?: string; given?: string }[];
  'container-title'?: string;
  DOI?: string;
  volume?: string | number;
  issue?: string | number;
  issued?: { 'date-parts'?: (string | number)[][] };
}

const parseBack = (text: string): Back[] => new Cite(text).data as Back[];

describe.each(articles.map((a) => [a.slug, a] as const))('downloads of %s', (_slug, article) => {
  const lang = article.originalLanguage;
  // Expected values straight from the YAML, not from the module under test.
  const expected = {
    title: article.titles[lang],
    families: article.authors.map((a) => (a.names[lang] ?? Object.values(a.names)[0])!.family),
    journal: article.journal?.title,
    doi: article.doi,
    volume: article.volume,
    issue: article.issue,
    year: article.dates.published ? Number(article.dates.published.slice(0, 4)) : article.year,
  };
  const item = originalCsl(article);

  for (const [format, text] of [
    ['BibTeX', toBibtex(item)],
    ['RIS', toRis(item)],
    ['CSL-JSON', toCslJson(item)],
  ] as const) {
    it(`${format} parses back to the article's metadata`, () => {
      const back = parseBack(text);
      expect(back).toHaveLength(1);
      const [b] = back as [Back];
      // BibTeX protects capitals with braces; they are markup, not part of the title.
      expect(b.title?.replace(/[{}]/g, '')).toBe(expected.title);
      expect(b.author?.map((a) => a.family)).toEqual(expected.families);
      expect(b['container-title']).toBe(expected.journal);
      expect(b.DOI).toBe(expected.doi);
      expect(b.volume === undefined ? undefined : String(b.volume)).toBe(expected.volume);
      expect(b.issue === undefined ? undefined : String(b.issue)).toBe(expected.issue);
      expect(b.issued?.['date-parts']?.[0]?.[0] === undefined ? undefined : Number(b.issued['date-parts'][0][0])).toBe(expected.year);
    });
  }
});

describe('long values stay whole', () => {
  it('a title over 70 characters is one RIS line (citation-js would break it mid-word)', () => {
    const long = articles.find((a) => (a.titles[a.originalLanguage] ?? '').length > 100)!;
    const ris = toRis(originalCsl(long));
    expect(ris).toContain(`TI  - ${long.titles[long.originalLanguage]}\r\n`);
  });
});

describe('BibTeX keeps non-Latin scripts', () => {
  const kalykov = articles.find((a) => a.originalLanguage === 'kk')!;
  it('writes Kazakh Cyrillic as UTF-8, not as escapes', () => {
    const bib = toBibtex(originalCsl(kalykov));
    expect(bib).toContain('Қасмырзаев');
    expect(bib).toContain('Түркістан');
    expect(bib).not.toMatch(/\\[`'^"~=.uvHtcdbk]\{?/);
  });
  it('derives the key from the slug (citation-js drops the hyphens), so it is the same in every build', () => {
    expect(toBibtex(originalCsl(kalykov))).toMatch(new RegExp(`^@article\\{${kalykov.slug.replaceAll('-', '')},`, 'm'));
  });
  it('RIS lines end in CRLF', () => {
    const ris = toRis(originalCsl(kalykov));
    expect(ris).toMatch(/^TY {2}- JOUR\r\n/);
    expect(ris).toMatch(/\r\nER {2}- \r\n$/);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
});
