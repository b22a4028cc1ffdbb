import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeWord, highlight, normalizeQuery, snippet, words, type SearchLang } from '../../../src/lib/search/analyze.ts';
import { toLatinUz } from '../../../src/lib/search/translit-uz.ts';

const one = (word: string, lang: SearchLang) => {
  const tokens = analyze(word, lang);
  expect(tokens, `"${word}" is one word`).toHaveLength(1);
  return tokens[0]!;
};
const same = (lang: SearchLang, ...forms: string[]) => new Set(forms.map((f) => one(f, lang)));

describe('words', () => {
  it('keeps apostrophes inside Uzbek words, whichever mark was typed', () => {
    const text = "Oʻzbekiston O'zbekiston O‘zbekiston O’zbekiston qo`shni taʼlim maʼnaviy";
    expect(words(text).map((w) => w.word)).toEqual(text.split(' '));
  });

  it('splits at hyphens, dashes, quotes and punctuation; numbers are words', () => {
    expect(words('IT-park, 21–22-mart «yumshoq kuch» C5+1 (2030)').map((w) => w.word)).toEqual([
      'IT', 'park', '21', '22', 'mart', 'yumshoq', 'kuch', 'C5', '1', '2030',
    ]);
  });

  it('leaves quotes around a word out of it', () => {
    expect(words("‘soʻz’ 'word' ʻword").map((w) => w.word)).toEqual(['soʻz', 'word', 'word']);
  });

  it('gives offsets into the text', () => {
    const text = 'Navroʻz — bahor bayrami';
    for (const w of words(text)) expect(text.slice(w.start, w.end)).toBe(w.word);
    expect(words(text).map((w) => w.start)).toEqual([0, 10, 16]);
  });
});

describe('analyze: normalisation', () => {
  it('gives one token for every spelling of the Uzbek apostrophe, and for none', () => {
    expect(same('uz', 'Oʻzbekiston', "O'zbekiston", 'O‘zbekiston', 'O’zbekiston', 'O`zbekiston', 'Ozbekiston', 'OʻZBEKISTON')).toEqual(
      new Set(['ozbekisto']),
    );
    expect(same('uz', 'taʼlim', "ta'lim", 'ta’lim', 'talim').size).toBe(1);
  });

  it('folds Kazakh letters, in every language', () => {
    for (const lang of ['kk', 'ru', 'en', 'uz'] as const) {
      expect(same(lang, 'казакстан', 'Қазақстан', 'ҚАЗАҚСТАН').size, lang).toBe(1);
    }
    expect(one('Қазақстан', 'kk')).toBe('казакстан');
    expect(same('kk', 'өңір', 'онир', 'ӨҢІР').size).toBe(1);
  });

  it('reads ё as е', () => {
    expect(same('ru', 'ёлка', 'елка', 'Ёлка').size).toBe(1);
    expect(same('ru', 'молодёжная', 'молодежная').size).toBe(1);
  });

  it('keeps й apart from и, as a letter Pagefind will not fold', () => {
    // й in the stem: война (war) and воина (warrior's) must not meet.
    expect(one('война', 'ru')).not.toBe(one('воина', 'ru'));
    // In Kazakh, where the stemmer takes nothing off: май (oil, May) and the non-word маи.
    expect(one('май', 'kk')).not.toBe(one('маи', 'kk'));
    expect(one('Ресей', 'kk')).not.toBe(one('Ресеи', 'kk'));
    for (const token of analyze('война май Ресей новый Қытай Мирзиёев', 'ru').concat(analyze('май Қытай', 'kk'))) {
      expect(token).not.toMatch(/й/);
      // What Pagefind does to a word leaves a token as it is.
      expect(token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe(token);
    }
    expect(one('май', 'kk')).toBe('ма\u0458');
  });

  it('removes diacritics as Pagefind would, so that tokens are Pagefind fixed points', () => {
    expect(same('kk', 'jumsaq kúsh'.split(' ')[1]!, 'kush').size).toBe(1);
    expect(one('Türkistan', 'en')).toBe(one('Turkistan', 'en'));
  });
});

describe('analyze: the real editions', () => {
  it('gives tokens that Pagefind keeps as they are', () => {
    const root = join(import.meta.dirname, '../../../content/articles');
    const bad = new Set<string>();
    let count = 0;
    for (const slug of readdirSync(root)) {
      for (const lang of ['en', 'ru', 'kk', 'uz'] as const) {
        for (const t of analyze(readFileSync(join(root, slug, `${lang}.mdx`), 'utf8'), lang)) {
          count++;
          const folded = t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
          if (folded !== t || !/^[\p{Alphabetic}\p{N}]+$/u.test(t) || t.includes('й')) bad.add(t);
        }
      }
    }
    expect(count).toBeGreaterThan(30000);
    expect([...bad]).toEqual([]);
  });
});

describe('analyze: stemming', () => {
  it('stems Russian with Snowball', () => {
    expect(same('ru', 'дипломатией', 'дипломатия', 'дипломатии').size).toBe(1);
    expect(same('ru', 'мягкой', 'мягкая', 'мягкую').size).toBe(1);
    expect(one('сила', 'ru')).not.toBe(one('село', 'ru'));
  });

  it('stems English', () => {
    expect(same('en', 'cultures', 'culture', 'Cultures').size).toBe(1);
    expect(one('diplomacy', 'en')).not.toBe(one('culture', 'en'));
  });

  it('brings Kazakh inflected forms to the base form’s token', () => {
    expect(same('kk', 'дипломатия', 'дипломатиясы', 'дипломатияның', 'дипломатиясының', 'дипломатияны', 'дипломатияға')).toEqual(
      new Set(['дипломатия']),
    );
    expect(same('kk', 'мектеп', 'мектептерде', 'мектебі', 'мектептің').size).toBe(1);
    expect(same('kk', 'кітап', 'кітабы').size).toBe(1);
    expect(same('kk', 'ынтымақтастық', 'ынтымақтастығы', 'ынтымақтастықтың').size).toBe(1);
    expect(same('kk', 'Қазақстан', 'Қазақстанның', 'Қазақстанда', 'Қазақстанға', 'Қазақстандағы').size).toBe(1);
    expect(same('kk', 'жоба', 'жобасы', 'жобалар', 'жобасының').size).toBe(1);
    expect(same('kk', 'қатынас', 'қатынасы', 'қатынастар', 'қатынастарды').size).toBe(1);
  });

  it('keeps distinct Kazakh words distinct, and short words whole', () => {
    expect(one('мектеп', 'kk')).not.toBe(one('мекен', 'kk'));
    expect(one('ил', 'kk')).toBe('ил');
    expect(one('ел', 'kk')).toBe('ел');
    expect(one('Түркістан', 'kk')).not.toBe(one('түркі', 'kk'));
    // и ends words of its own (мәдени "cultural"); only і is a possessive.
    expect(one('мәдени', 'kk')).toBe('мадени');
    expect(one('мәдени', 'kk')).not.toBe(one('мәдениет', 'kk'));
    // Алматы does not end in an accusative (-ты follows only voiceless consonants).
    expect(same('kk', 'Алматы', 'Алматыда', 'Алматының').size).toBe(1);
    expect(one('тегін', 'kk')).not.toBe(one('тек', 'kk'));
  });

  it('brings Uzbek inflected forms to the base form’s token', () => {
    expect(same('uz', 'diplomatiya', 'diplomatiyasi', 'diplomatiyaning', 'diplomatiyasining', 'diplomatiyani')).toEqual(new Set(['diplomatiya']));
    expect(same('uz', 'hamkorlik', 'hamkorlikni', 'hamkorligi', 'hamkorlikka').size).toBe(1);
    expect(same('uz', 'Oʻzbekiston', 'Oʻzbekistonning', 'Oʻzbekistonda', 'Oʻzbekistondagi').size).toBe(1);
    expect(same('uz', 'mamlakat', 'mamlakatlarimiz', 'mamlakatlari').size).toBe(1);
    expect(same('uz', 'jarayon', 'jarayoni', 'jarayonni').size).toBe(1);
  });

  it('keeps distinct Uzbek words distinct', () => {
    expect(one('hamkor', 'uz')).not.toBe(one('hamkorlik', 'uz'));
    expect(one('qilgan', 'uz')).not.toBe(one('qil', 'uz'));
    expect(one('til', 'uz')).toBe('til');
  });

  it('stems by script as well as language', () => {
    // A Russian title in a Kazakh reference list, an English title on a Russian page.
    expect(one('cultures', 'ru')).toBe(one('culture', 'en'));
    // A Kazakh word on a Russian page is one token, typed with its letters or without.
    expect(one('жұмсақ', 'ru')).toBe(one('жумсак', 'ru'));
    // Uzbek Latin on an English page (ʻ gives it away).
    expect(one('Oʻzbekistonning', 'en')).toBe(one('Oʻzbekiston', 'uz'));
    // Digits are not stemmed.
    expect(one('2030-yilgacha'.split('-')[0]!, 'uz')).toBe('2030');
  });
});

describe('Uzbek Cyrillic', () => {
  it('transliterates real words to the 1995 Latin alphabet', () => {
    expect(toLatinUz('Наврўз')).toBe('Navroʻz');
    expect(toLatinUz('Ўзбекистон')).toBe('Oʻzbekiston');
    expect(toLatinUz('Тошкент')).toBe('Toshkent');
    expect(toLatinUz('Мирзиёев')).toBe('Mirziyoyev');
    expect(toLatinUz('юмшоқ куч')).toBe('yumshoq kuch');
    expect(toLatinUz('Ғарб')).toBe('Gʻarb');
    expect(toLatinUz('ҳамкорлик')).toBe('hamkorlik');
    expect(toLatinUz('маънавий')).toBe('maʼnaviy');
    expect(toLatinUz('Европа')).toBe('Yevropa');
    expect(toLatinUz('федерация')).toBe('federatsiya');
    expect(toLatinUz('концерт')).toBe('konsert');
    expect(toLatinUz('ШАРҚ')).toBe('SHARQ');
  });

  it('transliterates a query that is Uzbek Cyrillic, and no other', () => {
    expect(normalizeQuery('Наврўз', 'ru')).toBe('Navroʻz');
    expect(normalizeQuery('Тошкент', 'uz')).toBe('Toshkent');
    expect(normalizeQuery('юмшоқ куч', 'en')).toBe('yumshoq kuch');
    // Russian, and Kazakh (ұ, ү; or қ on a Kazakh page), stay Cyrillic.
    expect(normalizeQuery('Тошкент', 'ru')).toBe('Тошкент');
    expect(normalizeQuery('жұмсақ күш', 'ru')).toBe('жұмсақ күш');
    expect(normalizeQuery('Қазақ', 'kk')).toBe('Қазақ');
    expect(normalizeQuery('Oʻzbekiston', 'uz')).toBe('Oʻzbekiston');
  });

  it('meets the Latin text once normalised', () => {
    expect(analyze(normalizeQuery('Наврўз', 'uz'), 'uz')).toEqual(analyze('Navroʻz', 'uz'));
    expect(analyze(normalizeQuery('Ўзбекистонда', 'ru'), 'uz')).toEqual(analyze('Oʻzbekiston', 'uz'));
    // A word with ў is Uzbek wherever it stands, even without normalizeQuery.
    expect(analyzeWord('Наврўз', 'ru')).toBe(analyzeWord('Navroʻz', 'uz'));
  });
});

// Real paragraphs (khamdamov-cultural-diplomacy-regional-integration, p. 1 of the body).
const RU =
  'Культурная дипломатия издавна считается важной силой, объединяющей людей, умы и сердца. Можно видеть, что в переходный период, который переживал регион Центральной Азии в 1990-е годы, этот инструмент стал важным фактором, позитивно повлиявшим на этот процесс. Сегодня эта сфера, которую называют инструментом «мягкой силы», по-прежнему служит важным мостом между странами и культурами. Этот фактор особенно важен в нынешнюю эпоху войн.';
const UZ =
  'Madaniy diplomatiya azaldan odamlarni, ongu qalblarni birlashtiruvchi muhim kuch sifatida qaralgan. 1990-yillarda Markaziy Osiyo mintaqasida kechgan oʻtish davrida bu vosita mazkur jarayonga ijobiy taʼsir koʻrsatishda muhim omil boʻlib xizmat qilganini koʻrishimiz mumkin. Bugungi kunda «yumshoq kuch» vositasi sifatida taʼriflanadigan bu soha mamlakatlar va madaniyatlar oʻrtasida muhim koʻprik vazifasini bajarishda davom etmoqda. Bu omil urushlar davom etayotgan hozirgi davrda ayniqsa muhimdir.';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('highlight', () => {
  it('marks the inflected forms of the query words in a real Russian paragraph', () => {
    const q = analyze('мягкая сила', 'ru');
    expect(marked(RU, highlight(RU, 'ru', q))).toEqual(['силой', 'мягкой', 'силы']);
  });

  it('marks forms the query word begins (prefix, as Pagefind matches)', () => {
    const q = analyze('культур', 'ru');
    expect(marked(RU, highlight(RU, 'ru', q))).toEqual(['Культурная', 'культурами']);
  });

  it('marks Uzbek forms across apostrophes and endings', () => {
    const q = analyze("vosita o'rtasida", 'uz');
    expect(marked(UZ, highlight(UZ, 'uz', q))).toEqual(['vosita', 'vositasi', 'oʻrtasida']);
  });

  it('needs three letters for a prefix match, and marks nothing for no query', () => {
    expect(highlight(UZ, 'uz', analyze('bu', 'uz')).length).toBe(3);
    expect(marked(UZ, highlight(UZ, 'uz', ['bu']))).toEqual(['bu', 'bu', 'Bu']);
    expect(highlight(UZ, 'uz', [])).toEqual([]);
  });
});

describe('snippet', () => {
  it('returns a short text whole, with its marks', () => {
    const s = snippet('мягкая сила', [[0, 6]]);
    expect(s).toEqual({ text: 'мягкая сила', marks: [[0, 6]] });
  });

  it('cuts a window around the densest run of matches, at word boundaries, with ellipses', () => {
    const ranges = highlight(RU, 'ru', analyze('мягкая сила культура', 'ru'));
    const s = snippet(RU, ranges, 120);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(122);
    // The window is the one with «мягкой силы» and «культурами», not the opening words.
    expect(marked(s.text, s.marks)).toEqual(['мягкой', 'силы', 'культурами']);
    // Cut at words: the text inside the ellipses begins and ends a word of the paragraph.
    const inner = s.text.slice(1, -1);
    const at = RU.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(RU[at - 1]).toMatch(/[\s«(]/);
    expect(RU[at + inner.length] ?? ' ').toMatch(/[\s.,»)]/);
  });

  it('starts at the beginning when there is no match, and never cuts a word', () => {
    const s = snippet(UZ, [], 100);
    expect(s.text.startsWith('Madaniy')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.marks).toEqual([]);
    expect(UZ.startsWith(s.text.slice(0, -1))).toBe(true);
    expect(UZ[s.text.length - 1]).toMatch(/[\s.,]/);
  });

  it('keeps a match at the very end in the window', () => {
    const ranges = highlight(UZ, 'uz', analyze('muhimdir', 'uz')).filter(([s]) => s > UZ.length - 20);
    const s = snippet(UZ, ranges, 80);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(false);
    expect(marked(s.text, s.marks)).toEqual(['muhimdir']);
  });
});

describe('surnames', () => {
  it('a Russian surname in the nominative meets its other cases (Snowball alone cut Токаев to тока)', () => {
    expect(analyzeWord('Токаев', 'ru')).toBe(analyzeWord('Токаева', 'ru'));
    expect(analyzeWord('Мирзиёев', 'ru')).toBe(analyzeWord('Мирзиёеву', 'ru'));
  });
  it('a Kazakh surname in -ев takes the endings of a voiceless stem (Тоқаевқа, Тоқаевтың)', () => {
    expect(analyzeWord('Тоқаевқа', 'kk')).toBe(analyzeWord('Тоқаев', 'kk'));
    expect(analyzeWord('Тоқаевтың', 'kk')).toBe(analyzeWord('Тоқаев', 'kk'));
  });
});
