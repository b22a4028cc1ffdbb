import { describe, it, expect } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeBlockProvenance from '../../src/plugins/rehype-block-provenance.ts';
import { run } from './pipeline.ts';

const plugins = [
  [rehypeParagraphIds, { label: (n: number) => `¶${n}` }],
  [rehypeBlockProvenance, { label: (lang: string | undefined) => `authors (${lang})` }],
] as never;

describe('rehype-block-provenance', () => {
  it('marks exactly the listed blocks as the authors\' text, with a label after the permalink', async () => {
    const md = '---\nlang: kk\nauthorProvided: { parts: [title, keywords, p-2], lines: [36, 52] }\n---\n## Аңдатпа\n\nБірінші.\n\nЕкінші.\n\n- үшінші\n';
    const { tree } = await run(md, [], plugins);
    expect(selectAll('[data-provenance]', tree).map((b) => b.properties.id)).toEqual(['p-2']);
    const p2 = select('#p-2', tree)!;
    expect(selectAll('a.block-link', p2)).toHaveLength(1);
    expect(toString(p2)).toBe('2authors (kk) Екінші.');
    expect(toString(select('#p-1', tree)!)).toBe('1Бірінші.');
  });

  it('finds list items as blocks', async () => {
    const { tree } = await run('---\nlang: ru\nauthorProvided: { parts: [p-2] }\n---\n- один\n- два\n', [], plugins);
    expect(select('li[data-provenance=author]', tree)!.properties.id).toBe('p-2');
  });

  it('leaves an edition without authorProvided untouched', async () => {
    const { tree } = await run('---\nlang: ru\n---\nТекст.\n', [], plugins);
    expect(selectAll('[data-provenance], .provenance-label', tree)).toHaveLength(0);
  });

  it('fails on a block id the edition does not have', async () => {
    await expect(run('---\nlang: ru\nauthorProvided: { parts: [p-7] }\n---\nТекст.\n', [], plugins)).rejects.toThrow(/authorProvided lists p-7, which this edition does not have/);
  });
});
