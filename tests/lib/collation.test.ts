import { describe, it, expect } from 'vitest';
import { sortIn, compareIn, initialLetter, groupByInitial, DIGITS } from '../../src/lib/collation.ts';

const id = (s: string) => s;
const sorted = (words: string[], lang: string) => sortIn(words, id, lang);
/** Whether `a` comes before `b` in `lang`'s order. */
const before = (a: string, b: string, lang: string) => compareIn(lang)(a, b) < 0;

describe('Kazakh order', () => {
  it('puts each Kazakh letter right after its base letter', () => {
    const words = ['Ішкі', 'Ыдырыс', 'Үй', 'Ұлт', 'Уақыт', 'Һ', 'Хан', 'Өмір', 'Орын', 'Ң', 'Нан', 'Қала', 'Кітап', 'Ғалым', 'Гүл', 'Әлем', 'Ана', 'Бала'];
    expect(sorted(words, 'kk')).toEqual(['Ана', 'Әлем', 'Бала', 'Гүл', 'Ғалым', 'Кітап', 'Қала', 'Нан', 'Ң', 'Орын', 'Өмір', 'Уақыт', 'Ұлт', 'Үй', 'Хан', 'Һ', 'Ыдырыс', 'Ішкі']);
  });

  it('differs from the Russian order where the alphabets differ (І, and Ұ before Ү)', () => {
    // Russian files І with И (before К) and Ү before Ұ; Kazakh puts І after Ы and Ұ before Ү.
    expect(before('Ішкі', 'Кітап', 'ru')).toBe(true);
    expect(before('Ішкі', 'Кітап', 'kk')).toBe(false);
    expect(before('Ыдырыс', 'Ішкі', 'kk')).toBe(true);
    expect(before('Үй', 'Ұлт', 'ru')).toBe(true);
    expect(before('Ұлт', 'Үй', 'kk')).toBe(true);
  });

  it('sorts real glossary labels: an Ә label after the А labels, an І label after the Ы ones', () => {
    const labels = ['ұлтаралық ынтымақ', 'білім беру', 'әлеует', 'ынтымақтастық', 'аймақтық даму', 'інжу', 'академиялық ұтқырлық', 'бета ұрпағы'];
    expect(sorted(labels, 'kk')).toEqual(['аймақтық даму', 'академиялық ұтқырлық', 'әлеует', 'бета ұрпағы', 'білім беру', 'ұлтаралық ынтымақ', 'ынтымақтастық', 'інжу']);
  });
});

describe('Uzbek Latin order', () => {
  it('puts Oʻ Gʻ Sh Ch after Z, in that order', () => {
    const words = ['Choy', 'Shahar', 'Gʻarb', 'Oʻzbekiston', 'Zamon', 'Yoshlar', 'Xalq', 'Oila', 'Sayt', 'Gul', 'Cambridge', 'Abadiy'];
    expect(sorted(words, 'uz')).toEqual(['Abadiy', 'Cambridge', 'Gul', 'Oila', 'Sayt', 'Xalq', 'Yoshlar', 'Zamon', 'Oʻzbekiston', 'Gʻarb', 'Shahar', 'Choy']);
  });

  it('differs from the English order', () => {
    expect(before('Oʻzbekiston', 'Zamon', 'en')).toBe(true);
    expect(before('Oʻzbekiston', 'Zamon', 'uz')).toBe(false);
    expect(before('Shanxay', 'Sayt', 'en')).toBe(false);
    expect(before('Shanxay', 'Tojikiston', 'uz')).toBe(false);
  });
});

describe('punctuation and case', () => {
  it('ignores quotes, so a quoted name files under its first letter', () => {
    expect(sorted(['«Цифровой Казахстан»', 'Центральная Азия', 'Договор о вечной дружбе', 'Шанхай'], 'ru')).toEqual([
      'Договор о вечной дружбе',
      'Центральная Азия',
      '«Цифровой Казахстан»',
      'Шанхай',
    ]);
  });
});

describe('initialLetter', () => {
  it('is the first letter, upper case, after quotes', () => {
    expect(initialLetter('soft power', 'en')).toBe('S');
    expect(initialLetter('«Цифрлық Қазақстан»', 'kk')).toBe('Ц');
    expect(initialLetter('әлеует', 'kk')).toBe('Ә');
    expect(initialLetter('інжу', 'kk')).toBe('І');
    expect(initialLetter('«1 миллион программистов»', 'ru')).toBe(DIGITS);
  });

  it('treats the Uzbek digraphs as letters, whatever apostrophe was typed', () => {
    expect(initialLetter('Oʻzbekiston', 'uz')).toBe('Oʻ');
    expect(initialLetter("o'zbekiston", 'uz')).toBe('Oʻ');
    expect(initialLetter('gʻarb', 'uz')).toBe('Gʻ');
    expect(initialLetter('Shanxay hamkorlik tashkiloti', 'uz')).toBe('Sh');
    expect(initialLetter('chegara', 'uz')).toBe('Ch');
    expect(initialLetter('sunʼiy intellekt', 'uz')).toBe('S');
    expect(initialLetter('Shanghai', 'en')).toBe('S');
  });
});

describe('groupByInitial', () => {
  it('groups in the alphabet\'s order, digits first', () => {
    const labels = ['Zamon', 'Shanxay', 'sunʼiy intellekt', 'Oʻzbekiston', 'Oila', '1 million', 'Chegara', 'Gʻarb', 'gul'];
    expect(groupByInitial(labels, id, 'uz')).toEqual([
      { letter: DIGITS, items: ['1 million'] },
      { letter: 'G', items: ['gul'] },
      { letter: 'O', items: ['Oila'] },
      { letter: 'S', items: ['sunʼiy intellekt'] },
      { letter: 'Z', items: ['Zamon'] },
      { letter: 'Oʻ', items: ['Oʻzbekiston'] },
      { letter: 'Gʻ', items: ['Gʻarb'] },
      { letter: 'Sh', items: ['Shanxay'] },
      { letter: 'Ch', items: ['Chegara'] },
    ]);
  });

  it('puts Kazakh Ә after А and І after Ы', () => {
    const letters = groupByInitial(['інжу', 'ынтымақ', 'әлеует', 'аймақ', 'бала'], id, 'kk').map((g) => g.letter);
    expect(letters).toEqual(['А', 'Ә', 'Б', 'Ы', 'І']);
  });
});
