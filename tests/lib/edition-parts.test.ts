import { describe, it, expect } from 'vitest';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { editionParts, relocate, blockIdOf, blockIds, splitEdition } from '../../src/lib/edition-parts.ts';
import { remarkPlugins, rehypePlugins } from '../../src/plugins/index.ts';

const pipeline = { remarkPlugins, rehypePlugins } as never;
const source = `---
lang: en
annotations:
  - { id: fix, kind: emendation, original: "teh", reading: "the", reason: "A misprint corrected here." }
---
## Introduction

First paragraph with <Ann id="fix">the</Ann> text.

- an item
- another

Last.
`;

describe('edition parts', () => {
  it('renders the body into its root-level parts with the site\'s plugins', async () => {
    const parts = await editionParts(splitEdition(source), pipeline);
    expect(parts.map((p) => p.tagName)).toEqual(['h2', 'p', 'ul', 'p']);
    expect(parts.map(blockIdOf)).toEqual([undefined, 'p-1', 'p-2', 'p-4']);
    expect(select('.sidenote', parts[1]!)).not.toBeNull();
  });

  it('prefixes ids and the links and references that point inside the part; other fragments go to the edition', async () => {
    const [, p] = await editionParts(splitEdition(source), pipeline);
    const moved = relocate(p!, 'ru-', '/ru/articles/x/');
    expect(moved.properties.id).toBe('ru-p-1');
    expect(select('a.block-link', moved)!.properties.href).toBe('#ru-p-1');
    const ref = select('a.ann-ref', moved)!;
    // The note list is not in the parallel view: the marker leads to the full edition.
    expect(ref.properties.href).toBe('/ru/articles/x/#note-fix');
    expect(ref.properties.ariaDescribedBy).toEqual(['ru-sn-fix']);
    expect(select('#ru-sn-fix', moved)).not.toBeNull();
    expect(p!.properties.id).toBe('p-1');
    expect(toHtml(moved)).not.toContain('id="p-1"');
  });
});

describe('blockIds', () => {
  it('lists every block of the parts, each list item included, in order', async () => {
    const parts = await editionParts(splitEdition(source), pipeline);
    expect(blockIds(parts)).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
  });
});
