/**
 * The glossary data: every entry valid and complete in four languages, ids and related entries
 * consistent, no form claimed by two entries, sources pointing at real paragraphs, and every entry
 * occurring in at least one edition.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/content.config.ts';
import { describeIssues } from '../../src/lib/load-references.ts';
import { buildMatcher } from '../../src/lib/terms.ts';
import { renderedEditions, type RenderedEdition } from './rendered-editions.ts';

const dir = 'content/glossary';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const entries: { file: string; entry: GlossaryEntry }[] = files.map((f) => {
  const file = join(dir, f);
  const r = glossaryEntrySchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(describeIssues(file, '', r.error.issues));
  return { file, entry: r.data };
});
const langs = ['en', 'ru', 'kk', 'uz'] as const;
const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
const forms = (e: GlossaryEntry, l: (typeof langs)[number]) => [e.labels[l], ...(e.variants[l] ?? [])];

/** The matcher of the edition pipeline (rehype-glossary-terms), so that data and site agree on what occurs. */
const matchers = Object.fromEntries(langs.map((l) => [l, buildMatcher(entries.map((e) => e.entry), l)])) as Record<
  (typeof langs)[number],
  ReturnType<typeof buildMatcher>
>;
const idsIn = (lang: (typeof langs)[number], text: string) => new Set(matchers[lang].find(text).map((m) => m.id));

let editions: RenderedEdition[];
beforeAll(async () => {
  editions = await renderedEditions();
});

describe('glossary', () => {
  it('has entries, each in a file named after its id', () => {
    expect(entries.length).toBeGreaterThanOrEqual(55);
    for (const { file, entry } of entries) expect(file).toBe(join(dir, `${entry.id}.yaml`));
  });

  it('related entries exist and are not the entry itself', () => {
    const ids = new Set(entries.map((e) => e.entry.id));
    const bad = entries.flatMap(({ entry }) => entry.related.filter((r) => !ids.has(r) || r === entry.id).map((r) => `${entry.id} → ${r}`));
    expect(bad).toEqual([]);
  });

  it('no two entries claim the same form in one language', () => {
    const clashes: string[] = [];
    for (const l of langs) {
      const owner = new Map<string, string>();
      for (const { entry } of entries)
        for (const f of new Set(forms(entry, l).map(norm))) {
          const other = owner.get(f);
          if (other && other !== entry.id) clashes.push(`${l} "${f}": ${other} and ${entry.id}`);
          owner.set(f, entry.id);
        }
    }
    expect(clashes).toEqual([]);
  });

  it('Uzbek forms and definitions use ʻ (U+02BB) and ʼ (U+02BC), never a quote as a letter', () => {
    const bad = entries.flatMap(({ entry }) =>
      [...forms(entry, 'uz'), entry.definitions.uz].filter((s) => /\p{L}['‘’`]\p{L}|[oOgG]['‘’`]/u.test(s)).map((s) => `${entry.id}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('every source paragraph exists in that article\'s canonical edition', () => {
    const missing = entries.flatMap(({ entry }) =>
      entry.sources
        .filter((s) => !editions.some((e) => e.article === s.article && e.blocks.has(s.paragraph)))
        .map((s) => `${entry.id}: ${s.article}#${s.paragraph}`),
    );
    expect(missing).toEqual([]);
  });

  it('every entry occurs in at least one edition, in that edition\'s language', () => {
    const found = new Set(editions.flatMap((ed) => [...idsIn(ed.lang as (typeof langs)[number], ed.text)]));
    const absent = entries.filter(({ entry }) => !found.has(entry.id)).map(({ entry }) => entry.id);
    expect(absent).toEqual([]);
  });

  it('the word-boundary matcher finds inflected Cyrillic forms only where listed, and never inside a word', () => {
    expect(idsIn('ru', 'это «мягкая сила» государства').has('soft-power')).toBe(true);
    expect(idsIn('ru', 'рост мягкой силы').has('soft-power')).toBe(true);
    expect(idsIn('ru', 'всесилия, мягкостью').has('soft-power')).toBe(false);
    expect([...idsIn('en', 'the SCO, and UNDP')]).toEqual(expect.arrayContaining(['shanghai-cooperation-organisation', 'undp']));
    expect(idsIn('en', 'DISCO').size).toBe(0);
  });

  it('every keyword of every edition is an entry, in that edition\'s language', () => {
    const matchers = Object.fromEntries(langs.map((l) => [l, buildMatcher(entries.map((e) => e.entry), l)]));
    const missing: string[] = [];
    for (const ed of editions)
      for (const k of (ed.frontmatter.keywords ?? []) as string[]) {
        const bare = k.replace(/[«»“”"]/g, '').trim();
        const found = matchers[ed.lang as (typeof langs)[number]]!.find(bare);
        // The whole keyword, not a term inside it.
        if (!(found.length === 1 && found[0]!.start === 0 && found[0]!.end === bare.length)) missing.push(`${ed.file}: ${k}`);
      }
    expect(missing).toEqual([]);
  });
});
