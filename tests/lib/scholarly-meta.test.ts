import { describe, it, expect } from 'vitest';
import { articleSchema, type Article } from '../../src/content.config.ts';
import { scholarlyMeta, jsonForScript, publicationDate, invertedName, type MetaTag, type ScholarlyInput } from '../../src/lib/scholarly-meta.ts';

const site = 'https://editions.example.org';
const source = { file: 'x_1.txt', lines: [1, 2] };

/** Like Khamdamov: journal, volume, issue, full date, licence; two authors, one with a patronymic. */
const published: Article = articleSchema.parse({
  slug: 'khamdamov-test',
  originalLanguage: 'en',
  titles: { en: 'Cultural Diplomacy' },
  authors: [
    { names: { en: { family: 'Khamdamov', given: 'Mirzoumid' } } },
    { names: { en: { family: 'Alieva', given: 'Perizat', patronymic: 'Tazabay kizi' } } },
  ],
  journal: { title: 'European International Journal', url: 'https://journal.example/' },
  volume: '05',
  issue: '06',
  year: 2025,
  dates: { received: '2025-04-23', published: '2025-06-21' },
  doi: '10.1234/abc.5',
  licence: { spdx: 'CC-BY-4.0', asPrinted: '© 2025 Original content … creative commons attributes 4.0 License.', url: 'https://creativecommons.org/licenses/by/4.0/' },
  source,
});

/** Like Rakhmonov: no journal, no year, no date, no DOI, no licence. */
const bare: Article = articleSchema.parse({
  slug: 'rakhmonov-test',
  originalLanguage: 'en',
  titles: { en: 'Humanitarian Cooperation' },
  authors: [{ names: { en: { family: 'Raxmonov', given: 'Baxtiyor', patronymic: 'Gʻayrat oʻgʻli' } } }],
  source,
});

/** Like Kalykov: Kazakh names only, a DOI, nothing else. */
const kazakh: Article = articleSchema.parse({
  slug: 'kalykov-test',
  originalLanguage: 'kk',
  titles: { kk: 'Түркістан саммиті' },
  authors: ['Калыков', 'Нұридин', 'Ханазарова'].map((family, i) => ({ names: { kk: { family, given: ['А.Ш.', 'С.З.', 'К.Н.'][i] } } })),
  doi: '10.51889/2959-6270.2026.94.2.011',
  source,
});

const four = (orig: 'en' | 'kk') =>
  (['en', 'ru', 'kk', 'uz'] as const).map((lang) => ({ lang, title: `Title ${lang}`, provenance: lang === orig ? ('original' as const) : ('editorial-translation' as const) }));

function meta(article: Article, lang: 'en' | 'ru' | 'kk' | 'uz', extra: Partial<ScholarlyInput> = {}) {
  const editions = extra.editions ?? four(article.originalLanguage as 'en' | 'kk');
  const e = editions.find((x) => x.lang === lang)!;
  return scholarlyMeta({ article, edition: { ...e, keywords: ['one', 'two; three'] }, editions, site, ...extra });
}
const values = (tags: MetaTag[], key: string) => tags.filter((t) => ('name' in t ? t.name : t.property) === key).map((t) => t.content);

describe('publicationDate', () => {
  it('is the full date, else the year, else absent', () => {
    expect(publicationDate(published)).toEqual({ iso: '2025-06-21', highwire: '2025/06/21' });
    expect(publicationDate({ dates: {}, year: 2026 })).toEqual({ iso: '2026', highwire: '2026' });
    expect(publicationDate(bare)).toBeUndefined();
  });
});

describe('Highwire tags', () => {
  it('give the article as printed: title, authors in order, date, journal, volume, issue, DOI', () => {
    const { highwire } = meta(published, 'en');
    expect(values(highwire, 'citation_title')).toEqual(['Title en']);
    expect(values(highwire, 'citation_author')).toEqual(['Khamdamov, Mirzoumid', 'Alieva, Perizat Tazabay kizi']);
    expect(values(highwire, 'citation_publication_date')).toEqual(['2025/06/21']);
    expect(values(highwire, 'citation_journal_title')).toEqual(['European International Journal']);
    expect(values(highwire, 'citation_volume')).toEqual(['05']);
    expect(values(highwire, 'citation_issue')).toEqual(['06']);
    expect(values(highwire, 'citation_doi')).toEqual(['10.1234/abc.5']);
    expect(values(highwire, 'citation_language')).toEqual(['en']);
    expect(values(highwire, 'citation_keywords')).toEqual(['one', 'two; three']);
    expect(values(highwire, 'citation_fulltext_html_url')).toEqual([`${site}/en/articles/khamdamov-test/`]);
  });

  it('leave out what the source does not print', () => {
    const { highwire } = meta(bare, 'en');
    const names = highwire.map((t) => ('name' in t ? t.name : ''));
    for (const absent of ['citation_publication_date', 'citation_journal_title', 'citation_volume', 'citation_issue', 'citation_doi', 'citation_firstpage', 'citation_lastpage', 'citation_issn', 'citation_publisher'])
      expect(names).not.toContain(absent);
    expect(values(highwire, 'citation_author')).toEqual(['Raxmonov, Baxtiyor Gʻayrat oʻgʻli']);
  });

  it('do not read a year, volume or issue out of a DOI', () => {
    const { highwire, jsonLd } = meta(kazakh, 'kk');
    expect(values(highwire, 'citation_doi')).toEqual(['10.51889/2959-6270.2026.94.2.011']);
    expect(values(highwire, 'citation_publication_date')).toEqual([]);
    expect(values(highwire, 'citation_volume')).toEqual([]);
    expect(jsonLd.datePublished).toBeUndefined();
  });

  it('name the authors in the form printed when the edition language has none, in order', () => {
    expect(values(meta(kazakh, 'en').highwire, 'citation_author')).toEqual(['Калыков, А.Ш.', 'Нұридин, С.З.', 'Ханазарова, К.Н.']);
  });

  it('are the article’s citation data on a translation too, with the translation’s title and language', () => {
    const { highwire } = meta(published, 'ru');
    expect(values(highwire, 'citation_title')).toEqual(['Title ru']);
    expect(values(highwire, 'citation_language')).toEqual(['ru']);
    expect(values(highwire, 'citation_publication_date')).toEqual(['2025/06/21']);
    expect(values(highwire, 'citation_doi')).toEqual(['10.1234/abc.5']);
  });
});

describe('names', () => {
  it('inverts at the first comma, patronymic with the given name', () => {
    expect(invertedName({ family: 'Nye' })).toBe('Nye');
    expect(invertedName({ family: 'Устемирова', given: 'А.О.' })).toBe('Устемирова, А.О.');
  });
  it('prefers the edition’s language', () => {
    const both: Article = articleSchema.parse({
      ...kazakh,
      originalLanguage: 'en',
      authors: [{ names: { en: { family: 'Ustemirova', given: 'A.O.' }, ru: { family: 'Устемирова', given: 'А.О.' } } }],
    });
    expect(values(meta(both, 'ru').highwire, 'citation_author')).toEqual(['Устемирова, А.О.']);
    expect(values(meta(both, 'uz').highwire, 'citation_author')).toEqual(['Ustemirova, A.O.']);
  });
});

describe('Dublin Core', () => {
  it('describes the original with its date, DOI, source and rights', () => {
    const { dublinCore } = meta(published, 'en');
    expect(dublinCore.links).toContainEqual({ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' });
    expect(values(dublinCore.meta, 'DC.creator')).toEqual(['Khamdamov, Mirzoumid', 'Alieva, Perizat Tazabay kizi']);
    expect(values(dublinCore.meta, 'DC.date')).toEqual(['2025-06-21']);
    expect(values(dublinCore.meta, 'DC.identifier')).toEqual([`${site}/en/articles/khamdamov-test/`, 'doi:10.1234/abc.5']);
    expect(values(dublinCore.meta, 'DC.source')).toEqual(['European International Journal']);
    expect(values(dublinCore.meta, 'DC.rights')).toEqual([published.licence!.asPrinted]);
    expect(dublinCore.links).toContainEqual({ rel: 'DCTERMS.license', href: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(dublinCore.links.map((l) => l.rel)).not.toContain('DCTERMS.isVersionOf');
  });

  it('links an editorial translation to the original and does not give it the original’s date, DOI or licence', () => {
    const { dublinCore } = meta(published, 'kk');
    expect(dublinCore.links).toContainEqual({ rel: 'DCTERMS.isVersionOf', href: `${site}/en/articles/khamdamov-test/` });
    expect(dublinCore.links).toContainEqual({ rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' });
    expect(values(dublinCore.meta, 'DC.identifier')).toEqual([`${site}/kz/articles/khamdamov-test/`]);
    expect(values(dublinCore.meta, 'DC.relation')).toEqual(['doi:10.1234/abc.5']);
    expect(values(dublinCore.meta, 'DC.language')).toEqual(['kk']);
    for (const absent of ['DC.date', 'DC.rights', 'DC.source']) expect(values(dublinCore.meta, absent)).toEqual([]);
  });

  it('has no date where none is printed', () => {
    expect(values(meta(bare, 'en').dublinCore.meta, 'DC.date')).toEqual([]);
  });
});

describe('JSON-LD', () => {
  it('is a ScholarlyArticle with the authors in order and the publication nested issue → volume → periodical', () => {
    const { jsonLd } = meta(published, 'en');
    expect(jsonLd['@type']).toBe('ScholarlyArticle');
    expect((jsonLd.author as { name: string }[]).map((a) => a.name)).toEqual(['Mirzoumid Khamdamov', 'Alieva Perizat Tazabay kizi']);
    expect((jsonLd.author as Record<string, string>[])[1]).toMatchObject({ familyName: 'Alieva', givenName: 'Perizat', additionalName: 'Tazabay kizi' });
    expect(jsonLd.datePublished).toBe('2025-06-21');
    expect(jsonLd.isPartOf).toEqual({
      '@type': 'PublicationIssue',
      issueNumber: '06',
      isPartOf: { '@type': 'PublicationVolume', volumeNumber: '05', isPartOf: { '@type': 'Periodical', name: 'European International Journal', url: 'https://journal.example/' } },
    });
    expect(jsonLd.sameAs).toBe('https://doi.org/10.1234/abc.5');
    expect(jsonLd.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(jsonLd.translationOfWork).toBeUndefined();
    expect((jsonLd.workTranslation as { url: string }[]).map((w) => w.url)).toEqual(['ru', 'kz', 'uz'].map((p) => `${site}/${p}/articles/khamdamov-test/`));
  });

  it('gives only the periodical when no volume or issue is printed, and nothing when no journal', () => {
    const journalOnly = articleSchema.parse({ ...bare, journal: { title: 'Mental Enlightenment' }, year: 2026 });
    expect(meta(journalOnly, 'en').jsonLd.isPartOf).toEqual({ '@type': 'Periodical', name: 'Mental Enlightenment' });
    expect(meta(journalOnly, 'en').jsonLd.datePublished).toBe('2026');
    const { jsonLd } = meta(bare, 'en');
    for (const absent of ['isPartOf', 'datePublished', 'sameAs', 'identifier', 'license']) expect(jsonLd[absent]).toBeUndefined();
  });

  it('marks an editorial translation: translation of the original edition, translated by the site, not reviewed by the authors', () => {
    const { jsonLd } = meta(published, 'ru');
    expect(jsonLd.inLanguage).toBe('ru');
    expect(jsonLd.headline).toBe('Title ru');
    expect(jsonLd.translationOfWork).toMatchObject({
      '@id': `${site}/en/articles/khamdamov-test/`,
      inLanguage: 'en',
      headline: 'Title en',
      datePublished: '2025-06-21',
      sameAs: 'https://doi.org/10.1234/abc.5',
    });
    expect(jsonLd.translator).toMatchObject({ '@type': 'Organization', url: `${site}/` });
    expect(jsonLd.description).toMatch(/не проверяли/);
    // The translation itself was not published in the journal, on that date, under that DOI or licence.
    for (const absent of ['datePublished', 'isPartOf', 'sameAs', 'identifier', 'license']) expect(jsonLd[absent]).toBeUndefined();
    expect((jsonLd.author as { name: string }[]).map((a) => a.name)).toEqual(['Mirzoumid Khamdamov', 'Alieva Perizat Tazabay kizi']);
  });

  it('keeps the publication facts on a translation printed with the article, without a translator', () => {
    const editions = four('en').map((e) => (e.lang === 'ru' ? { ...e, provenance: 'author-provided' as const } : e));
    const { jsonLd, dublinCore } = meta(published, 'ru', { editions });
    expect(jsonLd.datePublished).toBe('2025-06-21');
    expect(jsonLd.translator).toBeUndefined();
    expect(jsonLd.translationOfWork).toMatchObject({ '@id': `${site}/en/articles/khamdamov-test/` });
    expect(values(dublinCore.meta, 'DC.date')).toEqual(['2025-06-21']);
  });

  it('does not point to an original edition that does not exist', () => {
    const editions = four('en').filter((e) => e.lang !== 'en');
    const { jsonLd, dublinCore } = meta(published, 'ru', { editions });
    expect(jsonLd.translationOfWork).toBeUndefined();
    expect(dublinCore.links.map((l) => l.rel)).not.toContain('DCTERMS.isVersionOf');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element and parses back unchanged', () => {
    const value = { headline: 'A </script><script>alert(1)</script> & <!-- b' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('Open Graph', () => {
  it('is an article in the edition’s locale with the other editions as alternates', () => {
    const { openGraph } = meta(published, 'kk', { description: 'Authors. Journal. 2025' });
    expect(values(openGraph, 'og:type')).toEqual(['article']);
    expect(values(openGraph, 'og:locale')).toEqual(['kk_KZ']);
    expect(values(openGraph, 'og:locale:alternate')).toEqual(['en_US', 'ru_RU', 'uz_UZ']);
    expect(values(openGraph, 'og:url')).toEqual([`${site}/kz/articles/khamdamov-test/`]);
    expect(values(openGraph, 'og:description')).toEqual(['Authors. Journal. 2025']);
    expect(values(openGraph, 'article:author')).toEqual(['Mirzoumid Khamdamov', 'Alieva Perizat Tazabay kizi']);
    // An editorial translation has no publication date of its own.
    expect(values(openGraph, 'article:published_time')).toEqual([]);
    expect(values(meta(published, 'en').openGraph, 'article:published_time')).toEqual(['2025-06-21']);
    expect(values(meta(bare, 'en').openGraph, 'article:published_time')).toEqual([]);
  });
});
