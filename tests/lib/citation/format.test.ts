import { describe, expect, it } from 'vitest';
import {
  cslLocaleOf,
  formatBibliography,
  formatCitation,
  formatReference,
  styleIds,
  styleNames,
  type CslItem,
  type CslLocale,
} from '../../../src/lib/citation/format.ts';

const locales: CslLocale[] = ['en-US', 'ru-RU', 'kk-KZ', 'uz-Latn-UZ'];

const article: CslItem = {
  id: 'khamdamov-2025',
  type: 'article-journal',
  language: 'ru',
  title: 'Культурная дипломатия и региональная интеграция в Центральной Азии',
  author: [
    { family: 'Хамдамов', given: 'Бахтиёр' },
    { family: 'Алиева', given: 'Нигора' },
  ],
  'container-title': 'Вестник Национального университета Узбекистана',
  volume: '3',
  issue: '2',
  page: '41-48',
  issued: { 'date-parts': [[2025, 3, 15]] },
  DOI: '10.5281/zenodo.1234567',
  URL: 'https://example.uz/articles/41',
  accessed: { 'date-parts': [[2026, 11, 29]] },
  custom: { printed: [{ line: 71, text: 'Хамдамов Б. ...' }], display: 'Хамдамов Б. ...' },
};

describe('style and locale tables', () => {
  it('names every style and maps every site language to its CSL locale', () => {
    expect(Object.keys(styleNames).sort()).toEqual([...styleIds].sort());
    expect(styleNames['gost-2018']).toBe('GOST R 7.0.100-2018');
    expect(cslLocaleOf).toEqual({ en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ', uz: 'uz-Latn-UZ' });
  });
});

describe('formatReference', () => {
  for (const style of styleIds)
    for (const locale of locales)
      it(`${style} × ${locale}: renders the article`, () => {
        const f = formatReference(article, style, locale);
        expect(f.text).toContain('Культурная дипломатия и региональная интеграция в Центральной Азии');
        expect(f.text).toContain('Хамдамов');
        expect(f.text).toMatch(/41–48/);
        // GOST R 7.0.5-2008's official style prints no DOI; every other style does.
        if (style !== 'gost-2008') expect(f.text).toContain('10.5281/zenodo.1234567');
        expect(f.html).not.toMatch(/^\s*<div|<\/div>\s*$|\n$/);
        expect(f.text).not.toMatch(/<|&#/);
        expect(f.text).toBe(f.text.trim());
      });

  it('drops the citation number of numeric styles from the entry', () => {
    for (const style of ['ieee', 'gost-2008', 'gost-2018'] as const) {
      const f = formatReference(article, style, 'en-US');
      expect(f.html).not.toContain('csl-left-margin');
      expect(f.text).not.toMatch(/^\[?1[.\]]/);
    }
  });

  it('strips the site\'s custom object and leaves the caller\'s item untouched', () => {
    const before = JSON.stringify(article);
    const f = formatReference(article, 'apa', 'en-US');
    expect(f.text).not.toContain('Хамдамов Б. ...');
    expect(JSON.stringify(article)).toBe(before);
  });

  it('keeps Cyrillic, Kazakh letters and the Uzbek ʻ exactly as given', () => {
    const kk: CslItem = {
      id: 'kk',
      type: 'article-journal',
      title: 'Қазақстанның мәдени дипломатиясы: үрдістер мен өңірлік ынтымақтастық',
      author: [{ family: 'Өтеміс', given: 'Ғалымжан' }],
      'container-title': 'ҚазҰУ Хабаршысы',
      issued: { 'date-parts': [[2024]] },
      page: '10-20',
    };
    const uz: CslItem = {
      id: 'uz',
      type: 'article-journal',
      title: 'Oʻzbekistonning madaniy diplomatiyasi va taʼlim sohasidagi hamkorlik',
      author: [{ family: 'Gʻulomov', given: 'Oʻktam' }],
      'container-title': 'Oʻzbekiston tarixi',
      issued: { 'date-parts': [[2024]] },
      page: '10-20',
    };
    for (const style of styleIds) {
      expect(formatReference(kk, style, 'kk-KZ').text).toContain('Қазақстанның мәдени дипломатиясы');
      expect(formatReference(kk, style, 'kk-KZ').text).toContain('ҚазҰУ Хабаршысы');
      expect(formatReference(uz, style, 'uz-Latn-UZ').text).toContain('Oʻzbekistonning madaniy diplomatiyasi va taʼlim');
      expect(formatReference(uz, style, 'uz-Latn-UZ').text).toContain('Gʻulomov');
    }
  });
});

describe('spacing', () => {
  it('keeps the ordinary space of "Заглавие : подзаголовок" (citeproc-js would make it U+202F)', () => {
    const item: CslItem = { id: 't', type: 'book', title: 'Мягкая сила : теория и практика', author: [{ family: 'Иванов', given: 'И. И.' }], issued: { 'date-parts': [[2020]] } };
    for (const style of styleIds) {
      const f = formatReference(item, style, 'ru-RU');
      expect(f.text).toContain('Мягкая сила : теория и практика');
      expect(f.html).not.toContain('\u202f');
    }
  });
});

describe('Kazakh and Uzbek terms, not English', () => {
  const english = /\b(accessed|Accessed|Retrieved|November|Nov\.|March|Mar\.|vol\.|Vol\.|no\.|pp\.|Available at|and)\b/;

  it('Chicago: access date in words', () => {
    const kk = formatReference(article, 'chicago-author-date', 'kk-KZ').text;
    const uz = formatReference(article, 'chicago-author-date', 'uz-Latn-UZ').text;
    expect(kk).toContain('және');
    expect(uz).toContain(' va ');
    expect(kk).not.toMatch(english);
    expect(uz).not.toMatch(english);
  });

  it('MLA: month of issue, volume, number and pages', () => {
    const kk = formatReference(article, 'mla', 'kk-KZ').text;
    const uz = formatReference(article, 'mla', 'uz-Latn-UZ').text;
    expect(kk).toContain('т. 3, № 2, наурыз 2025 ж., б. 41–48');
    expect(uz).toContain('j. 3, № 2, 2025-yil mart, b. 41–48');
    expect(formatReference(article, 'ieee', 'kk-KZ').text).toContain('б. 41–48, нау. 2025');
    expect(formatReference(article, 'ieee', 'uz-Latn-UZ').text).toContain('b. 41–48, mar. 2025');
    expect(kk).not.toMatch(english);
    expect(uz).not.toMatch(english);
  });

  it('Harvard and GOST: "available at" and "accessed" with the date', () => {
    const web: CslItem = {
      id: 'web',
      type: 'webpage',
      title: 'Мәдени дипломатия',
      author: [{ family: 'Сейітов', given: 'Арман' }],
      'container-title': 'Astana Times',
      URL: 'https://example.kz/page',
      issued: { 'date-parts': [[2026, 11, 2]] },
      accessed: { 'date-parts': [[2026, 11, 29]] },
    };
    const kk = formatReference(web, 'harvard', 'kk-KZ').text;
    const uz = formatReference(web, 'harvard', 'uz-Latn-UZ').text;
    expect(kk).toContain('Электрондық мекенжайы: https://example.kz/page');
    expect(kk).toContain('(Қаралған күні: 29 қараша 2026 ж.)');
    expect(uz).toContain('Elektron manzil: https://example.kz/page');
    expect(uz).toContain('(Murojaat qilingan sana: 2026-yil 29-noyabr)');
    expect(formatReference(web, 'gost-2018', 'kk-KZ').text).toContain('(қаралған күні: 29.11.2026)');
    expect(formatReference(web, 'gost-2018', 'uz-Latn-UZ').text).toContain('(murojaat qilingan sana: 29.11.2026)');
    expect(kk).not.toMatch(english);
    expect(uz).not.toMatch(english);
  });

  it('et al. is т.б. / va boshq.', () => {
    const many = { ...article, author: ['А', 'Б', 'В', 'Г'].map((f) => ({ family: `${f}ев`, given: 'Иван' })) };
    expect(formatCitation(many, 'apa', 'kk-KZ').text).toContain('Аев т.б., 2025');
    expect(formatCitation(many, 'apa', 'uz-Latn-UZ').text).toContain('Аев va boshq., 2025');
  });
});

describe('formatCitation', () => {
  const paragraph = { label: 'paragraph', value: '12' } as const;

  it('APA with a paragraph locator in the four languages', () => {
    expect(formatCitation(article, 'apa', 'en-US', paragraph).text).toBe('(Хамдамов & Алиева, 2025, para. 12)');
    expect(formatCitation(article, 'apa', 'en-US', paragraph).html).toBe('(Хамдамов &#38; Алиева, 2025, para. 12)');
    expect(formatCitation(article, 'apa', 'ru-RU', paragraph).text).toBe('(Хамдамов & Алиева, 2025, п. 12)');
    expect(formatCitation(article, 'apa', 'kk-KZ', paragraph).text).toBe('(Хамдамов & Алиева, 2025, абз. 12)');
    expect(formatCitation(article, 'apa', 'uz-Latn-UZ', paragraph).text).toBe('(Хамдамов & Алиева, 2025, abz. 12)');
  });

  it('GOST R 7.0.100-2018 with a paragraph locator in the four languages', () => {
    expect(formatCitation(article, 'gost-2018', 'ru-RU', paragraph).text).toBe('[1, абз. 12]');
    expect(formatCitation(article, 'gost-2018', 'en-US', paragraph).text).toBe('[1, para. 12]');
    expect(formatCitation(article, 'gost-2018', 'kk-KZ', paragraph).text).toBe('[1, абз. 12]');
    expect(formatCitation(article, 'gost-2018', 'uz-Latn-UZ', paragraph).text).toBe('[1, abz. 12]');
  });

  it('every style prints a paragraph and a page locator in every language', () => {
    for (const style of styleIds)
      for (const locale of locales) {
        expect(formatCitation(article, style, locale, { label: 'paragraph', value: '987' }).text).toContain('987');
        expect(formatCitation(article, style, locale, { label: 'page', value: '45' }).text).toContain('45');
        expect(formatCitation(article, style, locale).text.length).toBeGreaterThan(2);
      }
  });
});

describe('formatBibliography', () => {
  it('returns one entry per item, keyed by id', () => {
    const second: CslItem = { ...article, id: 'aliyeva-2024', title: 'Second work', author: [{ family: 'Aliyeva', given: 'N.' }], issued: { 'date-parts': [[2024]] } };
    const map = formatBibliography([article, second], 'apa', 'en-US');
    expect([...map.keys()].sort()).toEqual(['aliyeva-2024', 'khamdamov-2025']);
    expect(map.get('aliyeva-2024')?.text).toMatch(/^Aliyeva, N\. \(2024\)\. Second work\./);
    expect(formatBibliography([], 'apa', 'en-US').size).toBe(0);
  });

  it('is fast once a style is loaded (20 pages × 7 styles)', () => {
    for (const style of styleIds) formatReference(article, style, 'ru-RU');
    const t0 = performance.now();
    for (let page = 0; page < 20; page++) for (const style of styleIds) formatReference({ ...article, id: `p${page}` }, style, 'ru-RU');
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('errors', () => {
  it('an unknown style or locale throws, naming what was asked for', () => {
    expect(() => formatReference(article, 'vancouver' as never, 'en-US')).toThrow(/Unknown citation style "vancouver"/);
    expect(() => formatCitation(article, 'nope' as never, 'en-US')).toThrow(/nope/);
    expect(() => formatReference(article, 'apa', 'de-DE' as never)).toThrow(/Unknown CSL locale "de-DE"/);
  });

  it('an item without id or type throws', () => {
    expect(() => formatReference({ type: 'book' } as never, 'apa', 'en-US')).toThrow(/id and type/);
  });
});

describe('a treaty with no date or parties', () => {
  const treaty = { id: 't', type: 'treaty', title: 'Treaty “On Eternal Friendship” between the Republic of Uzbekistan and the Republic of Kazakhstan', URL: 'https://lex.uz/uz/docs/-2553833' };
  it('keeps its name in APA (the style file alone prints only the URL)', { timeout: 30_000 }, () => {
    expect(formatReference(treaty, 'apa', 'en-US').text).toBe(`${treaty.title}. ${treaty.URL}`);
  });
  it('is not changed for the other styles', { timeout: 30_000 }, () => {
    expect(formatReference(treaty, 'chicago-author-date', 'en-US').text).toContain('n.d.');
  });
});

describe('links', () => {
  it('DOIs and URLs are links in the HTML, without the style’s final period; the text is unchanged', { timeout: 30_000 }, () => {
    const item = { id: 'w', type: 'webpage', title: 'Page', URL: 'https://lex.uz/uz/docs/-2553833?a=1&b=2', issued: { 'date-parts': [[2020]] } };
    const f = formatReference(item, 'mla', 'en-US');
    expect(f.html).toContain('<a href="https://lex.uz/uz/docs/-2553833?a=1&#38;b=2">https://lex.uz/uz/docs/-2553833?a=1&#38;b=2</a>.');
    expect(f.text).toContain('https://lex.uz/uz/docs/-2553833?a=1&b=2.');
  });
});
