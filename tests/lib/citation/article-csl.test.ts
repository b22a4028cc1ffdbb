import { describe, it, expect } from 'vitest';
import { articleSchema, type Article } from '../../../src/content.config.ts';
import { originalCsl, editionCsl, publishedDate } from '../../../src/lib/citation/article-csl.ts';

const base = (over: Partial<Record<string, unknown>> = {}): Article =>
  articleSchema.parse({
    slug: 'doe-test',
    originalLanguage: 'en',
    titles: { en: 'A Title', ru: 'Заглавие' },
    authors: [
      { names: { en: { family: 'Alieva', given: 'Perizat', patronymic: 'Tazabay kizi' }, ru: { family: 'Алиева', given: 'Перизат' } } },
      { names: { en: { family: 'Dusbekova', given: 'Khurshida', patronymic: 'Pardayevna' } } },
    ],
    source: { file: 'x.txt', lines: [1, 2] },
    ...over,
  });

describe('originalCsl', () => {
  it('writes only what the source gives: no journal, date or DOI when none is printed', () => {
    const item = originalCsl(base());
    expect(item).toEqual({
      id: 'doe-test',
      type: 'article-journal',
      title: 'A Title',
      author: [
        { family: 'Alieva', given: 'Perizat' },
        { family: 'Dusbekova', given: 'Khurshida Pardayevna' },
      ],
      language: 'en',
    });
  });

  it('keeps a one-word patronymic (an initial in GOST) and leaves out "X kizi" / "X oʻgʻli", which are not given names', () => {
    const [a, b] = originalCsl(base()).author as unknown as [{ given?: string }, { given?: string }];
    expect(a.given).toBe('Perizat');
    expect(b.given).toBe('Khurshida Pardayevna');
  });

  it('carries journal, volume, issue, full date and DOI when printed', () => {
    const item = originalCsl(
      base({ journal: { title: 'J' }, volume: '05', issue: '06', year: 2025, dates: { published: '2025-06-21' }, doi: '10.1234/x.1' }),
    );
    expect(item).toMatchObject({ 'container-title': 'J', volume: '05', issue: '06', issued: { 'date-parts': [[2025, 6, 21]] }, DOI: '10.1234/x.1' });
  });

  it('a year alone is a year, not a made-up day', () => {
    expect(publishedDate(base({ year: 2026 }))).toEqual({ 'date-parts': [[2026]] });
    expect(publishedDate(base())).toBeUndefined();
  });

  it('uses the original language title and names even when other languages exist', () => {
    const item = originalCsl(base({ originalLanguage: 'ru' }));
    expect(item.title).toBe('Заглавие');
    expect(item.author[0]).toEqual({ family: 'Алиева', given: 'Перизат' });
  });
});

describe('editionCsl', () => {
  const item = editionCsl(base({ year: 2025, journal: { title: 'J' } }), {
    lang: 'ru',
    title: 'Заглавие',
    url: 'https://example.org/ru/articles/doe-test/',
    translator: 'Сайт',
    siteName: 'Сайт',
    accessed: '2026-11-29',
  });
  it('is the web edition, translated by the site, naming the original and its date', () => {
    expect(item).toMatchObject({
      id: 'doe-test-ru',
      type: 'webpage',
      title: 'Заглавие',
      language: 'ru',
      translator: [{ literal: 'Сайт' }],
      URL: 'https://example.org/ru/articles/doe-test/',
      accessed: { 'date-parts': [[2026, 11, 29]] },
      'original-title': 'A Title',
      'original-date': { 'date-parts': [[2025]] },
    });
  });
  it('has no publication date of its own (no source gives one) and names authors in the edition language', () => {
    expect(item.issued).toBeUndefined();
    expect(item.author[0]).toEqual({ family: 'Алиева', given: 'Перизат' });
    expect(item.author[1]).toEqual({ family: 'Dusbekova', given: 'Khurshida Pardayevna' });
  });
});
