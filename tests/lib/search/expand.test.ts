import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expand, termsFromGlossary, type GlossarySource, type TermEntry } from '../../../src/lib/search/expand.ts';
import type { SearchLang } from '../../../src/lib/search/analyze.ts';

const dir = join(import.meta.dirname, '../../../content/glossary');
const glossary = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as GlossarySource);
const terms = termsFromGlossary(glossary);
const ids = (query: string, lang: SearchLang, t: readonly TermEntry[] = terms) => expand(query, lang, t).map((h) => h.id);

describe('termsFromGlossary', () => {
  it('takes labels, and label + variants as forms, per language, without repeats', () => {
    const soft = terms.find((t) => t.id === 'soft-power')!;
    expect(soft.labels).toEqual({ en: 'soft power', ru: 'мягкая сила', kk: 'жұмсақ күш', uz: 'yumshoq kuch' });
    expect(soft.forms.ru[0]).toBe('мягкая сила');
    expect(soft.forms.ru).toContain('мягкой силы');
    expect(soft.forms.uz).toContain('юмшоқ куч');
    expect(soft.exactCase).toBeUndefined();
    expect(terms.find((t) => t.id === 'navruz')!.exactCase).toEqual(['kk']);
    const dup = termsFromGlossary([{ id: 'x', labels: { en: 'a', ru: 'b', kk: 'c', uz: 'd' }, variants: { en: ['a', 'e'] } }]);
    expect(dup[0]!.forms).toEqual({ en: ['a', 'e'], ru: ['b'], kk: ['c'], uz: ['d'] });
  });

  it('reads the real glossary', () => {
    expect(terms.length).toBeGreaterThan(50);
    for (const t of terms) for (const lang of ['en', 'ru', 'kk', 'uz'] as const) expect(t.forms[lang].length).toBeGreaterThan(0);
  });
});

describe('expand on the real glossary', () => {
  it('finds soft power from any language and any listed form', () => {
    expect(ids('soft power', 'en')).toEqual(['soft-power']);
    expect(ids('мягкой силы', 'ru')).toEqual(['soft-power']);
    expect(ids('жұмсақ күш', 'kk')).toEqual(['soft-power']);
    expect(ids('yumshoq kuch', 'uz')).toEqual(['soft-power']);
  });

  it('does not depend on the page language for the match', () => {
    expect(ids('мягкой силы', 'en')).toEqual(['soft-power']);
    expect(ids('yumshoq kuch', 'kk')).toEqual(['soft-power']);
    expect(ids('жумсак куш', 'ru')).toEqual(['soft-power']);
  });

  it('returns the labels the search also runs', () => {
    const [hit] = expand('мягкой силы', 'ru', terms);
    expect(hit).toEqual({ id: 'soft-power', labels: { en: 'soft power', ru: 'мягкая сила', kk: 'жұмсақ күш', uz: 'yumshoq kuch' } });
  });

  it('finds a term inside a longer query, as whole words', () => {
    expect(ids('the role of soft power in Central Asia', 'en')).toEqual(['soft-power', 'central-asia']);
    expect(ids('роль мягкой силы в регионе', 'ru')).toEqual(['soft-power']);
    // Not a part of a word, not a part of a form.
    expect(ids('softpower', 'en')).toEqual([]);
    expect(ids('power', 'en')).toEqual([]);
  });

  it('finds Navruz in Latin, Uzbek Cyrillic and Russian spellings', () => {
    expect(ids('Navruz', 'en')).toEqual(['navruz']);
    expect(ids('Наврўз', 'ru')).toEqual(['navruz']);
    expect(ids('Наврўз', 'uz')).toEqual(['navruz']);
    expect(ids('Navroʻz', 'uz')).toEqual(['navruz']);
    expect(ids("Navro'z bayrami", 'uz')).toEqual(['navruz']);
    expect(ids('Навруза', 'ru')).toEqual(['navruz']);
  });

  it('leaves out a term named only inside a longer one', () => {
    expect(ids('cultural diplomacy', 'en')).toEqual(['cultural-diplomacy']);
    expect(ids('мәдени дипломатиясы', 'kk')).toEqual(['cultural-diplomacy']);
    expect(ids('diplomacy', 'en')).toEqual(['diplomacy']);
  });

  it('matches acronyms only as written', () => {
    expect(ids('SCO', 'en')).toEqual(['shanghai-cooperation-organisation']);
    expect(ids('ШОС', 'ru')).toEqual(['shanghai-cooperation-organisation']);
    expect(ids('sco', 'en')).toEqual([]);
    expect(ids('IT Park', 'en')).toEqual(['it-park']);
    expect(ids('it park', 'en')).toEqual([]);
  });

  it('honours exactCase: Kazakh қытай (the language) is not Қытай (China)', () => {
    expect(ids('Қытай', 'kk')).toEqual(['china']);
    expect(ids('қытай тілі', 'kk')).toEqual([]);
  });

  it('finds nothing in a query that names no term', () => {
    expect(ids('погода на завтра', 'ru')).toEqual([]);
    expect(ids('', 'en')).toEqual([]);
    expect(ids('   ', 'uz')).toEqual([]);
    expect(ids('soft power', 'en', [])).toEqual([]);
  });
});
