/**
 * Every language edition of an article is aligned with its canonical edition: the same blocks
 * with the same ids in the same structure, the same citation markers per block, every number,
 * DOI and URL of a canonical block present in its translation, the same annotations; and every
 * long paragraph is in the edition's language (franc), except where listed with a reason.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { franc } from 'franc';
import { renderedEditions, type RenderedEdition } from './rendered-editions.ts';
import { missingNumbers, doisIn, urlsIn } from './fidelity.ts';

const iso6393: Record<string, string> = { en: 'eng', ru: 'rus', kk: 'kaz', uz: 'uzn' };
const langs = Object.keys(iso6393);

interface LanguageException {
  edition: string;
  block: string;
  reason: string;
}
// One file per edition language, so that the editions of each language keep their own list.
const exceptionsDir = 'tests/content/language-exceptions';
const exceptions = readdirSync(exceptionsDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parseYaml(readFileSync(`${exceptionsDir}/${f}`, 'utf8')) ?? []) as LanguageException[]);

let editions: RenderedEdition[];
let byArticle: Map<string, RenderedEdition[]>;
beforeAll(async () => {
  editions = await renderedEditions();
  byArticle = new Map();
  for (const e of editions) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), e]);
});

const authorParts = (e: RenderedEdition) => new Set((e.frontmatter.authorProvided as { parts?: string[] } | undefined)?.parts ?? []);
const canonicalOf = (eds: RenderedEdition[]) => eds.find((e) => e.frontmatter.provenance === 'original')!;
const annotationIds = (e: RenderedEdition) => ((e.frontmatter.annotations ?? []) as { id: string }[]).map((a) => a.id).sort();
const pairs = () =>
  [...byArticle.values()].flatMap((eds) => {
    const canonical = canonicalOf(eds);
    return eds.filter((e) => e !== canonical).map((translation) => ({ canonical, translation }));
  });

describe('editions of one article are aligned', () => {
  it('every article exists in all four languages', () => {
    for (const [article, eds] of byArticle) expect(eds.map((e) => e.lang).sort(), article).toEqual([...langs].sort());
    expect(editions).toHaveLength(byArticle.size * langs.length);
  });

  it('every article has a canonical edition', () => {
    for (const [article, eds] of byArticle) expect(canonicalOf(eds), article).toBeDefined();
  });

  it('have the canonical edition\'s structure and paragraph ids, tables of the same shape', () => {
    for (const { canonical, translation } of pairs()) expect(translation.structure, translation.file).toEqual(canonical.structure);
  });

  it('keep every citation marker of each paragraph', () => {
    for (const { canonical, translation } of pairs()) expect([...translation.citations], translation.file).toEqual([...canonical.citations]);
  });

  it('keep every number, DOI and URL of each paragraph', () => {
    const problems: string[] = [];
    for (const { canonical, translation } of pairs())
      for (const [id, text] of canonical.blocks) {
        // The authors' own text in this language is theirs to word: where it differs from the
        // canonical edition, a translator's note says so; it is not corrected.
        if (authorParts(translation).has(id)) continue;
        const other = translation.blocks.get(id) ?? '';
        for (const n of missingNumbers(text, other)) problems.push(`${translation.file} #${id}: number ${n}`);
        for (const d of [...doisIn(text), ...urlsIn(text)]) if (!other.includes(d)) problems.push(`${translation.file} #${id}: ${d}`);
      }
    expect(problems).toEqual([]);
  });

  it('carry every annotation of the canonical edition (same ids), translated; add only translator\'s notes or corrections of the authors\' own text', () => {
    for (const { canonical, translation } of pairs()) {
      const canonicalIds = annotationIds(canonical);
      const mine = (translation.frontmatter.annotations ?? []) as { id: string; category?: string }[];
      expect(canonicalIds.filter((id) => !mine.some((a) => a.id === id)), `${translation.file}: missing`).toEqual([]);
      const authors = authorParts(translation);
      const inAuthorText = new Set([...translation.annotationsIn].filter(([block]) => authors.has(block)).flatMap(([, ids]) => ids));
      const extra = mine.filter((a) => !canonicalIds.includes(a.id) && a.category !== 'translation' && !inAuthorText.has(a.id)).map((a) => a.id);
      expect(extra, `${translation.file}: annotations the canonical edition does not have`).toEqual([]);
    }
  });

  it('list as author-provided only parts that exist', () => {
    for (const e of editions) {
      const parts = [...authorParts(e)].filter((p) => p.startsWith('p-'));
      for (const p of parts) expect(e.blocks.has(p), `${e.file}: authorProvided ${p}`).toBe(true);
    }
  });
});

describe('the authors\' own text', () => {
  const words = (s: string) => s.normalize('NFC').toLocaleLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const within = (needle: string[], hay: string[]) => {
    outer: for (let i = 0; i + needle.length <= hay.length; i++) {
      for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  };

  it('every part marked author-provided is the source\'s text, word for word (corrections reversed)', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const e of editions) {
      const ap = e.frontmatter.authorProvided as { parts: string[]; lines: [number, number] } | undefined;
      if (!ap) continue;
      const article = parseYaml(readFileSync(`content/articles/${e.article}/article.yaml`, 'utf8')) as { source: { file: string } };
      const lines = readFileSync(`content/sources/${article.source.file}`, 'utf8').split('\n').slice(ap.lines[0] - 1, ap.lines[1]);
      const source = words(lines.join(' '));
      for (const part of ap.parts) {
        const texts =
          part === 'title' ? [String(e.frontmatter.title)] : part === 'keywords' ? ((e.frontmatter.keywords ?? []) as string[]) : [e.printed.get(part) ?? ''];
        for (const text of texts) {
          checked += 1;
          if (!within(words(text), source)) problems.push(`${e.file} ${part}: "${text.slice(0, 60)}…" is not in lines ${ap.lines.join('–')}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the language of every paragraph', () => {
  it('the exceptions list names real paragraphs, each with a reason', () => {
    for (const x of exceptions) {
      expect(existsSync(x.edition), x.edition).toBe(true);
      expect(editions.find((e) => e.file === x.edition)?.blocks.has(x.block), `${x.edition} #${x.block}`).toBe(true);
      expect(x.reason.length, `${x.edition} #${x.block}`).toBeGreaterThan(10);
    }
  });

  it('franc identifies every paragraph over 80 characters as the edition\'s language', () => {
    const wrong: string[] = [];
    for (const e of editions)
      for (const [id, text] of e.blocks) {
        const reading = text.replace(/\[[^\]]*\]/g, '');
        if (reading.length <= 80 || exceptions.some((x) => x.edition === e.file && x.block === id)) continue;
        const got = franc(reading, { minLength: 80 });
        if (got !== iso6393[e.lang]) wrong.push(`${e.file} #${id}: ${got} (expected ${iso6393[e.lang]}): ${reading.slice(0, 70)}…`);
      }
    expect(wrong).toEqual([]);
  });

  it('knows the four languages and detects each (the check can fail)', () => {
    expect(franc('Мақалада Орталық Азиядағы мәдени-гуманитарлық ынтымақтастық геосаяси бәсекелестіктің құралы ретінде қарастырылады.')).toBe('kaz');
    expect(franc('Maqolada Markaziy Osiyo mintaqasida yoshlar diplomatiyasining raqamli taʼlimni rivojlantirishga qaratilgan yondashuvlari tahlil qilinadi.')).toBe('uzn');
    expect(langs).toHaveLength(4);
  });
});
