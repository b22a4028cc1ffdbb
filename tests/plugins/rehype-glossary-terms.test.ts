import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { VFile } from 'vfile';
import type { Root, Element } from 'hast';
import type { PluggableList } from 'unified';
import remarkCitationLinks from '../../src/plugins/remark-citation-links.ts';
import rehypeAnnotations, { type AnnotationLabels } from '../../src/plugins/rehype-annotations.ts';
import rehypeTableFigures from '../../src/plugins/rehype-table-figures.ts';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeCitationIndex from '../../src/plugins/rehype-citation-index.ts';
import rehypeGlossaryTerms, { type GlossaryOccurrence, type GlossaryTermSummary, type GlossaryTermsOptions } from '../../src/plugins/rehype-glossary-terms.ts';
import { loadGlossary } from '../../src/lib/load-glossary.ts';
import { buildMatcher } from '../../src/lib/terms.ts';
import { run } from './pipeline.ts';

const fixtures = 'tests/fixtures/glossary-terms';
const glossary = loadGlossary(`${fixtures}/glossary`);
const matchers = Object.fromEntries((['en', 'ru', 'kk', 'uz'] as const).map((l) => [l, buildMatcher(glossary, l)]));
const href = (id: string, lang: string) => `/${lang}/glossary/${id}/`;

const label: AnnotationLabels = { emendation: 'Emendation', unrecoverable: 'Not recoverable', note: 'Note', sourceReads: 'The source reads' };
const labels = { en: label, ru: label, kk: label, uz: label };

/** The site's plugins up to the citation index, as in src/plugins/index.ts, then this one. */
const before: PluggableList = [
  [rehypeAnnotations, { labels }],
  rehypeTableFigures,
  [rehypeParagraphIds, { label: (n: number) => `Paragraph ${n}` }],
  rehypeCitationIndex,
];

async function render(name: string, options: Partial<GlossaryTermsOptions> = {}) {
  const source = readFileSync(`${fixtures}/${name}/input.mdx`, 'utf8');
  const { tree, file } = await run(source, [remarkCitationLinks], [...before, [rehypeGlossaryTerms, { matchers, href, ...options }]]);
  const fm = (file.data as { astro: { frontmatter: { glossaryTerms?: GlossaryTermSummary[]; citations?: unknown[] } } }).astro.frontmatter;
  const links = selectAll('a.term', tree).map((a) => ({ text: toString(a), href: a.properties.href, term: a.properties.dataTerm }));
  return { tree, fm, links, occurrences: (file.data as { glossaryOccurrences?: GlossaryOccurrence[] }).glossaryOccurrences ?? [] };
}

/** Occurrences in short form: `id@block "text" linked?`. */
const brief = (os: GlossaryOccurrence[]) => os.map((o) => `${o.id}@${o.block} "${o.text}"${o.linked ? ' linked' : ''}`);

describe('rehype-glossary-terms: English, sections and what is never searched', () => {
  it('links the first occurrence of each entry per section, at the start and at the end of a sentence and inside quotes', async () => {
    const { links } = await render('en-sections');
    expect(links).toEqual([
      // Before the first heading.
      { text: 'Soft power', href: '/en/glossary/soft-power/', term: 'soft-power' },
      { text: 'SCO', href: '/en/glossary/shanghai-cooperation-organisation/', term: 'shanghai-cooperation-organisation' },
      // ## The SCO and soft power: “soft power” in quotes.
      { text: 'SCO', href: '/en/glossary/shanghai-cooperation-organisation/', term: 'shanghai-cooperation-organisation' },
      { text: 'soft power', href: '/en/glossary/soft-power/', term: 'soft-power' },
      // ### Soft power again: a new section, the term ends the sentence.
      { text: 'soft power', href: '/en/glossary/soft-power/', term: 'soft-power' },
    ]);
  });

  it('records every occurrence, linked or not, with its block and context', async () => {
    const { occurrences } = await render('en-sections');
    expect(brief(occurrences)).toEqual([
      'soft-power@p-1 "Soft power" linked',
      'shanghai-cooperation-organisation@p-1 "SCO" linked',
      'soft-power@p-1 "soft power"',
      'shanghai-cooperation-organisation@p-2 "SCO" linked',
      'soft-power@p-2 "soft power" linked',
      // Inside the annotated reading (a variant form); the side note's own mentions are not counted.
      'soft-power@p-2 "soft-power"',
      // The list item's text counts; the link text next to it does not.
      'soft-power@p-3 "Soft power"',
      'soft-power@p-4 "soft power" linked',
    ]);
    expect(occurrences[0]).toEqual({
      id: 'soft-power',
      block: 'p-1',
      text: 'Soft power',
      before: '',
      after: ' opens this sentence, and the SCO closes it with soft power.',
      linked: true,
    });
    // The context is reading text: no permalink number, no note marker, no side note; cut at a word.
    expect(occurrences[4]).toMatchObject({ before: 'Members of the SCO speak of “', after: '” [1]; soft-power is not DISCO, nor empowerment.' });
    expect(occurrences[3]!.after).toBe(' speak of “soft power” [1]; soft-power is not DISCO, nor');
    expect(occurrences[7]).toMatchObject({ before: 'The last words are ', after: '.' });
  });

  it('cuts the context to the given number of characters at word boundaries', async () => {
    const { occurrences } = await render('en-sections', { context: 12 });
    expect(occurrences[1]).toMatchObject({ text: 'SCO', before: 'and the ', after: ' closes it' });
    expect(occurrences[2]).toMatchObject({ before: 'it with ', after: '.' });
  });

  it('finds nothing in headings, links, citations, note markers or side notes, nor inside longer words', async () => {
    const { tree, fm } = await render('en-sections');
    for (const el of selectAll('h2, h3, a.block-link, a.cite, a.ann-ref, .sidenote, a[href^="https:"]', tree))
      expect(select('a.term', el), toString(el)).toBeUndefined();
    expect(toString(select('h2', tree)!)).toBe('The SCO and soft power');
    expect(select('a[href="https://example.org/soft-power"]', tree)!.children).toEqual([{ type: 'text', value: 'a page on soft power', position: expect.anything() }]);
    // "DISCO" and "empowerment" contain forms (SCO, power) but are other words.
    expect(toString(select('#p-2', tree)!)).toContain('is not DISCO, nor empowerment.');
    expect(selectAll('#p-2 a.term', tree).map((a) => toString(a))).toEqual(['SCO', 'soft power']);
    // The citation index, which ran before, still sees its marker.
    expect(fm.citations).toHaveLength(1);
    expect(select('a.cite#cite-1', tree)).toBeDefined();
  });

  it('changes nothing but the split text nodes: same text, same elements besides the links', async () => {
    const source = readFileSync(`${fixtures}/en-sections/input.mdx`, 'utf8');
    const without = await run(source, [remarkCitationLinks], before);
    const { tree } = await render('en-sections');
    expect(toString(tree)).toBe(toString(without.tree));
    const tags = (t: Root) => selectAll('*', t).filter((e) => !(e.tagName === 'a' && e.properties.className?.toString() === 'term')).map((e) => e.tagName);
    expect(tags(tree)).toEqual(tags(without.tree));
  });
});

describe('rehype-glossary-terms: Russian, Kazakh and Uzbek', () => {
  it('ru: «мягкая сила» in quotes and the listed inflection «мягкой силы»; ШОС only in capitals; never inside a word', async () => {
    const { occurrences, links, tree } = await render('ru-quotes-inflections');
    expect(brief(occurrences)).toEqual([
      'soft-power@p-1 "Мягкая сила" linked',
      'soft-power@p-1 "мягкая сила"',
      'soft-power@p-1 "мягкой силы"',
      'shanghai-cooperation-organisation@p-2 "ШОС" linked',
      // Second section: the term links again; «сила» ends the sentence.
      'soft-power@p-3 "мягкую силу" linked',
      'power@p-3 "сила" linked',
    ]);
    // Three occurrences over two sections give two links.
    expect(links.filter((l) => l.term === 'soft-power').map((l) => l.text)).toEqual(['Мягкая сила', 'мягкую силу']);
    expect(occurrences[1]).toMatchObject({ before: 'Мягкая сила — понятие Дж. Ная; это «', after: '» государства и рост мягкой силы.' });
    // "шос", "гасила", "силами", "всесилия": no occurrence in p-2 besides ШОС.
    expect(selectAll('#p-2 a.term', tree).map((a) => toString(a))).toEqual(['ШОС']);
  });

  it('kk: жұмсақ күштің and жұмсақ күшті as listed; not жұмсақ күштер, күшейту or lowercase шыұ', async () => {
    const { occurrences, links } = await render('kk-stems');
    expect(brief(occurrences)).toEqual([
      'soft-power@p-1 "Жұмсақ күш" linked',
      'soft-power@p-1 "жұмсақ күш"',
      'soft-power@p-1 "жұмсақ күштің"',
      'shanghai-cooperation-organisation@p-2 "ШЫҰ" linked',
      'uzbekistan@p-3 "Өзбекстанның" linked',
      'soft-power@p-3 "жұмсақ күшті" linked',
    ]);
    expect(links.map((l) => l.href)).toEqual([
      '/kk/glossary/soft-power/',
      '/kk/glossary/shanghai-cooperation-organisation/',
      '/kk/glossary/uzbekistan/',
      '/kk/glossary/soft-power/',
    ]);
    expect(occurrences[1]).toMatchObject({ before: 'Жұмсақ күш — Найдың ұғымы; бұл «', after: '» мемлекеттің құралы, ал жұмсақ күштің рөлі өсуде.' });
  });

  it('uz: any apostrophe for ʻ, Cyrillic variants, «yumshoq kuch»; not Oʻzbekistonda, kuchli, yumshoq kuchlar or shht', async () => {
    const { occurrences, links } = await render('uz-apostrophes');
    expect(brief(occurrences)).toEqual([
      'soft-power@p-1 "Yumshoq kuch" linked',
      'soft-power@p-1 "yumshoq kuch"',
      'soft-power@p-1 "yumshoq kuchning"',
      'uzbekistan@p-2 "Oʻzbekiston" linked',
      "uzbekistan@p-2 \"O'zbekiston\"",
      'uzbekistan@p-2 "O‘zbekiston"',
      'uzbekistan@p-2 "Ўзбекистон"',
      'shanghai-cooperation-organisation@p-3 "ShHT" linked',
      'uzbekistan@p-4 "Oʻzbekistonning" linked',
      'soft-power@p-4 "yumshoq kuchi" linked',
    ]);
    expect(links.filter((l) => l.term === 'uzbekistan').map((l) => l.text)).toEqual(['Oʻzbekiston', 'Oʻzbekistonning']);
    expect(occurrences[5]).toMatchObject({ before: "Oʻzbekiston, O'zbekiston va ", after: ' bir xil; Oʻzbekistonda emas, Ўзбекистон esa ha.' });
  });
});

describe('rehype-glossary-terms: the tree and the options', () => {
  const transform = (tree: Root, lang: string | undefined, options: Partial<GlossaryTermsOptions> = {}) => {
    const file = new VFile({ data: { astro: { frontmatter: lang === undefined ? {} : { lang } } } });
    (rehypeGlossaryTerms({ matchers, href, ...options }) as (t: Root, f: VFile) => void)(tree, file);
    return (file.data as { glossaryOccurrences?: GlossaryOccurrence[] }).glossaryOccurrences;
  };

  it('skips code, pre and anything marked .no-terms', () => {
    const tree: Root = h(null, [
      h('p.block', { id: 'p-1' }, [h('code', 'soft power'), ' and ', h('span.no-terms', 'soft power'), ' then soft power']),
      h('pre', [h('code', 'soft power')]),
    ]);
    const terms = transform(tree, 'en')!;
    expect(brief(terms)).toEqual(['soft-power@p-1 "soft power" linked']);
    expect(terms[0]).toMatchObject({ before: 'soft power and soft power then ', after: '' });
    expect(selectAll('a.term', tree).map((a) => (a.properties.dataTerm))).toEqual(['soft-power']);
    expect(toString(select('a.term', tree)!.children[0] as Element)).toBe('soft power');
  });

  it('gives text outside the numbered blocks an empty block id', () => {
    const tree: Root = h(null, [h('blockquote', [h('p', 'On soft power.')])]);
    expect(transform(tree, 'en')).toEqual([{ id: 'soft-power', block: '', text: 'soft power', before: 'On ', after: '.', linked: true }]);
  });

  it('leaves an edition alone when there is no matcher for its language', () => {
    const tree: Root = h(null, [h('p', 'soft power')]);
    const copy = structuredClone(tree);
    expect(transform(tree, 'fr')).toBeUndefined();
    expect(transform(tree, undefined)).toBeUndefined();
    expect(transform(tree, 'en', { matchers: {} })).toBeUndefined();
    expect(tree).toEqual(copy);
  });
});

describe('rehype-glossary-terms: what goes into the frontmatter', () => {
  it('only one summary per entry (Astro writes the frontmatter into every compiled edition), the full list in the file data', async () => {
    const { fm, occurrences } = await render('en-sections');
    const ids = [...new Set(occurrences.map((o) => o.id))];
    expect(fm.glossaryTerms!.map((t) => t.id)).toEqual(ids);
    for (const t of fm.glossaryTerms!) {
      expect(Object.keys(t).sort()).toEqual(['id', 'linked']);
      expect(t.linked).toBe(occurrences.some((o) => o.id === t.id && o.linked));
    }
    expect(occurrences.length).toBeGreaterThan(fm.glossaryTerms!.length);
  });
});
