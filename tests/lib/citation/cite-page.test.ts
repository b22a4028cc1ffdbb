import { describe, it, expect } from 'vitest';
import { articleSchema } from '../../../src/content.config.ts';
import { styleOrder, accessDate, unknownFields, paragraphCitation, translationCsl } from '../../../src/lib/citation/cite-page.ts';
import { styleIds, cslLocaleOf } from '../../../src/lib/citation/format.ts';

describe('styleOrder', () => {
  it('puts APA first in English and the GOST standards first in ru, kk, uz; every style once', () => {
    expect(styleOrder('en')[0]).toBe('apa');
    for (const l of ['ru', 'kk', 'uz'] as const) expect(styleOrder(l).slice(0, 2)).toEqual(['gost-2018', 'gost-2008']);
    for (const l of ['en', 'ru', 'kk', 'uz'] as const) expect([...styleOrder(l)].sort()).toEqual([...styleIds].sort());
  });
});

describe('accessDate', () => {
  it('is the build day, or SOURCE_DATE_EPOCH for a reproducible build', () => {
    expect(accessDate({}, () => new Date(Date.UTC(2026, 10, 29, 23, 0)))).toBe('2026-11-29');
    expect(accessDate({ SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
  });
});

describe('unknownFields', () => {
  const a = (over: Record<string, unknown>) => articleSchema.parse({ slug: 'x', originalLanguage: 'en', titles: { en: 'T' }, authors: [{ names: { en: { family: 'F' } } }], source: { file: 'x.txt', lines: [1, 2] }, ...over });
  it('names what the source leaves out, and nothing it gives', () => {
    expect(unknownFields(a({}))).toEqual(['journal', 'date', 'doi']);
    expect(unknownFields(a({ journal: { title: 'J' }, year: 2025, doi: '10.1234/x' }))).toEqual([]);
  });
});

describe('paragraphCitation', () => {
  const item = { id: 'k', type: 'article-journal', title: 'T', author: [{ family: 'Khamdamov', given: 'M.' }, { family: 'Alieva', given: 'P.' }], issued: { 'date-parts': [[2025]] } };
  // The first use of a style builds its citeproc engine (about 2 s for APA).
  it('puts {n} where the paragraph number goes, in the reader’s language', { timeout: 30_000 }, () => {
    const en = paragraphCitation(item, 'apa', cslLocaleOf.en);
    expect(en.text).toBe('(Khamdamov & Alieva, 2025, para. {n})');
    const ru = paragraphCitation(item, 'apa', cslLocaleOf.ru);
    expect(ru.text).toContain('{n}');
    expect(ru.text).not.toContain('para.');
  });
});

describe('translationCsl', () => {
  const article = articleSchema.parse({ slug: 'x', originalLanguage: 'en', titles: { en: 'T' }, authors: [{ names: { en: { family: 'F' } } }], source: { file: 'x.txt', lines: [1, 2] } });
  const edition = (provenance: 'original' | 'editorial-translation', lang: 'en' | 'kk') => ({ article: 'x', lang, title: 'Т', provenance, keywords: [], annotations: [] });
  it('is nothing for the original edition, and for a translation names this site, in the edition’s language, as translator', () => {
    expect(translationCsl(article, edition('original', 'en'), 'https://e.org/en/articles/x/')).toBeUndefined();
    const item = translationCsl(article, edition('editorial-translation', 'kk'), 'https://e.org/kz/articles/x/', '2026-11-29')!;
    expect(item.translator).toEqual([{ literal: 'Орталық Азиядағы мәдени дипломатия' }]);
    expect(item['container-title']).toBe('Орталық Азиядағы мәдени дипломатия');
    expect(item.URL).toBe('https://e.org/kz/articles/x/');
  });
});
