import { describe, it, expect } from 'vitest';
import { encodeMeta, decodeMeta } from '../../../src/scripts/search/meta-code.ts';

describe('meta hidden from the index', () => {
  const texts = [
    'Cultural Diplomacy and Regional Integration — Uzbekistan-Kazakhstan Cooperation (2025), p. 18.',
    'Способность влиять на предпочтения других — «торг в сфере мягкой силы»; ёлка, новый.',
    'Қазақстанның мәдени дипломатиясы: жұмсақ күш, 21–22 наурыз.',
    'Oʻzbekiston Respublikasi taʼlim tizimi, O‘zbekiston, O\'zbekiston.',
    'café naïve ß ﬁ Ⅻ ½ x² ١٢٣ 漢字 _snake_ 👋',
  ];
  it('leaves no letter or digit for Pagefind to index, and gives the text back', () => {
    for (const t of texts) {
      const e = encodeMeta(t);
      expect(e).not.toMatch(/[\p{Alphabetic}\p{N}_]/u);
      expect(decodeMeta(e)).toBe(t);
    }
  });

  it('keeps punctuation and spaces as they are, so fragments stay small', () => {
    expect(encodeMeta('a, b.').replace(/[\uE000-\uF8FF]/g, 'x')).toBe('x, x.');
  });

  it('carries private-use characters of the text through', () => {
    const t = 'icon \uE000\uF8FF end';
    expect(decodeMeta(encodeMeta(t))).toBe(t);
  });
});
