import { describe, it, expect } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeTableFigures from '../../src/plugins/rehype-table-figures.ts';
import { run } from './pipeline.ts';
import { VFile } from 'vfile';

const label = (n: number, lang: string | undefined) => `${lang}:${n}`;

describe('rehype-paragraph-ids', () => {
  it('numbers paragraphs, list items and table figures in order; headings are not blocks', async () => {
    const md = `---\nlang: kk\n---\n## Кіріспе\n\nBir.\n\n- a\n- b\n\n1. c\n\n<TableCaption>T</TableCaption>\n\n| x |\n|---|\n| y |\n\nSoñ.\n`;
    const { tree } = await run(md, [], [rehypeTableFigures, [rehypeParagraphIds, { label }]]);
    const blocks = selectAll('.block', tree);
    expect(blocks.map((b) => [b.tagName, b.properties.id])).toEqual([
      ['p', 'p-1'],
      ['li', 'p-2'],
      ['li', 'p-3'],
      ['li', 'p-4'],
      ['figure', 'p-5'],
      ['p', 'p-6'],
    ]);
    expect(select('h2', tree)!.properties.id).toBeUndefined();
  });

  it('gives every block a permalink to itself as its first child, named in the edition language', async () => {
    const { tree } = await run('---\nlang: ru\n---\nПервый.\n\nВторой.\n', [], [[rehypeParagraphIds, { label }]]);
    const second = select('#p-2', tree)!;
    const link = second.children[0] as import('hast').Element;
    expect(link.tagName).toBe('a');
    expect(link.properties.href).toBe('#p-2');
    expect(link.properties.ariaLabel).toBe('ru:2');
    expect(toString(link)).toBe('2');
    expect(toString(second)).toBe('2Второй.');
  });

  it('does not number nested paragraphs twice (a loose list item is one block)', async () => {
    const { tree } = await run('- one\n\n  more\n- two\n', [], [[rehypeParagraphIds, { label }]]);
    expect(selectAll('.block', tree).map((b) => b.tagName)).toEqual(['li', 'li']);
  });

  it('puts the permalink inside the first paragraph of a loose list item, so it shares its first line', async () => {
    const { html } = await run('1. one\n\n2. two\n', [], [[rehypeParagraphIds, { label }]]);
    expect(html).toContain('<li id="p-1" class="block">\n<p><a class="block-link" href="#p-1" aria-label="undefined:1">1</a>one</p>');
  });
});

describe('rehype-paragraph-ids: kept ids', () => {
  const p = (id?: string): import('hast').Element => ({ type: 'element', tagName: 'p', properties: id ? { id } : {}, children: [{ type: 'text', value: 'x' }] });
  const transform = (tree: import('hast').Root) => {
    const file = new VFile({ path: 'content/articles/x/en.mdx' });
    (rehypeParagraphIds({ label }) as unknown as (t: import('hast').Root, f: VFile) => void)(tree, file);
    return tree;
  };

  it('a block that already has an id keeps it, and the numbering does not shift', () => {
    const tree = transform({ type: 'root', children: [p(), p('p-2-old'), p()] });
    expect(tree.children.map((c) => (c as import('hast').Element).properties.id)).toEqual(['p-1', 'p-2-old', 'p-3']);
  });

  it('a duplicated paragraph id fails with the file and the id', () => {
    expect(() => transform({ type: 'root', children: [p(), p('p-1')] })).toThrow(/Paragraph id "p-1" occurs twice; every block needs its own id/);
  });
});
