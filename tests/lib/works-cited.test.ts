import { describe, it, expect } from 'vitest';
import {
  mergeWorks,
  sameWork,
  normalizeText,
  normalizeDoi,
  sortWorks,
  sortKey,
  filingKey,
  referenceAnchors,
  languageOf,
  formattable,
  type CslWork,
} from '../../src/lib/works-cited.ts';

type Item = CslWork & { [k: string]: unknown };

const item = (id: string, fields: Partial<Item> = {}): Item => ({
  id,
  type: 'book',
  custom: { printed: [{ line: 1, text: `printed ${id}` }], display: `display ${id}` },
  ...fields,
});
const person = (family: string, given?: string) => ({ family, ...(given ? { given } : {}) });
const issued = (y: number) => ({ 'date-parts': [[y]] });

describe('the same work', () => {
  it('Nye’s Soft Power, cited by two articles with different name forms and details, is one work', () => {
    const khamdamov = item('nye-2004', {
      author: [{ family: 'Nye', given: 'Joseph S.', suffix: 'Jr.' } as never],
      title: 'Soft Power: The Means to Success in World Politics',
      issued: issued(2004),
      page: '18',
    });
    const ustemirova = item('nye-2004', {
      author: [person('Nye', 'J. S.')],
      title: 'Soft power — the means to success in world politics.',
      issued: issued(2004),
      'number-of-pages': 191,
      'citation-number': 8,
    });
    const works = mergeWorks([
      { article: 'khamdamov', references: [khamdamov] },
      { article: 'ustemirova', references: [ustemirova, item('nye-2011', { author: [person('Nye')], title: 'The Future of Power', issued: issued(2011) })] },
    ]);
    expect(works.map((w) => w.id)).toEqual(['nye-2004', 'nye-2011']);
    const nye = works[0]!;
    expect(nye.citings.map((c) => [c.article, c.reference, c.printed[0]!.text])).toEqual([
      ['khamdamov', 'nye-2004', 'printed nye-2004'],
      ['ustemirova', 'nye-2004', 'printed nye-2004'],
    ]);
    // The item that describes the whole book, not the one with the citing article's page.
    expect(nye.csl).toBe(ustemirova);
  });

  it('the same title in a different year (another edition) is another work', () => {
    const a = item('a', { author: [person('Nye')], title: 'Soft Power', issued: issued(2004) });
    const b = item('b', { author: [person('Nye')], title: 'Soft Power', issued: issued(2005) });
    expect(sameWork(a, b)).toBe(false);
    expect(mergeWorks([{ article: 'x', references: [a] }, { article: 'y', references: [b] }])).toHaveLength(2);
  });

  it('the same title, year and author but a different edition is another work', () => {
    const a = item('a', { author: [person('Cull')], title: 'Public Diplomacy', issued: issued(2019), edition: '1' });
    const b = item('b', { author: [person('Cull')], title: 'Public Diplomacy', issued: issued(2019), edition: '2' });
    expect(sameWork(a, b)).toBe(false);
  });

  it('the same title by different authors is another work', () => {
    const a = item('a', { author: [person('Kasimov')], title: 'Diplomacy basics', issued: issued(2002) });
    const b = item('b', { author: [person('Khidoyatov')], title: 'Diplomacy basics', issued: issued(2002) });
    expect(sameWork(a, b)).toBe(false);
  });

  it('a DOI match merges despite different titles; different DOIs never merge', () => {
    const a = item('gong-2021', { type: 'article-journal', author: [person('Gong')], title: 'Humanitarian diplomacy as an instrument for China’s image-building', DOI: '10.1177/20578911211019257', issued: issued(2021) });
    const b = item('gong', { type: 'article-journal', author: [person('Gong')], title: 'Humanitarian diplomacy and China', DOI: '10.1177/20578911211019257'.toUpperCase() });
    const c = item('gong-c', { type: 'article-journal', author: [person('Gong')], title: a.title!, issued: issued(2021), DOI: '10.1177/999' });
    expect(sameWork(a, b)).toBe(true);
    expect(sameWork(a, c)).toBe(false);
    const works = mergeWorks([{ article: 'x', references: [a] }, { article: 'y', references: [b, c] }]);
    expect(works.map((w) => w.citings.map((x) => `${x.article}/${x.reference}`))).toEqual([['x/gong-2021', 'y/gong'], ['y/gong-c']]);
  });

  it('an item without DOI does not chain two different DOIs into one work', () => {
    const fields = { author: [person('Shih')], title: 'The Impact', issued: issued(2022) };
    const works = mergeWorks([
      { article: 'x', references: [item('a', { ...fields, DOI: '10.1/a' })] },
      { article: 'y', references: [item('b', fields)] },
      { article: 'z', references: [item('c', { ...fields, DOI: '10.1/c' })] },
    ]);
    expect(works.map((w) => w.citings.map((c) => c.reference))).toEqual([['a', 'b'], ['c']]);
    expect(works.map((w) => w.id)).toEqual(['a', 'c']);
  });

  it('Uzbek apostrophe variants (ʻ \' ‘ ’ ʼ), case, punctuation, whitespace and ё/е do not make another work', () => {
    const forms = ['Yangi Oʻzbekiston strategiyasi', "Yangi O'zbekiston  strategiyasi.", 'YANGI O‘ZBEKISTON STRATEGIYASI', 'Yangi O’zbekiston – strategiyasi', 'Yangi Oʼzbekiston strategiyasi'];
    const refs = forms.map((title, i) => item(`m-${i}`, { author: [person(i % 2 ? "Mirziyo'yev" : 'Mirziyoʻyev')], title, issued: issued(2021) }));
    const works = mergeWorks(refs.map((r, i) => ({ article: `a${i}`, references: [r] })));
    expect(works).toHaveLength(1);
    expect(works[0]!.citings).toHaveLength(5);
    expect(normalizeText('Ёлка  «Новый год»')).toBe(normalizeText('елка новый год'));
    expect(normalizeDoi('https://doi.org/10.3389/FSOC.2022.793018')).toBe('10.3389/fsoc.2022.793018');
  });

  it('no author and no year: the title alone is not enough, the same site is', () => {
    const a = item('a', { type: 'webpage', title: 'News', 'container-title': 'Kaz.news' });
    const b = item('b', { type: 'webpage', title: 'News', 'container-title': 'Aniq.uz' });
    const c = item('c', { type: 'webpage', title: 'News', 'container-title': 'Kaz.news' });
    expect(sameWork(a, b)).toBe(false);
    expect(sameWork(a, c)).toBe(true);
  });

  it('two different works with one id in two articles keep distinct ids', () => {
    const works = mergeWorks([
      { article: 'x', references: [item('smith-2020', { author: [person('Smith')], title: 'One', issued: issued(2020) })] },
      { article: 'y', references: [item('smith-2020', { author: [person('Smith')], title: 'Two', issued: issued(2020) })] },
    ]);
    expect(works.map((w) => w.id)).toEqual(['smith-2020', 'smith-2020-2']);
  });
});

describe('order', () => {
  const work = (family: string | undefined, title: string, year = 2020) => ({
    id: title,
    csl: item(title, { ...(family ? { author: [person(family)] } : {}), title, issued: issued(year) }),
    citings: [],
  });
  const names = (ws: { csl: CslWork }[]) => ws.map((w) => sortKey(w.csl));

  it('Kazakh: Қ after К, Ө after О, І after Ы, Cyrillic before Latin', () => {
    const ws = [work('Nye', 'a'), work('Іскаков', 'b'), work('Қасымов', 'c'), work('Кузнецов', 'd'), work('Өмірбеков', 'e'), work('Орлов', 'f'), work('Ыбыраев', 'g'), work('Лаптев', 'h')];
    expect(names(sortWorks(ws, 'kk'))).toEqual(['Кузнецов', 'Қасымов', 'Лаптев', 'Орлов', 'Өмірбеков', 'Ыбыраев', 'Іскаков', 'Nye']);
    // Russian files І with И and Latin first: the order really is the language's.
    expect(names(sortWorks(ws, 'ru'))[0]).toBe('Іскаков');
  });

  it('Uzbek: Oʻ, Gʻ, Sh, Ch after Z, whatever apostrophe the name is written with', () => {
    const ws = [work('Shodiyev', 'a'), work("O'rinov", 'b'), work('Zokirov', 'c'), work('Olimov', 'd'), work('Saidov', 'e'), work('Gʻulomov', 'f'), work('Cooley', 'g')];
    expect(names(sortWorks(ws, 'uz'))).toEqual(['Cooley', 'Olimov', 'Saidov', 'Zokirov', 'Oʻrinov', 'Gʻulomov', 'Shodiyev']);
  });

  it('files a work without author under its title; with the same author, by year', () => {
    const ws = [work('Nye', 'The Future of Power', 2011), work(undefined, 'Database of Normative Legal Documents'), work('Nye', 'Soft Power', 2004), work('Cooley', 'Great Games')];
    expect(sortWorks(ws, 'en').map((w) => w.csl.title)).toEqual(['Great Games', 'Database of Normative Legal Documents', 'Soft Power', 'The Future of Power']);
  });

  it('files a work under the first of author, editor and title that its formatted entry begins with', () => {
    const melissen = item('melissen-2005', { editor: [person('Melissen')], title: 'The New Public Diplomacy' });
    expect(sortKey(melissen)).toBe('The New Public Diplomacy');
    expect(filingKey(melissen, 'Melissen, J. (Ed.). (2005). The new public diplomacy.')).toBe('Melissen');
    expect(filingKey(melissen, 'The New Public Diplomacy / ed. by Melissen J. Basingstoke, 2005.')).toBe('The New Public Diplomacy');
    // APA begins a law with its title, GOST with its issuing body.
    const law = item('law', { type: 'legislation', author: [{ literal: 'Cabinet of Ministers' }], title: 'On Measures to Establish a Park' });
    expect(filingKey(law, 'On Measures to Establish a Park, Pub. L. No. 17 (2019).')).toBe('On Measures to Establish a Park');
    expect(filingKey(law, 'Cabinet of Ministers. On Measures to Establish a Park: Resolution No. 17.')).toBe('Cabinet of Ministers');
    expect(filingKey(law)).toBe('Cabinet of Ministers');
    expect(filingKey(law, 'https://lex.uz/docs/17')).toBe('Cabinet of Ministers');
  });

  it('compares names, not whole entries: Nye before Nyeberg', () => {
    const ws = [work('Nyeberg', 'A'), work('Nye', 'Soft Power')];
    expect(names(sortWorks(ws, 'en'))).toEqual(['Nye', 'Nyeberg']);
  });
});

describe('links back and language', () => {
  it('gives each reference the anchor of its item in the edition’s list', () => {
    const refs = [item('khidoyatov-2002'), item('kasimov-1991'), item('nye-2004')];
    const anchors = referenceAnchors(refs, [{ id: 'cite-1', ref: '2', label: '[2]', paragraph: 'p-3' }], { '2': 'khidoyatov-2002', '3': 'kasimov-1991' });
    expect([...anchors]).toEqual([
      ['khidoyatov-2002', 'ref-2'],
      ['kasimov-1991', 'ref-3'],
      ['nye-2004', 'ref-nye-2004'],
    ]);
  });

  it('takes the CSL language, else Cyrillic → ru, else the printed list’s language', () => {
    expect(languageOf(item('a', { language: 'uz-Cyrl', title: 'Марказий Осиё' }), 'en')).toBe('uz-Cyrl');
    expect(languageOf(item('a', { title: 'Основы дипломатии' }), 'en')).toBe('ru');
    expect(languageOf(item('a', { title: 'Diplomacy basics' }), 'en')).toBe('en');
  });

  it('hands the formatter the item under the work’s id, without custom and list number', () => {
    const csl = item('nye-2004', { title: 'Soft Power', 'citation-number': 8 });
    expect(formattable({ id: 'nye-2004-2', csl, citings: [] })).toEqual({ id: 'nye-2004-2', type: 'book', title: 'Soft Power' });
  });
});
