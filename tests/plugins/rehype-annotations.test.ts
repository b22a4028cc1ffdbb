import { describe, it, expect } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeAnnotations, { type AnnotationLabels } from '../../src/plugins/rehype-annotations.ts';
import { run } from './pipeline.ts';

const labels: Record<string, AnnotationLabels> = {
  en: { emendation: 'Emendation', unrecoverable: 'Not recoverable', note: 'Editorial note', sourceReads: 'The source reads' },
  ru: { emendation: 'Исправление', unrecoverable: 'Не восстанавливается', note: 'Примечание', sourceReads: 'В источнике' },
};

const doc = (lang: string, annotations: string, body: string) => `---\nlang: ${lang}\nannotations:\n${annotations}\n---\n${body}`;

const emendation = `  - id: rosso
    kind: emendation
    original: Rosstrudnichestvo
    reading: Rossotrudnichestvo
    reason: The agency's name is misspelled; reference 6 spells it correctly.`;

describe('rehype-annotations', () => {
  it('wraps the reading, links the marker to the end note and adds a side note with the original', async () => {
    const { tree } = await run(doc('en', emendation, '<Ann id="rosso">Rossotrudnichestvo</Ann> and other institutions.\n'), [], [[rehypeAnnotations, { labels }]]);
    const ann = select('span.ann#ann-rosso', tree)!;
    expect(ann).toBeDefined();
    expect(toString(select('.ann-text', ann)!)).toBe('Rossotrudnichestvo');
    const ref = select('a.ann-ref', ann)!;
    expect(ref.properties.href).toBe('#note-rosso');
    expect(ref.properties.ariaDescribedBy).toEqual(['sn-rosso']);
    expect(toString(ref)).toBe('1');
    const note = select('span.sidenote#sn-rosso', ann)!;
    expect(note.properties.role).toBe('note');
    expect(toString(select('q.ann-original', note)!)).toBe('Rosstrudnichestvo');
    expect(toString(note)).toBe("1 Emendation. The source reads: Rosstrudnichestvo. The agency's name is misspelled; reference 6 spells it correctly.");
  });

  it('numbers after the title annotations, in body order, and labels in the edition language', async () => {
    const anns = `  - { id: t, kind: emendation, at: title, original: a, reading: b, reason: The title words were out of order. }
  - { id: one, kind: note, reason: A note on the first passage here. }
  - { id: two, kind: unrecoverable, original: "Our peoples", reason: The beginning of this sentence is lost. }`;
    const { tree } = await run(doc('ru', anns, 'X <Ann id="one">a</Ann>.\n\nY <Ann id="two">Our peoples</Ann>.\n'), [], [[rehypeAnnotations, { labels }]]);
    expect(selectAll('a.ann-ref', tree).map((a) => toString(a))).toEqual(['2', '3']);
    expect(toString(select('#sn-one .ann-kind', tree)!)).toBe('Примечание.');
    // An unrecoverable passage is printed as in the source: no "source reads" repetition.
    expect(select('#sn-two q', tree)).toBeUndefined();
    expect(toString(select('#sn-two .ann-kind', tree)!)).toBe('Не восстанавливается.');
  });

  it('keeps what it does not own: markup inside the annotated text survives', async () => {
    const anns = `  - { id: x, kind: note, reason: Reference 4 cannot be the source of this statement. }`;
    const { tree } = await run(doc('en', anns, 'statement <Ann id="x">*cited* [4]</Ann>.\n'), [], [[rehypeAnnotations, { labels }]]);
    expect(select('#ann-x .ann-text em', tree)).toBeDefined();
    expect(toString(select('#ann-x .ann-text', tree)!)).toBe('cited [4]');
  });

  it('fails with the file and a fix when the id is unknown, missing or used twice', async () => {
    await expect(run(doc('en', emendation, '<Ann id="nope">x</Ann>\n'), [], [[rehypeAnnotations, { labels }]])).rejects.toThrow(
      /<Ann id="nope"> has no annotation with that id in the frontmatter; add it under "annotations:"/,
    );
    await expect(run(doc('en', emendation, '<Ann>x</Ann>\n'), [], [[rehypeAnnotations, { labels }]])).rejects.toThrow(/needs an id/);
    await expect(
      run(doc('en', emendation, '<Ann id="rosso">a</Ann> <Ann id="rosso">b</Ann>\n'), [], [[rehypeAnnotations, { labels }]]),
    ).rejects.toThrow(/used twice/);
  });
});

describe('an annotation over a whole paragraph', () => {
  it('stays a paragraph when MDX has unwrapped it to a flow element (as Astro\'s MDX does)', async () => {
    const { default: rehypeAnnotations } = await import('../../src/plugins/rehype-annotations.ts');
    const { h } = await import('hastscript');
    const tree = {
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', name: 'Ann', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'all' }], children: [{ type: 'text', value: 'Whole paragraph.' }] },
        h('p', 'Next.'),
      ],
    } as never;
    const { VFile } = await import('vfile');
    const file = new VFile({ data: { astro: { frontmatter: { lang: 'en', annotations: [{ id: 'all', kind: 'note', reason: 'A note on all of it.' }] } } } });
    const labels = { en: { emendation: 'E', unrecoverable: 'U', note: 'N', sourceReads: 'S' } };
    (rehypeAnnotations({ labels }) as (t: never, f: never) => void)(tree, file as never);
    const root = tree as unknown as { children: { tagName?: string; children?: { properties?: { className?: string[] } }[] }[] };
    expect(root.children.map((c) => c.tagName)).toEqual(['p', 'p']);
    expect(root.children[0]!.children![0]!.properties!.className).toEqual(['ann']);
  });
});
