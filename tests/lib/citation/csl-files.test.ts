/**
 * The CSL files in csl/ are data the build depends on: a style that does not validate makes
 * citeproc fail or silently drop parts, and a locale that lacks a term falls back to English.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// csl-validator-wasm ships no type declarations; the one function used is typed here.
const validatorModule: string = 'csl-validator-wasm';
const { validateStyle } = (await import(validatorModule)) as { validateStyle(xml: string): Promise<string> };

const root = join(import.meta.dirname, '../../../csl');
const styles = readdirSync(join(root, 'styles')).filter((f) => f.endsWith('.csl')).sort();
const locales = readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.xml')).sort();
const read = (...p: string[]) => readFileSync(join(root, ...p), 'utf8');

/** The validator has no locale schema; a locale's content is valid CSL when it validates as a style's inline <locale>. */
function localeAsStyle(xml: string): string {
  const lang = /<locale\b[^>]*xml:lang="([^"]+)"/.exec(xml)?.[1];
  const open = xml.indexOf('>', xml.indexOf('<locale'));
  const inner = xml.slice(open + 1, xml.lastIndexOf('</locale>')).replace(/<info>[\s\S]*?<\/info>/, '');
  return `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>locale check</title><id>locale-check</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <locale xml:lang="${lang}">${inner}</locale>
  <citation><layout><text variable="title"/></layout></citation>
</style>`;
}

/** Every term as "name|form" (form defaults to long), the unit a locale must cover. */
function termKeys(xml: string): Set<string> {
  const keys = new Set<string>();
  for (const m of xml.matchAll(/<term\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = /\bname="([^"]+)"/.exec(attrs)?.[1];
    const form = /\bform="([^"]+)"/.exec(attrs)?.[1] ?? 'long';
    if (name) keys.add(`${name}|${form}`);
  }
  return keys;
}

describe('csl/ files', () => {
  it('has the seven styles and four locales the formatter loads', () => {
    expect(styles).toEqual([
      'apa.csl',
      'chicago-author-date.csl',
      'gost-r-7-0-100-2018.csl',
      'gost-r-7-0-5-2008.csl',
      'harvard-cite-them-right.csl',
      'ieee.csl',
      'modern-language-association.csl',
    ]);
    expect(locales).toEqual(['locales-en-US.xml', 'locales-kk-KZ.xml', 'locales-ru-RU.xml', 'locales-uz-Latn-UZ.xml']);
  });

  it('the copied files are byte for byte the ones csl/README.md records', () => {
    const readme = read('README.md');
    const rows = [...readme.matchAll(/^\| `((?:styles|locales)\/[^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)];
    expect(rows.map((r) => r[1]).sort()).toEqual([
      'locales/locales-en-US.xml',
      'locales/locales-ru-RU.xml',
      'styles/apa.csl',
      'styles/chicago-author-date.csl',
      'styles/gost-r-7-0-5-2008.csl',
      'styles/harvard-cite-them-right.csl',
      'styles/ieee.csl',
      'styles/modern-language-association.csl',
    ]);
    for (const [, file = '', hash] of rows)
      expect(createHash('sha256').update(readFileSync(join(root, file))).digest('hex'), file).toBe(hash);
  });

  it('the validator rejects an invalid style (so an empty answer below means valid)', async () => {
    const broken = read('styles', 'apa.csl').replace('<citation', '<citation bogus-attribute="1"');
    expect(await validateStyle(broken)).not.toBe('');
  });

  for (const file of styles) {
    it(`${file} validates against the CSL schema`, async () => {
      expect(await validateStyle(read('styles', file))).toBe('');
    });

    it(`${file} keeps its <info> with the CC BY-SA 3.0 licence, an author and an updated date`, () => {
      const info = /<info>([\s\S]*?)<\/info>/.exec(read('styles', file))?.[1] ?? '';
      expect(info).toContain('<rights license="http://creativecommons.org/licenses/by-sa/3.0/">');
      expect(info).toMatch(/<author>\s*<name>[^<]+<\/name>/);
      expect(info).toMatch(/<updated>\d{4}-\d\d-\d\dT/);
    });
  }

  it('the validator rejects an invalid locale term (so the locale checks can fail)', async () => {
    const broken = read('locales', 'locales-kk-KZ.xml').replace('<term name="accessed">', '<term name="not-a-csl-term">');
    expect(await validateStyle(localeAsStyle(broken))).not.toBe('');
  });

  for (const file of locales) {
    it(`${file}: its terms, dates and options validate as an inline locale`, async () => {
      expect(await validateStyle(localeAsStyle(read('locales', file)))).toBe('');
    });
  }

  for (const file of ['locales-kk-KZ.xml', 'locales-uz-Latn-UZ.xml']) {
    it(`${file} defines every term (name and form) that en-US defines`, () => {
      const en = termKeys(read('locales', 'locales-en-US.xml'));
      const own = termKeys(read('locales', file));
      expect(en.size).toBeGreaterThan(300);
      expect([...en].filter((k) => !own.has(k))).toEqual([]);
    });

    it(`${file} has text and numeric date formats`, () => {
      const xml = read('locales', file);
      expect(xml).toMatch(/<date form="text">[\s\S]*?<\/date>/);
      expect(xml).toMatch(/<date form="numeric">\s*<date-part name="day" form="numeric-leading-zeros" suffix="\."\/>\s*<date-part name="month" form="numeric-leading-zeros" suffix="\."\/>\s*<date-part name="year"\/>/);
    });
  }

  it('the Uzbek locale writes oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC, never with apostrophes', () => {
    const xml = read('locales', 'locales-uz-Latn-UZ.xml');
    expect(xml).toContain('oʻ');
    expect(xml).toContain('gʻ');
    expect(xml).toContain('maʼlumotlar');
    const terms = xml.slice(xml.indexOf('<terms>'));
    expect(terms).not.toMatch(/[og]['‘’`]/i);
  });

  it('the Kazakh locale is Cyrillic (no Latin letters in its terms besides sub verbo and s.v.)', () => {
    const terms = read('locales', 'locales-kk-KZ.xml').slice(0, -1).split('<terms>')[1] ?? '';
    const values = [...terms.matchAll(/>([^<>]+)</g)].map((m) => (m[1] ?? '').trim()).filter((v) => v && !v.startsWith('!--'));
    const latin = values.filter((v) => /[A-Za-z]/.test(v) && !/^(sub verb[oi]s?|s\.vv?\.)$/.test(v));
    expect(latin).toEqual([]);
  });
});
