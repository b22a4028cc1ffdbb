import { describe, it, expect } from 'vitest';
import { pickLanguage, preferenceOrder, formatName } from '../../src/lib/names.ts';

describe('pickLanguage', () => {
  const names = { en: 'Ustemirova', kk: 'Устемирова' };
  it('takes the first preferred language that is given', () => {
    expect(pickLanguage(names, ['ru', 'kk', 'en'])).toEqual({ lang: 'kk', value: 'Устемирова' });
  });
  it('falls back to the first form given', () => {
    expect(pickLanguage(names, ['uz'])).toEqual({ lang: 'en', value: 'Ustemirova' });
    expect(pickLanguage(undefined, ['en'])).toBeUndefined();
    expect(pickLanguage({}, ['en'])).toBeUndefined();
  });
  it('orders preferences without duplicates', () => {
    expect(preferenceOrder('ru', undefined, 'en', 'ru')).toEqual(['ru', 'en']);
  });
});

describe('formatName', () => {
  it('writes given name first, or family first with a patronymic', () => {
    expect(formatName({ family: 'Khamdamov', given: 'Mirzoumid' })).toBe('Mirzoumid Khamdamov');
    expect(formatName({ family: 'Устемирова', given: 'А.О.' })).toBe('А.О. Устемирова');
    expect(formatName({ family: 'Alieva', given: 'Perizat', patronymic: 'Tazabay kizi' })).toBe('Alieva Perizat Tazabay kizi');
    expect(formatName({ family: 'Nye' })).toBe('Nye');
  });
});
