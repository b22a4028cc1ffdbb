import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expand, termsFromGlossary, type GlossarySource, type TermEntry } from '../../../src/lib/search/expand.ts';
import { analyze, type SearchLang } from '../../../src/lib/search/analyze.ts';

const dir = join(import.meta.dirname, '../../../content/glossary');
const glossary = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as GlossarySource);
const terms = termsFromGlossary(glossary);
const ids = (query: string, lang: SearchLang, t: readonly TermEntry[] = terms) => expand(query, lang, t).map((h) => h.id);

describe('termsFromGlossary', () => {
  it('takes labels, and label + variants analysed in their language as forms, forms that analyse alike once', () => {
    const soft = terms.find((t) => t.id === 'soft-power')!;
    expect(soft.labels).toEqual({ en: 'soft power', ru: 'мягкая сила', kk: 'жұмсақ күш', uz: 'yumshoq kuch' });
    expect(soft.forms.ru[0]).toBe(analyze('мягкая сила', 'ru').join(' '));
    // «мягкой силы» is the same stems: one form.
    expect(analyze('мягкой силы', 'ru')).toEqual(analyze('мягкая сила', 'ru'));
    expect(soft.forms.ru.filter((f) => f === soft.forms.ru[0])).toHaveLength(1);
    // Uzbek typed in Cyrillic is read as Latin, so it is the Latin label's form.
    expect(soft.forms.uz).toContain(analyze('yumshoq kuch', 'uz').join(' '));
    expect(soft.forms.uz.filter((f) => /[а-яқ]/.test(f))).toEqual([]);
    const dup = termsFromGlossary([{ id: 'x', labels: { en: 'cultures', ru: 'культура', kk: 'мәдениет', uz: 'madaniyat' }, variants: { en: ['culture', 'Culture', 'arts'] } }]);
    expect(dup[0]!.forms).toEqual({ en: ['cultur', 'art'], ru: [analyze('культура', 'ru')[0]], kk: [analyze('мәдениет', 'kk')[0]], uz: [analyze('madaniyat', 'uz')[0]] });
  });

  it('marks acronyms, matched as written, and the capital of an exactCase language', () => {
    const marked = termsFromGlossary([{ id: 'y', labels: { en: 'SCO summit', ru: 'саммит ШОС', kk: 'Наурыз', uz: 'Navroʻz' }, exactCase: ['kk'] }])[0]!;
    expect(marked.forms.en).toEqual([`=SCO ${analyze('summit', 'en')[0]}`]);
    expect(marked.forms.ru).toEqual([`${analyze('саммит', 'ru')[0]} =ШОС`]);
    expect(marked.forms.kk).toEqual([`^${analyze('Наурыз', 'kk')[0]}`]);
    expect(termsFromGlossary([{ id: 'z', labels: { en: 'a', ru: 'б', kk: 'наурыз', uz: 'd' }, exactCase: ['kk'] }])[0]!.forms.kk).toEqual([`_${analyze('наурыз', 'kk')[0]}`]);
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
