import { describe, it, expect } from 'vitest';
import {
  firstSentence,
  scriptOf,
  variantGroups,
  groupByType,
  tailOf,
  headOf,
  concordance,
  occurrenceCounts,
  editionEntries,
  searchForms,
  serializeForms,
  type Occurrence,
} from '../../src/lib/glossary-view.ts';

describe('firstSentence', () => {
  it('ends at the first full stop followed by a new sentence', () => {
    expect(firstSentence('Central Asian republic, capital Bishkek. Its ties with Kazakhstan are close.')).toBe(
      'Central Asian republic, capital Bishkek.',
    );
  });

  it('does not stop at initials and abbreviations', () => {
    expect(firstSentence('Power through attraction (J. Nye’s distinction, cited by Ustemirova). More follows.')).toBe(
      'Power through attraction (J. Nye’s distinction, cited by Ustemirova).',
    );
    expect(firstSentence('Способность влиять (разграничение Дж. Ная). Далее.')).toBe('Способность влиять (разграничение Дж. Ная).');
    expect(firstSentence('Established by Resolution No. 17 of 10 January 2019. Later it grew.')).toBe(
      'Established by Resolution No. 17 of 10 January 2019.',
    );
  });

  it('keeps a closing quote with its sentence, and returns a single sentence whole', () => {
    expect(firstSentence('Они называют это «мягкой силой.» Потом — иначе.')).toBe('Они называют это «мягкой силой.»');
    expect(firstSentence('Only one sentence here.')).toBe('Only one sentence here.');
  });
});

describe('variant forms', () => {
  it('knows the script of a form', () => {
    expect(scriptOf('юмшоқ куч')).toBe('Cyrl');
    expect(scriptOf('jumsaq kúsh')).toBe('Latn');
    expect(scriptOf('C5+1')).toBe('Latn');
    expect(scriptOf('2030')).toBeUndefined();
  });

  it('groups by language and sets Kazakh Latin and Uzbek Cyrillic forms apart', () => {
    const groups = variantGroups(
      {
        variants: {
          en: ['soft-power'],
          ru: ['мягкой силы', 'IT Park'],
          kk: ['жұмсақ күштің', 'jumsaq kúsh'],
          uz: ['yumshoq kuchi', 'юмшоқ куч'],
        },
      },
      ['ru', 'kk', 'uz', 'en'],
    );
    expect(groups).toEqual([
      { lang: 'ru', script: undefined, tag: 'ru', forms: ['мягкой силы', 'IT Park'] },
      { lang: 'kk', script: undefined, tag: 'kk', forms: ['жұмсақ күштің'] },
      { lang: 'kk', script: 'Latn', tag: 'kk-Latn', forms: ['jumsaq kúsh'] },
      { lang: 'uz', script: undefined, tag: 'uz', forms: ['yumshoq kuchi'] },
      { lang: 'uz', script: 'Cyrl', tag: 'uz-Cyrl', forms: ['юмшоқ куч'] },
      { lang: 'en', script: undefined, tag: 'en', forms: ['soft-power'] },
    ]);
  });
});

describe('groupByType', () => {
  it('keeps the fixed order of types and sorts each group in the language', () => {
    const e = (id: string, type: 'concept' | 'place' | 'event', kk: string) => ({ id, type, labels: { en: id, ru: id, kk, uz: id } });
    const groups = groupByType([e('a', 'place', 'Ресей'), e('b', 'concept', 'ұлтаралық ынтымақ'), e('c', 'concept', 'білім беру'), e('d', 'event', 'Наурыз')], 'kk');
    expect(groups.map((g) => [g.type, g.entries.map((x) => x.id)])).toEqual([
      ['concept', ['c', 'b']],
      ['event', ['d']],
      ['place', ['a']],
    ]);
  });
});

describe('concordance', () => {
  it('cuts long contexts at a word boundary and marks the cut', () => {
    expect(tailOf('one two three four five', 12)).toBe('…four five');
    expect(headOf('one two three four five', 12)).toBe('one two…');
    expect(tailOf('short', 12)).toBe('short');
    expect(headOf('  spaced\n text ', 40)).toBe(' spaced text ');
  });

  it('lists the lines of one entry by edition, in text order, leaving out occurrences outside blocks', () => {
    const occ = (id: string, block: string, text: string): Occurrence => ({ id, block, text, before: 'before ', after: ' after', linked: false });
    const lines = concordance('soft-power', [
      { article: 'x', occurrences: [occ('soft-power', 'p-2', 'soft power'), occ('china', 'p-3', 'China'), occ('soft-power', 'p-9', 'soft-power')] },
      { article: 'y', occurrences: [occ('china', 'p-1', 'China')] },
      { article: 'z', occurrences: [occ('soft-power', '', 'soft power'), occ('soft-power', 'p-4', 'Soft power')] },
    ]);
    expect(lines).toEqual([
      {
        article: 'x',
        lines: [
          { block: 'p-2', before: 'before ', keyword: 'soft power', after: ' after' },
          { block: 'p-9', before: 'before ', keyword: 'soft-power', after: ' after' },
        ],
      },
      { article: 'z', lines: [{ block: 'p-4', before: 'before ', keyword: 'Soft power', after: ' after' }] },
    ]);
  });

  it('counts occurrences per language', () => {
    const o = (id: string): Occurrence => ({ id, block: 'p-1', text: id, before: '', after: '', linked: true });
    const counts = occurrenceCounts('a', [
      { lang: 'en', occurrences: [o('a'), o('b'), o('a')] },
      { lang: 'en', occurrences: [o('a')] },
      { lang: 'kk', occurrences: [o('b')] },
    ]);
    expect([...counts]).toEqual([['en', 3]]);
  });
});

describe('editionEntries', () => {
  it('lists each entry that occurs once, in the edition language\'s order', () => {
    const entry = (id: string, uz: string) => ({ id, labels: { en: id, ru: id, kk: id, uz } });
    const entries = [entry('uzbekistan', 'Oʻzbekiston'), entry('china', 'Xitoy'), entry('shanghai', 'Shanxay hamkorlik tashkiloti'), entry('navruz', 'Navroʻz')];
    const o = (id: string): Occurrence => ({ id, block: 'p-1', text: id, before: '', after: '', linked: true });
    expect(editionEntries([o('shanghai'), o('uzbekistan'), o('china'), o('uzbekistan')], entries, 'uz').map((e) => e.id)).toEqual([
      'china',
      'uzbekistan',
      'shanghai',
    ]);
  });
});

describe('searchForms', () => {
  it('holds the labels and variants of all four languages, once each, with their language', () => {
    const forms = searchForms({
      labels: { en: 'soft power', ru: 'мягкая сила', kk: 'жұмсақ күш', uz: 'yumshoq kuch' },
      variants: { en: ['soft-power'], ru: ['мягкой силы'], kk: ['мягкая сила'], uz: ['юмшоқ куч'] },
    });
    expect(serializeForms(forms).split('\n')).toEqual([
      'en:soft power',
      'en:soft-power',
      'ru:мягкая сила',
      'ru:мягкой силы',
      'kk:жұмсақ күш',
      'uz:yumshoq kuch',
      'uz:юмшоқ куч',
    ]);
  });
});
