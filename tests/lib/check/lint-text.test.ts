import { describe, it, expect } from 'vitest';
import {
  checkBalance,
  checkDoubleSpaces,
  checkMixedScript,
  checkRunningHeaders,
  checkUrls,
  checkUzbekApostrophes,
  type Checked,
} from '../../../src/lib/check/lint-text.ts';
import { checkHyphenation, isSuffixChain, standaloneWords } from '../../../src/lib/check/hyphenation.ts';

/** A text whose lines are the file lines 10, 11, … */
const at10 = (text: string, over: Partial<Checked> = {}): Checked => ({
  file: 'x.mdx',
  text,
  lineOf: (o) => 10 + (text.slice(0, o).match(/\n/g)?.length ?? 0),
  block: 'paragraph',
  ...over,
});
const lines = (ps: { line: number; kind: string }[]) => ps.map((p) => `${p.line} ${p.kind}`);

describe('checkRunningHeaders', () => {
  it("finds the article's running headers and generic journal furniture, at their line", () => {
    const text = 'trust\nEuropean International Journal of Multidisciplinary Research and Management Studies and solidarity';
    expect(lines(checkRunningHeaders(at10(text), ['European International  Journal of Multidisciplinary Research and Management Studies']))).toEqual(['11 running-header']);
    expect(lines(checkRunningHeaders(at10(text), []))).toEqual(['11 running-header']);
    expect(lines(checkRunningHeaders(at10('MENTAL ENLIGHTENMENT SCIENTIFIC METHODOLOGICAL JOURNAL'), []))).toEqual(['10 running-header']);
    expect(lines(checkRunningHeaders(at10('One\nVol. 5, Issue 6'), []))).toEqual(['11 running-header']);
    expect(lines(checkRunningHeaders(at10('42'), []))).toEqual(['10 running-header']);
  });

  it('leaves ordinary text, journal titles in prose and numbers in table cells alone', () => {
    expect(checkRunningHeaders(at10('The Geographical Journal published it in 1904.'), [])).toEqual([]);
    expect(checkRunningHeaders(at10('42', { block: 'cell' }), [])).toEqual([]);
  });
});

describe('checkDoubleSpaces', () => {
  it('reports runs of spaces between words, not line breaks', () => {
    expect(lines(checkDoubleSpaces(at10('one two\nthree  four'))).concat()).toEqual(['11 double-space']);
    expect(checkDoubleSpaces(at10('one\n  two'))).toEqual([]);
  });
});

describe('checkBalance', () => {
  it('pairs quotes and brackets of every kind within the block', () => {
    expect(checkBalance(at10('He said “yes” («да», „ja“) [2] "ok" (see https://x.org/a_(b)).'))).toEqual([]);
  });

  it('reports the unmatched mark at its line', () => {
    expect(lines(checkBalance(at10('A (first\nsecond.')))).toEqual(['10 unbalanced']);
    expect(lines(checkBalance(at10('first\nsecond».')))).toEqual(['11 unbalanced']);
    expect(lines(checkBalance(at10('"one" and\n"two')))).toEqual(['11 unbalanced']);
    expect(lines(checkBalance(at10('“open [1]')))).toEqual(['10 unbalanced']);
  });

  it('ignores enumerations such as 1) and a) and acknowledged passages', () => {
    expect(checkBalance(at10('Goals: 1) trust; 2) trade; a) more.'))).toEqual([]);
    const garbled = 'Obstody" diplomatii " and " History (дипломатии';
    const text = `Kept as printed: ${garbled} [2].`;
    const at = text.indexOf(garbled);
    expect(checkBalance(at10(text, { skip: [[at, at + garbled.length]] }))).toEqual([]);
    expect(lines(checkBalance(at10(text)))).toEqual(['10 unbalanced', '10 unbalanced']);
  });
});

describe('checkMixedScript', () => {
  it('reports words mixing Latin and Cyrillic letters, ignoring tokens with digits and compounds', () => {
    expect(lines(checkMixedScript(at10('Kаzakhstan and\nдипломатии History')))).toEqual(['10 mixed-script']);
    expect(checkMixedScript(at10('IT-парк, C5+1, 5G-сеть, Oʻzbekiston, дипломатия'))).toEqual([]);
    expect(lines(checkMixedScript(at10('one\nтрансформацияsi')))).toEqual(['11 mixed-script']);
  });
});

describe('checkUzbekApostrophes', () => {
  it("reports ' ‘ ’ ` after o/g and as the tutuq, one problem per line", () => {
    const ps = checkUzbekApostrophes(at10("Oʻzbekiston taʼlim\nO'zbekiston va Qozog‘iston ta’lim\nbo`lgan"));
    expect(lines(ps)).toEqual(['11 uzbek-apostrophe', '12 uzbek-apostrophe']);
    expect(ps[0]!.message).toContain('Qozog‘iston → Qozogʻiston');
    expect(ps[0]!.message).toContain('ta’lim → taʼlim');
  });

  it('leaves correct letters, quotation marks and URLs alone', () => {
    expect(checkUzbekApostrophes(at10("Oʻzbekiston ‘soft power’ https://x.uz/o'z"))).toEqual([]);
  });
});

describe('checkUrls', () => {
  it('reports tracking parameters and escaped underscores', () => {
    const ps = checkUrls(at10('See https://x.org/?utm_source=chatgpt.com\nand https://x.org/a?gclid=1&b=2 and a\\_b'));
    expect(lines(ps)).toEqual(['10 tracking-parameter', '11 tracking-parameter', '11 escaped-underscore']);
    expect(ps[1]!.fix).toContain('“https://x.org/a?b=2”');
    expect(checkUrls(at10('https://x.org/a_b?id=2&utm=1'))).toEqual([]);
  });
});

describe('checkHyphenation', () => {
  const check = (text: string, others: string[] = []) => checkHyphenation(at10(text), standaloneWords([text, ...others]));

  it('reports a word broken by a hyphen: its ending only, or the joined word used elsewhere', () => {
    expect(lines(check('Ресей тарихи\nсабақтас-тыққа сүйенеді.'))).toEqual(['11 hyphenation']);
    expect(lines(check('a long his-tory', ['the history of the region']))).toEqual(['10 hyphenation']);
    expect(lines(check('broad coopera-tion'))).toEqual(['10 hyphenation']);
  });

  it('reports a hyphen that ends a line or is followed by a space', () => {
    expect(lines(check('the multi-\nvector policy'))).toEqual(['10 hyphenation']);
    expect(lines(check('the insti- tution'))).toEqual(['10 hyphenation']);
    expect(check('short- and long-term plans')).toEqual([]);
  });

  it('does not report real compounds', () => {
    const text =
      'multi-vector diplomacy, people-to-people ties, Uzbekistan-Kazakhstan cooperation, the C5+1 platform, ' +
      'soft-power projects, region-wide networks, resilience-oriented policy, long-term plans, e-mail, post-Soviet, ' +
      'мәдени-гуманитарлық ынтымақтастық, культурно-гуманитарное сотрудничество, IT-парк, qoʻllab-quvvatlangan, ' +
      'multivectorism and multi-vectorism';
    expect(check(text)).toEqual([]);
  });

  it('does not report an abbreviation with its endings after a hyphen, which is how Kazakh and Uzbek write them', () => {
    expect(check('АҚШ-тың саясаты және ТМҰ-ның рөлі')).toEqual([]);
    expect(check('BMT-ning dasturi')).toEqual([]);
    // A broken ordinary word still is reported.
    expect(lines(check('Ресей тарихи\nсабақтас-тыққа сүйенеді.'))).toEqual(['11 hyphenation']);
  });

  it('knows grammatical endings', () => {
    expect(isSuffixChain('тыққа')).toBe(true);
    expect(isSuffixChain('tion')).toBe(true);
    expect(isSuffixChain('vector')).toBe(false);
    expect(isSuffixChain('гуманитарлық')).toBe(false);
  });
});
