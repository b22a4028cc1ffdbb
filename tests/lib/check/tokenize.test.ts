import { describe, it, expect } from 'vitest';
import { joinTokens, tokenize, trimUrl } from '../../../src/lib/check/tokenize.ts';
import { stripSourceMarkup } from '../../../src/lib/check/source-text.ts';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits words and punctuation, ignoring whitespace and emphasis asterisks', () => {
    expect(texts('**Keywords:** Cultural  diplomacy,\tintegration.')).toEqual(['Keywords', ':', 'Cultural', 'diplomacy', ',', 'integration', '.']);
  });

  it('keeps internal apostrophes (English, Uzbek) inside one word', () => {
    expect(texts("people's O‘zbekiston taʼlim Oʻzbekiston mas'ulmiz")).toEqual(["people's", 'O‘zbekiston', 'taʼlim', 'Oʻzbekiston', "mas'ulmiz"]);
  });

  it('makes hyphens, dashes and citation brackets separate tokens', () => {
    expect(texts('multi-vector C5+1 [7,p.241]')).toEqual(['multi', '-', 'vector', 'C5', '+', '1', '[', '7', ',', 'p', '.', '241', ']']);
  });

  it('reads a URL as one token, without trailing punctuation or an unmatched bracket', () => {
    const t = tokenize('(see https://example.org/a_b?x=1&utm_source=y).');
    expect(t.map((x) => [x.text, x.kind])).toEqual([
      ['(', 'punct'],
      ['see', 'word'],
      ['https://example.org/a_b?x=1&utm_source=y', 'url'],
      [')', 'punct'],
      ['.', 'punct'],
    ]);
    expect(trimUrl('https://en.wikipedia.org/wiki/Soft_power_(theory).')).toBe('https://en.wikipedia.org/wiki/Soft_power_(theory)');
  });

  it('keeps an escaped underscore as one token', () => {
    expect(texts('ust\\_aika')).toEqual(['ust', '\\_', 'aika']);
  });

  it('records offsets and spacing, so readings can be shown as written', () => {
    const t = tokenize('ab, cd-ef');
    expect(t.map((x) => [x.start, x.end])).toEqual([[0, 2], [2, 3], [4, 6], [6, 7], [7, 9]]);
    expect(joinTokens(t)).toBe('ab, cd-ef');
  });
});

describe('stripSourceMarkup', () => {
  it('drops heading marks, list markers and numbering', () => {
    expect(stripSourceMarkup('## HUMANITARIAN COOPERATION')).toBe('HUMANITARIAN COOPERATION');
    expect(stripSourceMarkup('- [1]. Cabinet of Ministers')).toBe('Cabinet of Ministers');
    expect(stripSourceMarkup('- trust grows;')).toBe('trust grows;');
    expect(texts(stripSourceMarkup('3. To ensure education'))).toEqual(['To', 'ensure', 'education']);
  });

  it('drops autolink brackets, link syntax, superscripts and table pipes', () => {
    expect(stripSourceMarkup('Available online: <https://astanatv.kz/ru/news/118789/> (accessed)')).toBe(
      'Available online: https://astanatv.kz/ru/news/118789/ (accessed)',
    );
    expect(stripSourceMarkup('see [the page](https://x.org/a_(b)) now')).toBe('see the page now');
    expect(stripSourceMarkup('A.O. Ustemirova^{1*}')).toBe('A.O. Ustemirova');
    expect(texts(stripSourceMarkup('| Year | Students |'))).toEqual(['Year', 'Students']);
    expect(stripSourceMarkup('|---|:---:|')).toBe('');
  });

  it('keeps a citation marker that begins a line', () => {
    expect(stripSourceMarkup('[13,p.986]. Cultural diplomacy')).toBe('[13,p.986]. Cultural diplomacy');
  });
});
