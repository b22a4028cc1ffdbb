import { describe, it, expect } from 'vitest';
import { languageHome } from '../../public/scripts/language-home.js';

describe('languageHome', () => {
  it('maps the site languages, Kazakh to /kz/', () => {
    expect(languageHome('en-US')).toBe('/en/');
    expect(languageHome('ru')).toBe('/ru/');
    expect(languageHome('kk-KZ')).toBe('/kz/');
    expect(languageHome('uz-Latn-UZ')).toBe('/uz/');
    expect(languageHome('uz')).toBe('/uz/');
  });
  it('does not guess for other languages or Uzbek in Cyrillic', () => {
    expect(languageHome('de-DE')).toBeUndefined();
    expect(languageHome('uz-Cyrl')).toBeUndefined();
    expect(languageHome('')).toBeUndefined();
    expect(languageHome(undefined)).toBeUndefined();
  });
});
