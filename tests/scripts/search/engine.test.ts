import { describe, it, expect } from 'vitest';
import { searchLanguages } from '../../../src/scripts/search/engine.ts';

// The engine against the built index is tested in the browser (tests/browser/search-engine.test.ts).
describe('languages searched', () => {
  it('is the page language alone unless all languages are asked for', () => {
    expect(searchLanguages('ru')).toEqual(['ru']);
    expect(searchLanguages('kk', { allLanguages: true })).toEqual(['kk', 'en', 'ru', 'uz']);
  });

  it('puts the page language first among the languages a filter keeps', () => {
    expect(searchLanguages('uz', { allLanguages: true, filters: { lang: ['en', 'uz'] } })).toEqual(['uz', 'en']);
    expect(searchLanguages('en', { allLanguages: true, filters: { lang: ['kk', 'ru'] } })).toEqual(['ru', 'kk']);
  });
});
