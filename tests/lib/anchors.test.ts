import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  compareIds,
  compactIds,
  expandIds,
  parseLedger,
  formatLedger,
  mergeLedger,
  anchorsOfPage,
  checkAnchors,
  anchorProblems,
  type PageAnchors,
} from '../../src/lib/anchors.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `p-${from + k}`);
const page = (slug: string, locale: string, ids: string[]): PageAnchors => ({ slug, locale, file: `${locale}/articles/${slug}/index.html`, ids });
const edition = (p: { slug: string; locale: string }) => `content/articles/${p.slug}/${p.locale === 'kz' ? 'kk' : p.locale}.mdx`;

describe('paragraph anchor ledger', () => {
  it('orders ids as numbers, a letter id right after its number', () => {
    expect(['p-10', 'p-2a', 'p-1', 'p-2', 'p-2b', 'x-old'].sort(compareIds)).toEqual(['p-1', 'p-2', 'p-2a', 'p-2b', 'p-10', 'x-old']);
  });

  it('writes runs of numbers as ranges and reads them back', () => {
    const ids = [...range(1, 6), 'p-6a', ...range(7, 40), 'p-42', 'p-43'];
    expect(compactIds(ids)).toEqual(['p-1..p-6', 'p-6a', 'p-7..p-40', 'p-42', 'p-43']);
    expect(expandIds(compactIds(ids))).toEqual(ids);
    expect(compactIds(['p-3', 'p-1', 'p-2', 'p-2'])).toEqual(['p-1..p-3']);
  });

  it('formats the ledger one article a line, and parses what it wrote', () => {
    const ledger = new Map([
      ['b-article', [...range(1, 4), 'p-2a']],
      ['a-article', range(1, 15)],
    ]);
    const text = formatLedger(ledger);
    expect(text).toContain('a-article: [p-1..p-15]\nb-article: [p-1, p-2, p-2a, p-3, p-4]\n');
    expect(text.indexOf('a-article')).toBeLessThan(text.indexOf('b-article'));
    expect(parseLedger(text)).toEqual(new Map([['a-article', range(1, 15)], ['b-article', ['p-1', 'p-2', 'p-2a', 'p-3', 'p-4']]]));
    expect(parseLedger('# nothing yet\n')).toEqual(new Map());
  });

  it('rejects a malformed ledger, naming the file and the article', () => {
    expect(() => parseLedger('x: [p-5..p-2]\n', 'urls/anchors.yaml')).toThrow('urls/anchors.yaml: x: "p-5..p-2": a range runs upwards');
    expect(() => parseLedger('x: [p-1, "two words"]\n')).toThrow(/x: "two words" is neither a paragraph id/);
    expect(() => parseLedger('x: p-1..p-3\n')).toThrow(/x: expected a list/);
  });

  it('accepting only ever adds', () => {
    const { ledger, added } = mergeLedger(new Map([['a', ['p-1', 'p-2', 'p-3']]]), [
      { slug: 'a', ids: ['p-1', 'p-2a', 'p-2'] },
      { slug: 'a', ids: ['p-1', 'p-2a', 'p-2'] },
      { slug: 'new', ids: ['p-1'] },
    ]);
    expect(ledger).toEqual(new Map([['a', ['p-1', 'p-2', 'p-2a', 'p-3']], ['new', ['p-1']]]));
    expect(added).toBe(2);
  });

  it('the anchors of a page are its block ids and retired ids, in document order', () => {
    const html =
      '<main><h2 id="intro">I</h2><p id="p-1" class="block"><a class="block-link" href="#p-1">1</a>a</p>' +
      '<ul><li id="p-3" class="block"><a class="block-link" href="#p-3">3</a><span class="block-anchor" id="p-2"></span>b</li></ul>' +
      '<figure id="p-3a" class="block table-figure"></figure><span id="ann-x" class="ann"></span></main>';
    expect(anchorsOfPage(html)).toEqual(['p-1', 'p-3', 'p-2', 'p-3a']);
  });
});

describe('checking the built editions against the ledger', () => {
  const slug = 'some-article';
  const ledger = new Map([[slug, range(1, 6)]]);

  it('passes when every page keeps every id, on its paragraph or as a retired id', () => {
    const pages = ['en', 'ru', 'kz', 'uz'].map((l) => page(slug, l, ['p-1', 'p-3', 'p-2', 'p-4', 'p-5', 'p-6']));
    expect(checkAnchors(ledger, pages)).toEqual({ missing: [], unlisted: [] });
  });

  it('a deletion without <Anchor> loses the last number: named once for the editions that lost it, with the fix', () => {
    const check = checkAnchors(ledger, [page(slug, 'en', range(1, 5)), page(slug, 'ru', range(1, 6)), page(slug, 'kz', range(1, 5))]);
    expect(check.missing.map((m) => [m.page.locale, m.ids])).toEqual([
      ['en', ['p-6']],
      ['kz', ['p-6']],
    ]);
    const problems = anchorProblems(check, ledger, edition);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`content/articles/${slug}/en.mdx, content/articles/${slug}/kk.mdx: published paragraph anchor(s) #p-6 (urls/anchors.yaml) no longer on the page`);
    expect(problems[0]).toContain('These are the last numbers of the edition');
    expect(problems[0]).toContain('<Anchor id="p-6" also="p-5" /> at its start for a deleted p-5');
  });

  it('a lost id in the middle: keep it on its paragraph, or retire it onto the next', () => {
    const check = checkAnchors(ledger, [page(slug, 'en', ['p-1', 'p-2', 'p-4', 'p-5', 'p-6'])]);
    const [message] = anchorProblems(check, ledger, edition);
    expect(message).toContain('en.mdx: published paragraph anchor(s) #p-3 (urls/anchors.yaml) no longer on the page');
    expect(message).toContain('keep each id on its paragraph, <Anchor id="p-3" /> at its start');
    expect(message).toContain('<Anchor id="p-4" also="p-3" />');
    expect(message).not.toContain('last numbers');
  });

  it('an id not in the ledger: an insertion is told to take a letter id; a new article to accept', () => {
    const check = checkAnchors(ledger, [page(slug, 'ru', [...range(1, 6), 'p-7']), page('new-article', 'en', range(1, 3))]);
    expect(check.unlisted.map((u) => [u.page.slug, u.ids])).toEqual([
      [slug, ['p-7']],
      ['new-article', ['p-1', 'p-2', 'p-3']],
    ]);
    const [inserted, fresh] = anchorProblems(check, ledger, edition);
    expect(inserted).toMatch(/ru\.mdx: paragraph anchor\(s\) #p-7 not in urls\/anchors\.yaml\. If a paragraph was inserted or split, give the new one a letter id .*npm run urls:accept/);
    expect(fresh).toMatch(/new-article\/en\.mdx: paragraph anchor\(s\) #p-1, #p-2, #p-3 not in urls\/anchors\.yaml\. A new article: .*npm run urls:accept/);
  });

  it('the site has its ledger, and it holds every article with its paragraphs from p-1', () => {
    const site = parseLedger(readFileSync('urls/anchors.yaml', 'utf8'));
    expect(site.get('ustemirova-cultural-humanitarian-cooperation-geopolitical-competition')?.slice(0, 3)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(site.size).toBeGreaterThanOrEqual(5);
  });
});
