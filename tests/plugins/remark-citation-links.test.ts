import { describe, it, expect } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import remarkCitationLinks, { markerPattern } from '../../src/plugins/remark-citation-links.ts';
import { run } from './pipeline.ts';

const cites = async (md: string) => {
  const { tree, html } = await run(md, [remarkCitationLinks], []);
  return {
    html,
    links: selectAll('a.cite', tree).map((a) => ({ href: a.properties.href, id: a.properties.id, ref: a.properties.dataRef, text: toString(a) })),
  };
};

describe('remark-citation-links', () => {
  it('links a plain marker to its reference and keeps the text as printed', async () => {
    const { links, html } = await cites('Khidoyatov\'s works [2] are important.\n');
    expect(links).toEqual([{ href: '#ref-2', id: 'cite-1', ref: '2', text: '[2]' }]);
    expect(html).toBe('<p>Khidoyatov\'s works <a href="#ref-2" class="cite" id="cite-1" data-ref="2">[2]</a> are important.</p>');
  });

  it('keeps page locators and links adjacent markers separately, numbering ids in order', async () => {
    const { links } = await cites('exchange [10],[11,p.428] and [7,p.241]; also [8,p.191], [9,p.300].\n');
    expect(links.map((l) => [l.text, l.href, l.id])).toEqual([
      ['[10]', '#ref-10', 'cite-1'],
      ['[11,p.428]', '#ref-11', 'cite-2'],
      ['[7,p.241]', '#ref-7', 'cite-3'],
      ['[8,p.191]', '#ref-8', 'cite-4'],
      ['[9,p.300]', '#ref-9', 'cite-5'],
    ]);
  });

  it('numbers markers across paragraphs and inside emphasis', async () => {
    const { links } = await cites('One [1].\n\nTwo *see [3], [4]*.\n');
    expect(links.map((l) => l.id)).toEqual(['cite-1', 'cite-2', 'cite-3']);
    expect(links.map((l) => l.ref)).toEqual(['1', '3', '4']);
  });

  it('leaves markers inside links and headings, and bracketed non-markers, alone', async () => {
    const { links, html } = await cites('## Part [2]\n\nSee [the list [3]](https://example.org) and [sic] and [2025].\n');
    expect(links).toEqual([]);
    expect(html).toContain('<h2>Part [2]</h2>');
    expect(html).toContain('[sic]');
    expect(html).toContain('[2025]');
  });

  it('finds markers inside an <Ann> element so that annotated markers still link', async () => {
    const { links } = await cites('cultural property <Ann id="x">[4]</Ann>.\n');
    expect(links).toEqual([{ href: '#ref-4', id: 'cite-1', ref: '4', text: '[4]' }]);
  });

  it('the pattern accepts the printed locator forms and rejects others', () => {
    const all = (s: string) => [...s.matchAll(markerPattern)].map((m) => m[0]);
    expect(all('[7,p.241] [13, p. 986] [5, pp. 10-12] [3, с. 45] [1]')).toEqual(['[7,p.241]', '[13, p. 986]', '[5, pp. 10-12]', '[3, с. 45]', '[1]']);
    expect(all('[a] [1a] [1,2] [2025]')).toEqual([]);
  });
});
