import { describe, it, expect } from 'vitest';
// The filter script is plain JavaScript in public/; its folding is pure and exported for this test.
import { fold, matchingForm } from '../../public/scripts/glossary-filter.js';

describe('fold', () => {
  it('ignores case, accents and the Uzbek apostrophes', () => {
    expect(fold('Oʻzbekiston')).toBe('ozbekiston');
    expect(fold("O'zbekiston")).toBe('ozbekiston');
    expect(fold('O‘zbekiston')).toBe('ozbekiston');
    expect(fold('sunʼiy')).toBe('suniy');
    expect(fold('jumsaq kúsh')).toBe('jumsaq kush');
    expect(fold('Özbekstan')).toBe('ozbekstan');
    expect(fold('ЁЛКА')).toBe('елка');
  });

  it('takes Kazakh and Uzbek Cyrillic letters as their plain base, as a Russian keyboard types them', () => {
    expect(fold('Қазақстан')).toBe(fold('Казакстан'));
    expect(fold('жұмсақ күш')).toBe('жумсак куш');
    expect(fold('Ўзбекистон')).toBe('узбекистон');
    expect(fold('ҳамкорлик')).toBe('хамкорлик');
    expect(fold('білім')).toBe('билим');
  });

  it('treats quotes, hyphens and dashes as spaces', () => {
    expect(fold('«Цифровой Казахстан»')).toBe('цифровои казахстан');
    expect(fold('people-to-people ties')).toBe('people to people ties');
    expect(fold('Digital Uzbekistan – 2030')).toBe('digital uzbekistan 2030');
    expect(fold('C5+1')).toBe('c5+1');
  });
});

describe('matchingForm', () => {
  it('finds the first form that contains the query', () => {
    const forms = ['soft power', 'мягкая сила', 'yumshoq kuch'].map((form, i) => ({ lang: ['en', 'ru', 'uz'][i]!, form, folded: fold(form) }));
    expect(matchingForm(forms, fold('Soft Power'))?.lang).toBe('en');
    expect(matchingForm(forms, fold('мягк'))?.form).toBe('мягкая сила');
    expect(matchingForm(forms, fold('hard'))).toBeUndefined();
  });
});
