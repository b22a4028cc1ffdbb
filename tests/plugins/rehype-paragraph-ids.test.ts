import { describe, it, expect } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeTableFigures from '../../src/plugins/rehype-table-figures.ts';
import { run } from './pipeline.ts';
import { VFile } from 'vfile';

const label = (n: string, lang: string | undefined) => `${lang}:${n}`;

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

describe('rehype-paragraph-ids: <Anchor> keeps published ids through edits', () => {
  const ids = (tree: import('hast').Root) => selectAll('.block', tree).map((b) => b.properties.id);
  const numbers = (tree: import('hast').Root) => selectAll('.block-link', tree).map((a) => toString(a));
  const render = (md: string) => run(md, [], [rehypeTableFigures, [rehypeParagraphIds, { label }]]);
  /** The error a broken edition raises, with the position the build prints next to it. */
  const failure = async (md: string) => {
    const e = await render(md).then(
      () => undefined,
      (err: unknown) => err as import('vfile-message').VFileMessage,
    );
    expect(e, 'expected the build to fail').toBeDefined();
    return e!;
  };

  it('a split paragraph: the new half takes a letter id and the numbers after it do not move', async () => {
    const { tree, html } = await render('One.\n\nTwo, first half.\n\n<Anchor id="p-2a" /> Two, second half.\n\nThree.\n');
    expect(ids(tree)).toEqual(['p-1', 'p-2', 'p-2a', 'p-3']);
    expect(toString(select('#p-2a', tree)!)).toBe('2aTwo, second half.');
    expect(html).not.toContain('Anchor');
    expect(html).toContain('<a class="block-link" href="#p-2a" aria-label="undefined:2a">2a</a>Two, second half.</p>');
  });

  it('shows the number part of a letter id, and says it in the permalink\'s accessible name', async () => {
    const { html } = await render('---\nlang: uz\n---\n<Anchor id="p-7a" /> Yangi.\n');
    expect(html).toBe('<p id="p-7a" class="block"><a class="block-link" href="#p-7a" aria-label="uz:7a">7a</a>Yangi.</p>');
  });

  it('a deletion: an explicit p-N continues the numbering from N, and also= keeps the deleted id as a target', async () => {
    // Published: p-1 One, p-2 Two, p-3 Three, p-4 Four; Two is deleted.
    const { tree, html } = await render('One.\n\n<Anchor id="p-3" also="p-2" /> Three.\n\nFour.\n');
    expect(ids(tree)).toEqual(['p-1', 'p-3', 'p-4']);
    expect(numbers(tree)).toEqual(['1', '3', '4']);
    expect(html).toContain('<p id="p-3" class="block"><a class="block-link" href="#p-3" aria-label="undefined:3">3</a><span class="block-anchor" id="p-2"></span>Three.</p>');
    expect(toString(select('#p-3', tree)!)).toBe('3Three.');
  });

  it('several retired ids, an anchor with only also=, and <Anchor> on its own line before its block', async () => {
    const { tree } = await render('<Anchor also="p-5 p-6" />\nOne.\n\nTwo.\n');
    expect(ids(tree)).toEqual(['p-1', 'p-2']);
    expect(selectAll('#p-1 > .block-anchor', tree).map((s) => s.properties.id)).toEqual(['p-5', 'p-6']);
    expect(tree.children.filter((c) => c.type !== 'text')).toHaveLength(2);
    const table = await render('One.\n\n<Anchor id="p-5" />\n\n<TableCaption>T</TableCaption>\n\n| x |\n|---|\n| y |\n\nAfter.\n');
    expect(ids(table.tree)).toEqual(['p-1', 'p-5', 'p-6']);
  });

  it('list items and table captions take an anchor too', async () => {
    const md = '- one\n- <Anchor id="p-2a" /> inserted\n- two\n\n<TableCaption><Anchor id="p-3a" />1-Table. T</TableCaption>\n\n| x |\n|---|\n| y |\n\n1. <Anchor id="p-9" />nine\n\n2. ten\n';
    const { tree, html } = await render(md);
    expect(ids(tree)).toEqual(['p-1', 'p-2a', 'p-2', 'p-3a', 'p-9', 'p-10']);
    expect(toString(select('caption', tree)!)).toBe('1-Table. T');
    expect(html).toContain('<li id="p-9" class="block">\n<p><a class="block-link" href="#p-9" aria-label="undefined:9">9</a>nine</p>');
  });

  it('a duplicated id fails at its line, naming the file and the fix', async () => {
    const e = await failure('One.\n\nTwo.\n\nThree.\n\n<Anchor id="p-2" /> Four.\n');
    expect(e.file).toBe('fixture.mdx');
    expect(e.line).toBe(7);
    expect(e.reason).toMatch(/Paragraph id "p-2" occurs twice; every block needs its own id \(the block at line 3 has it too\)/);
    expect(e.reason).toContain('give it a letter id, <Anchor id="p-2a" />');
  });

  it('an explicit id that the numbering then reaches again, or a retired id in use, fails', async () => {
    await expect(render('<Anchor id="p-2" /> One.\n\n<Anchor id="p-1" /> Two.\n\nThree.\n')).rejects.toThrow(/"p-2" occurs twice/);
    await expect(render('<Anchor also="p-2" /> One.\n\nTwo.\n')).rejects.toThrow(/"p-2" occurs twice.*retired id also="p-2" at line 1/);
  });

  it('a malformed id fails with the form it must take', async () => {
    for (const bad of ['p-7A', 'p7', 'p-07', 'p-7ab', 'para-7', 'p-'])
      await expect(render(`<Anchor id="${bad}" /> Text.\n`), bad).rejects.toThrow(
        new RegExp(`"${bad}" is not a paragraph id; fix: write p- and the number, plus one lower-case letter .*\\(p-7, p-7a\\)`),
      );
    await expect(render('<Anchor also="p-3 x" /> Text.\n')).rejects.toThrow(/<Anchor also="x">: "x" is not a paragraph id/);
    await expect(render('<Anchor name="p-3" /> Text.\n')).rejects.toThrow(/takes only id="p-…" and also=.*remove name=/);
    await expect(render('<Anchor /> Text.\n')).rejects.toThrow(/without an id/);
  });

  it('an <Anchor> that is not at the start of a block fails with where it may stand', async () => {
    for (const md of ['Text <Anchor id="p-1a" /> more.\n', '## <Anchor id="p-1a" /> Heading\n', '<Anchor id="p-1a" />\n\n## Heading\n', '<Anchor id="p-1a" />\n\n- item\n', '- a\n\n  <Anchor id="p-1a" /> second paragraph\n', 'One.\n\n<Anchor id="p-2" />\n'])
      await expect(render(md), md).rejects.toThrow(/<Anchor>.*(first in the paragraph or list item|start of the list item)/);
    const e = await failure('One.\n\nTwo <Anchor id="p-2a" />.\n');
    expect([e.file, e.line, e.column]).toEqual(['fixture.mdx', 3, 5]);
  });
});
