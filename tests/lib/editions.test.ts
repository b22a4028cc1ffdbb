import { describe, it, expect } from 'vitest';
import { chooseEdition, sortByLocale, sourceLanguageOf } from '../../src/lib/editions.ts';
import { homeUrl, editionUrl, articlesUrl, samePageIn } from '../../src/lib/urls.ts';

const lang = (e: { lang: string }) => e.lang;

describe('chooseEdition', () => {
  const eds = [{ lang: 'en' }, { lang: 'ru' }];
  it('shows the edition in the reader’s language when it exists', () => {
    expect(chooseEdition(eds, lang, 'ru', 'en')).toEqual({ edition: { lang: 'ru' }, fallback: false });
  });
  it('falls back to the canonical edition otherwise', () => {
    expect(chooseEdition(eds, lang, 'kk', 'en')).toEqual({ edition: { lang: 'en' }, fallback: true });
    expect(chooseEdition([], lang, 'kk', 'en')).toBeUndefined();
  });
  it('sorts editions in locale order', () => {
    expect(sortByLocale([{ lang: 'uz' }, { lang: 'en' }, { lang: 'kk' }], lang, ['en', 'ru', 'kk', 'uz']).map((e) => e.lang)).toEqual(['en', 'kk', 'uz']);
  });
  it('quotes the source in the edition language unless the edition is an editorial translation', () => {
    expect(sourceLanguageOf({ lang: 'ru', provenance: 'author-provided' }, 'en')).toBe('ru');
    expect(sourceLanguageOf({ lang: 'ru', provenance: 'editorial-translation' }, 'en')).toBe('en');
  });
});

describe('urls', () => {
  it('puts Kazakh under /kz/ and ends every page URL with a slash', () => {
    expect(homeUrl('kk')).toBe('/kz/');
    expect(articlesUrl('uz')).toBe('/uz/articles/');
    expect(editionUrl('kk', 'kalykov-turkistan-summit-turkic-states')).toBe('/kz/articles/kalykov-turkistan-summit-turkic-states/');
    expect(samePageIn(homeUrl).map((l) => l.href)).toEqual(['/en/', '/ru/', '/kz/', '/uz/']);
  });
});
