import { describe, it, expect } from 'vitest';
import type { GlossaryEntry } from '../../src/content.config.ts';
import { buildMatcher, formsOf, formKey, isCaseSensitive, type Lang } from '../../src/lib/terms.ts';

const entry = (id: string, forms: Partial<Record<Lang, string[]>>): GlossaryEntry => ({
  id,
  type: 'concept',
  labels: { en: forms.en?.[0] ?? id, ru: forms.ru?.[0] ?? id, kk: forms.kk?.[0] ?? id, uz: forms.uz?.[0] ?? id },
  authorLabels: [],
  exactCase: [],
  variants: Object.fromEntries(Object.entries(forms).map(([l, f]) => [l, f.slice(1)])),
  definitions: { en: 'x', ru: 'x', kk: 'x', uz: 'x' },
  sources: [{ article: 'a', paragraph: 'p-1' }],
  related: [],
});

const entries = [
  entry('soft-power', {
    en: ['soft power', 'soft-power'],
    ru: ['мягкая сила', 'мягкой силы', 'мягкую силу'],
    kk: ['жұмсақ күш', 'жұмсақ күштің'],
    uz: ['yumshoq kuch', 'yumshoq kuchning', 'юмшоқ куч'],
  }),
  entry('power', { en: ['power'], ru: ['сила'], kk: ['күш'], uz: ['kuch'] }),
  entry('sco', { en: ['Shanghai Cooperation Organisation', 'SCO'], ru: ['Шанхайская организация сотрудничества', 'ШОС'], kk: ['ШЫҰ'], uz: ['ShHT'] }),
  entry('uzbekistan', { en: ['Uzbekistan'], uz: ['Oʻzbekiston', 'Oʻzbekistonning', 'Ўзбекистон'] }),
  entry('c5-plus-1', { en: ['C5+1', 'C5+1 format'], ru: ['C5+1', 'формат C5+1'] }),
  entry('it-park', { en: ['IT Park'], ru: ['IT-парк', 'IT Park'] }),
  entry('silk-road', { ru: ['Шёлковый путь', 'Шелкового пути'] }),
  entry('digital-uzbekistan', { en: ['Digital Uzbekistan – 2030'], uz: ['Raqamli Oʻzbekiston – 2030'] }),
  entry('central-asia', { en: ['Central Asia'], ru: ['государства Центральной Азии', 'Центральной Азии'] }),
  entry('treaty', { en: ['Treaty on Allied Relations'] }),
];
const m = Object.fromEntries((['en', 'ru', 'kk', 'uz'] as const).map((l) => [l, buildMatcher(entries, l)])) as Record<Lang, ReturnType<typeof buildMatcher>>;
const found = (lang: Lang, text: string) => m[lang].find(text).map((x) => `${x.id}:${x.text}`);

describe('formsOf', () => {
  it('gives the label, then the variants, of one language', () => {
    expect(formsOf(entries[0]!, 'ru')).toEqual(['мягкая сила', 'мягкой силы', 'мягкую силу']);
    expect(formsOf(entries[1]!, 'kk')).toEqual(['күш']);
  });
});

describe('buildMatcher', () => {
  it('returns offsets into the given string, the text as written, in order', () => {
    const text = 'Это «мягкая сила» и ШОС.';
    const matches = m.ru.find(text);
    expect(matches).toEqual([
      { id: 'soft-power', start: 5, end: 16, text: 'мягкая сила' },
      { id: 'sco', start: 20, end: 23, text: 'ШОС' },
    ]);
    for (const x of matches) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('finds terms at the start and end of a sentence and inside quotes of every kind', () => {
    expect(found('en', 'Soft power. “soft power” and ‘soft power’ or "soft power"')).toEqual([
      'soft-power:Soft power',
      'soft-power:soft power',
      'soft-power:soft power',
      'soft-power:soft power',
    ]);
    expect(found('ru', '«Мягкая сила» — это мягкая сила')).toEqual(['soft-power:Мягкая сила', 'soft-power:мягкая сила']);
    expect(found('kk', '«жұмсақ күш»')).toEqual(['soft-power:жұмсақ күш']);
    expect(found('uz', '«yumshoq kuch» va “yumshoq kuch”')).toEqual(['soft-power:yumshoq kuch', 'soft-power:yumshoq kuch']);
  });

  it('prefers the leftmost, then the longest form, without overlaps', () => {
    expect(found('ru', 'рост мягкой силы')).toEqual(['soft-power:мягкой силы']);
    expect(found('en', 'the C5+1 format and C5+1')).toEqual(['c5-plus-1:C5+1 format', 'c5-plus-1:C5+1']);
    expect(found('en', 'soft power power')).toEqual(['soft-power:soft power', 'power:power']);
    expect(found('ru', 'государства Центральной Азии')).toEqual(['central-asia:государства Центральной Азии']);
  });

  it('finds inflected forms only when they are listed, and never inside a longer word', () => {
    expect(found('ru', 'мягкой силы, мягкую силу, мягкой силой')).toEqual(['soft-power:мягкой силы', 'soft-power:мягкую силу']);
    expect(found('ru', 'всесилия, гасила, силами, сила')).toEqual(['power:сила']);
    expect(found('kk', 'жұмсақ күштің, жұмсақ күштер, күшейту')).toEqual(['soft-power:жұмсақ күштің']);
    expect(found('uz', 'yumshoq kuchning, yumshoq kuchlar, kuchli, Oʻzbekistonda')).toEqual(['soft-power:yumshoq kuchning']);
    expect(found('en', 'empowerment, powers, superpower')).toEqual([]);
  });

  it('keeps the case of acronyms, and ignores case otherwise', () => {
    expect(found('en', 'the SCO, DISCO, disco, sco, Sco')).toEqual(['sco:SCO']);
    expect(found('ru', 'ШОС и шос')).toEqual(['sco:ШОС']);
    expect(found('uz', 'ShHT, SHHT, shht')).toEqual(['sco:ShHT']);
    expect(found('en', 'IT Park, it park, C5+1, c5+1')).toEqual(['it-park:IT Park', 'c5-plus-1:C5+1']);
    expect(found('en', 'SOFT POWER, Soft Power')).toEqual(['soft-power:SOFT POWER', 'soft-power:Soft Power']);
    // A form with an acronym may still open a sentence.
    expect(found('ru', 'Формат C5+1 и формат c5+1')).toEqual(['c5-plus-1:Формат C5+1']);
    // Names in title case are written in lower case too.
    expect(found('en', 'the treaty on allied relations; the Treaty on Allied Relations')).toEqual([
      'treaty:treaty on allied relations',
      'treaty:Treaty on Allied Relations',
    ]);
    expect(found('ru', 'государства центральной азии')).toEqual(['central-asia:государства центральной азии']);
    expect(isCaseSensitive('UNDP')).toBe(true);
    expect(isCaseSensitive('IT Park')).toBe(true);
    expect(isCaseSensitive('C5+1')).toBe(true);
    expect(isCaseSensitive('Coursera')).toBe(false);
    expect(isCaseSensitive('Oʻzbekiston')).toBe(false);
    expect(isCaseSensitive('Consultative Meetings of the Heads of Central Asian States')).toBe(false);
  });

  it('matches any run of whitespace, including no-break spaces, for a space', () => {
    expect(found('en', 'soft\u00A0power, soft \n  power, soft\u202Fpower')).toEqual([
      'soft-power:soft\u00A0power',
      'soft-power:soft \n  power',
      'soft-power:soft\u202Fpower',
    ]);
    expect(found('ru', 'мягкая\u00A0сила')).toEqual(['soft-power:мягкая\u00A0сила']);
  });

  it('treats all dashes alike, with or without spaces around them', () => {
    expect(found('en', 'soft-power, soft‐power, soft‑power, soft – power, soft—power')).toHaveLength(5);
    expect(found('en', 'Digital Uzbekistan-2030 and Digital Uzbekistan — 2030')).toEqual([
      'digital-uzbekistan:Digital Uzbekistan-2030',
      'digital-uzbekistan:Digital Uzbekistan — 2030',
    ]);
    expect(found('ru', 'IT–парк, IT - парк')).toEqual(['it-park:IT–парк', 'it-park:IT - парк']);
  });

  it('in Uzbek, takes any apostrophe-like character for ʻ and ʼ', () => {
    for (const a of ['ʻ', 'ʼ', "'", '‘', '’', '`'])
      expect(found('uz', `O${a}zbekiston va O${a}zbekistonning`)).toEqual([`uzbekistan:O${a}zbekiston`, `uzbekistan:O${a}zbekistonning`]);
    expect(found('uz', "Raqamli O'zbekiston-2030")).toEqual(["digital-uzbekistan:Raqamli O'zbekiston-2030"]);
    // An apostrophe between letters is part of the word, so a form cannot end before it.
    expect(found('uz', "kuch'ni")).toEqual([]);
    // Uzbek Cyrillic forms listed as variants are found in Latin editions too.
    expect(found('uz', 'Ўзбекистон ва юмшоқ куч')).toEqual(['uzbekistan:Ўзбекистон', 'soft-power:юмшоқ куч']);
  });

  it('in Russian, takes е and ё for each other', () => {
    expect(found('ru', 'Шелковый путь, Шёлкового пути, ШЕЛКОВЫЙ ПУТЬ')).toEqual([
      'silk-road:Шелковый путь',
      'silk-road:Шёлкового пути',
      'silk-road:ШЕЛКОВЫЙ ПУТЬ',
    ]);
  });

  it('compares after NFC and reports offsets into the original, decomposed text', () => {
    const text = 'Ru: мягкои\u0306 силы'.normalize('NFD');
    const [x] = m.ru.find(text);
    expect(x).toMatchObject({ id: 'soft-power', start: 4 });
    expect(x!.end).toBe(text.length);
    expect(x!.text).toBe(text.slice(4));
    const uz = 'Oʻzbekiston'.normalize('NFD');
    expect(m.uz.find(uz)).toHaveLength(1);
  });

  it('escapes regular-expression characters in forms', () => {
    expect(found('en', 'C5+1, C5 1, C551')).toEqual(['c5-plus-1:C5+1']);
    const odd = buildMatcher([entry('odd', { en: ['a.b (c)', '[x]*'] })], 'en');
    expect(odd.find('a.b (c) axb (c) [x]* [x]').map((x) => x.text)).toEqual(['a.b (c)', '[x]*']);
  });

  it('finds nothing with no entries or in empty text', () => {
    expect(buildMatcher([], 'en').find('soft power')).toEqual([]);
    expect(m.en.find('')).toEqual([]);
  });

  it('is quick on a long text: one combined expression per language', () => {
    const text = 'The SCO and soft power in Central Asia; Uzbekistan and IT Park. '.repeat(2000);
    const t = performance.now();
    expect(m.en.find(text)).toHaveLength(10000);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('formKey', () => {
  it('folds what the matcher does not distinguish', () => {
    expect(formKey('Soft  Power', 'en')).toBe(formKey('soft power', 'en'));
    expect(formKey('IT – Park', 'en')).toBe(formKey('it-park', 'en'));
    expect(formKey("O'zbekiston", 'uz')).toBe(formKey('Oʻzbekiston', 'uz'));
    expect(formKey('Шёлковый', 'ru')).toBe(formKey('шелковый', 'ru'));
    expect(formKey('soft power', 'en')).not.toBe(formKey('soft powers', 'en'));
  });
});

describe('exactCase', () => {
  it('matches the entry only as written in the languages it lists (Kazakh Наурыз, not наурыз = March)', async () => {
    const { buildMatcher } = await import('../../src/lib/terms.ts');
    const entry = {
      id: 'navruz', type: 'event', labels: { en: 'Navruz', ru: 'Навруз', kk: 'Наурыз', uz: 'Navroʻz' }, authorLabels: [],
      variants: { kk: ['Наурызда'] }, definitions: { en: 'x', ru: 'x', kk: 'x', uz: 'x' }, sources: [], related: [], exactCase: ['kk'],
    } as never;
    const kk = buildMatcher([entry], 'kk');
    expect(kk.find('2017 жылғы 22–23 наурызда').map((m) => m.text)).toEqual([]);
    expect(kk.find('Наурызда халықтар бірге тойлады').map((m) => m.text)).toEqual(['Наурызда']);
    // Russian is not listed: case folds as usual there.
    expect(buildMatcher([entry], 'ru').find('праздник навруз').map((m) => m.text)).toEqual(['навруз']);
  });
});
