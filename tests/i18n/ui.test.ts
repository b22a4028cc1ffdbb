import { describe, it, expect } from 'vitest';
import { ui, t, format } from '../../src/i18n/ui.ts';
import { locales, localeByPath, localeByLang } from '../../src/i18n/locales.ts';

describe('ui strings', () => {
  it('every locale has exactly the English key set, with no empty string', () => {
    const keys = Object.keys(ui.en).sort();
    for (const l of locales) {
      expect(Object.keys(ui[l.lang]).sort(), l.lang).toEqual(keys);
      for (const k of keys) expect(ui[l.lang][k as keyof typeof ui.en].trim(), `${l.lang} ${k}`).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('kk', 'para.permalink', { n: 7 })).toBe('7-абзац: осы абзацқа сілтеме');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('Uzbek strings write oʻ/gʻ with U+02BB and the tutuq belgisi with U+02BC, never a quote', () => {
    for (const v of Object.values(ui.uz)) expect(v).not.toMatch(/['‘’`]/);
  });

  it('maps the Kazakh URL path kz to the language tag kk and back', () => {
    expect(localeByPath('kz').lang).toBe('kk');
    expect(localeByLang('kk').path).toBe('kz');
    expect(() => localeByPath('kk')).toThrow(/Unknown locale path "kk"/);
  });
});
