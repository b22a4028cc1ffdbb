import { describe, it, expect } from 'vitest';
import rehypeKnownElements from '../../src/plugins/rehype-known-elements.ts';
import rehypeAnnotations from '../../src/plugins/rehype-annotations.ts';
import { run } from './pipeline.ts';

describe('rehype-known-elements', () => {
  it('fails on an element no plugin resolved, naming it and the allowed ones', async () => {
    await expect(run('Text <Anm id="x">y</Anm>.\n', [], [rehypeKnownElements])).rejects.toThrow(
      /<Anm> is not an element editions may use; use <Ann id>, <TableCaption> or <TableSource>/,
    );
  });

  it('passes once the owning plugins have resolved their elements', async () => {
    const md = '---\nlang: en\nannotations:\n  - { id: x, kind: note, reason: A note for the reader here. }\n---\nText <Ann id="x">y</Ann>.\n';
    const labels = { en: { emendation: 'E', unrecoverable: 'U', note: 'N', sourceReads: 'S' } };
    const { html } = await run(md, [], [[rehypeAnnotations, { labels }], rehypeKnownElements]);
    expect(html).toContain('class="ann"');
  });
});
