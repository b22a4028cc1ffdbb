import { describe, it, expect } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { textOf, editionRecords, glossaryRecord, citeRecord, customRecord, changedByPagefind, indexLanguage } from '../../src/integrations/search-index.ts';
import { decodeMeta } from '../../src/scripts/search/meta-code.ts';
import { urlOfFile } from '../../src/lib/url-manifest.ts';

// The markup of the built pages, cut down to what the index reads (src/pages, src/plugins).
const edition = `<!DOCTYPE html><html lang="en"><body><main><article class="edition">
<header><h1 class="edition-title" id="title">Cultural Diplomacy: <span class="ann" id="ann-t"><span class="ann-text">Building Solidarity</span><a class="title-ann-ref" href="#note-t"><sup>1</sup></a></span></h1></header>
<div class="edition-body"><h2 id="abstract">Abstract</h2>
<p id="p-1" class="block"><a class="block-link" href="#p-1" aria-label="Paragraph 1: link to this paragraph">1</a><span class="provenance-label">Authors' text</span> The <a class="term" href="/en/glossary/soft-power/">soft power</a> of <span class="ann" id="ann-x"><span class="ann-text">Uzbekistan</span><a class="ann-ref" href="#note-x" aria-describedby="sn-x"><sup>4</sup></a><span class="sidenote" id="sn-x" role="note"><span class="sidenote-num">4</span> <span class="ann-kind">Emendation.</span> The source reads: <q class="ann-original">Uzbkistan</q>.</span></span> grows <a href="#ref-2" class="cite" id="cite-1" data-ref="2">[2]</a>,<a href="#ref-3" class="cite" id="cite-2" data-ref="3">[3, p. 4]</a>. It is studied, <a href="#ref-4" class="cite" id="cite-3" data-ref="4">[4]</a> as before.</p>
<ul><li id="p-2" class="block"><a class="block-link" href="#p-2">2</a>exchange programmes;</li></ul>
<figure class="block table-figure" id="p-3"><a class="block-link" href="#p-3">3</a><section class="table-scroll"><table><caption>1-Table. Channels</caption>
<thead><tr><th>Actor</th><th>Channel</th></tr></thead><tbody><tr><td>China</td><td>Confucius Institutes</td></tr></tbody></table></section><p class="table-source">Source: compiled by the author.</p></figure>
</div>
<section class="references"><h2 id="references">References</h2><ol class="ref-list numbered">
<li id="ref-2" value="2" class="ref"><span class="ref-text">Nye J.S. Soft Power. - New York, 2004.</span><span class="ref-note"><span class="note-kind">Editorial note.</span> Printed twice.</span><span class="backlinks"><span class="visually-hidden">Cited in: </span><span aria-hidden="true">↩</span> <a href="#cite-1">¶1</a></span></li>
<li id="ref-15" value="15" class="ref ref-missing"><span class="ref-text">The printed list has no reference 15.</span></li>
</ol></section></article></main></body></html>`;

describe('reading the built pages', () => {
  it('keeps the words a reader reads and drops the apparatus around them', () => {
    const [p1] = editionRecords(edition, 'en', 'khamdamov');
    expect(p1).toMatchObject({ url: '/en/articles/khamdamov/#p-1', lang: 'en', kind: 'text', article: 'khamdamov', title: 'Cultural Diplomacy: Building Solidarity' });
    // No paragraph number, author label, note number, side-note, or citation markers (and their commas).
    expect(p1!.text).toBe('The soft power of Uzbekistan grows. It is studied, as before.');
  });

  it('reads list items and tables as blocks, a row as cells apart', () => {
    const records = editionRecords(edition, 'en', 'khamdamov');
    expect(records.find((r) => r.url.endsWith('#p-2'))!.text).toBe('exchange programmes;');
    expect(records.find((r) => r.url.endsWith('#p-3'))!.text).toBe('1-Table. Channels Actor · Channel China · Confucius Institutes Source: compiled by the author.');
  });

  it('indexes each reference by its text alone, and not the note that the list has none', () => {
    const refs = editionRecords(edition, 'ru', 'khamdamov').filter((r) => r.kind === 'references');
    expect(refs).toEqual([
      expect.objectContaining({ url: '/ru/articles/khamdamov/#ref-2', lang: 'ru', text: 'Nye J.S. Soft Power. - New York, 2004.' }),
    ]);
  });

  it('finds a glossary entry by its label and its forms in the page language, and shows its definition', () => {
    const html = `<html lang="kk"><body><main><article class="page gl-entry"><header class="gl-entry-header"><h1 id="title">жұмсақ күш</h1></header>
<section class="gl-definition"><h2 class="visually-hidden">Анықтамасы</h2><p>Тартымдылық арқылы ықпал ету қабілеті.</p></section>
<section><dl class="gl-variants"><div><dd><ul class="gl-forms" lang="kk"><li>жұмсақ күштің</li></ul></dd></div><div><dd><ul class="gl-forms" lang="kk-Latn"><li>zhumsak kush</li></ul></dd></div><div><dd><ul class="gl-forms" lang="ru"><li>мягкой силы</li></ul></dd></div></dl></section></article></main></body></html>`;
    const r = glossaryRecord(html, 'kz', 'soft-power')!;
    expect(r).toMatchObject({ url: '/kz/glossary/soft-power/', lang: 'kk', kind: 'glossary', title: 'жұмсақ күш', text: 'Тартымдылық арқылы ықпал ету қабілеті.' });
    expect(r.indexed).toContain('zhumsak kush');
    expect(r.indexed).not.toContain('мягкой');
    expect(glossaryRecord('<html><body><main><h1>Glossary by type</h1></main></body></html>', 'en', 'by-type')).toBeUndefined();
  });

  it('shows a citation page with the reference to this edition', () => {
    const html = `<html lang="ru"><body><main><div class="page cite-page"><p class="cite-up"><a href="/ru/articles/x/">Культурная дипломатия</a></p><h1>Как цитировать статью</h1>
<section aria-labelledby="cite-original"><ul class="cite-styles"><li><p class="cite-ref">Khamdamov, M. Cultural Diplomacy. 2025.</p></li><li><p class="cite-ref">Khamdamov M. (APA)</p></li></ul></section>
<section aria-labelledby="cite-edition"><ul class="cite-styles"><li><p class="cite-ref">Хамдамов М. Культурная дипломатия / пер. 2026.</p></li></ul></section></div></main></body></html>`;
    expect(citeRecord(html, 'ru', 'x')).toMatchObject({
      url: '/ru/articles/x/cite/',
      kind: 'references',
      article: 'x',
      title: 'Как цитировать статью',
      articleTitle: 'Культурная дипломатия',
      text: 'Хамдамов М. Культурная дипломатия / пер. 2026.',
    });
  });

  it('keeps whitespace of the page out of the text', () => {
    expect(textOf(fromHtml('<p>a\n  <b>b</b>\u00a0c</p>', { fragment: true }))).toBe('a b c');
  });
});

describe('the record Pagefind gets', () => {
  it('holds the analysed tokens as content, the text only in meta, hidden from the index', () => {
    const [p1] = editionRecords(edition, 'en', 'khamdamov');
    const r = customRecord(p1!);
    expect(r.language).toBe(indexLanguage);
    expect(r.content.split(' ')).toContain('uzbekistan');
    expect(r.content).not.toMatch(/[A-Z.,]/);
    expect(r.filters).toEqual({ lang: ['en'], kind: ['text'], article: ['khamdamov'] });
    // Pagefind indexes letters and digits of every meta field; none are left for it.
    for (const v of Object.values(r.meta!)) expect(v).not.toMatch(/[\p{L}\p{N}]/u);
    expect(decodeMeta(r.meta!.text!)).toBe(p1!.text);
    expect(decodeMeta(r.meta!.title!)).toBe('Cultural Diplomacy: Building Solidarity');
  });

  it('notices a token that Pagefind would index differently', () => {
    expect(changedByPagefind('diplomatiya')).toBe(false);
    expect(changedByPagefind('новыј')).toBe(false);
    expect(changedByPagefind("o'zbek")).toBe(true);
    expect(changedByPagefind('IT')).toBe(true);
  });

  it('stays out of the URL manifest: its chunk names change with every build', () => {
    expect(urlOfFile('pagefind/pagefind.js')).toBeUndefined();
    expect(urlOfFile('pagefind/fragment/und_3f2a1b9.pf_fragment')).toBeUndefined();
    expect(urlOfFile('pagefind/terms.json')).toBeUndefined();
  });
});
