import { describe, it, expect } from 'vitest';
import { missingNumbers, readings, doisIn, urlsIn } from './fidelity.ts';

describe('numbers across languages', () => {
  it('reads group and decimal separators of each language', () => {
    expect(readings('1,600')).toEqual(['1600', '1.600']);
    expect(readings('1 600')).toEqual(['1600']);
    expect(readings('15\u00A0000')).toEqual(['15000']);
    expect(readings('2,5')).toEqual(['2.5']);
    expect(readings('2022')).toEqual(['2022']);
  });

  it('finds the English figures in Russian, Kazakh and Uzbek writing', () => {
    const en = 'From 2017 to 2025, IT companies grew from 147 to 1,600 and exports reached USD 2.5 billion.';
    expect(missingNumbers(en, 'С 2017 по 2025 год число IT-компаний выросло со 147 до 1 600, экспорт достиг 2,5 млрд долларов.')).toEqual([]);
    expect(missingNumbers(en, '2017–2025 жылдары IT-компаниялар саны 147-ден 1600-ге дейін өсті, экспорт 2,5 млрд долларға жетті.')).toEqual([]);
  });

  it('reports a figure that was dropped or changed', () => {
    const en = 'Nearly 15,000 IT specialists graduate each year, 24,000 jobs.';
    expect(missingNumbers(en, 'Ежегодно выпускается около 15 000 IT-специалистов, 42 000 рабочих мест.')).toEqual(['24,000']);
    expect(missingNumbers('in 2019 and 2022', 'в 2019 году')).toEqual(['2022']);
  });

  it('extracts DOIs and URLs without trailing punctuation', () => {
    expect(doisIn('DOI: 10.51889/2959-6270.2026.94.2.010.')).toEqual(['10.51889/2959-6270.2026.94.2.010']);
    expect(urlsIn('see (https://example.org/a?b=1).')).toEqual(['https://example.org/a?b=1']);
  });
});
