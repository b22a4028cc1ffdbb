import { describe, it, expect } from 'vitest';
import { checkCitations, findMarkers, resolver, type CitationInput } from '../../../src/lib/check/citations.ts';
import { parseEditionBody, parseMdx, type AnnotationLike } from '../../../src/lib/check/parse-edition.ts';

describe('findMarkers', () => {
  it('reads the numbers of printed markers', () => {
    const ms = findMarkers('as [2] and [7,p.241], [10],[11,p.428]; [1, 3]; [4–6] and [8, с. 12] but not [In Kaz] or [a]');
    expect(ms.map((m) => [m.text, m.numbers])).toEqual([
      ['[2]', [2]],
      ['[7,p.241]', [7]],
      ['[10]', [10]],
      ['[11,p.428]', [11]],
      ['[1, 3]', [1, 3]],
      ['[4–6]', [4, 5, 6]],
      ['[8, с. 12]', [8]],
    ]);
  });
});

describe('resolver', () => {
  it('resolves through citations.map first, then citation-number', () => {
    const refs = [
      { id: 'khidoyatov-2002' },
      { id: 'kasimov-1991', 'citation-number': 2 },
    ];
    const resolve = resolver({ '2': 'khidoyatov-2002', '5': 'missing-id' }, refs);
    expect(resolve(2)).toBe('khidoyatov-2002');
    expect(resolve(3)).toBeUndefined();
    expect(resolve(5)).toBeUndefined();
  });
});

describe('checkCitations', () => {
  const annotations: AnnotationLike[] = [
    { id: 'bad-marker', kind: 'note', category: 'citation', at: 'text' },
    { id: 'other', kind: 'note', category: 'ocr', at: 'text' },
    { id: 'uncited', kind: 'note', at: 'references', reference: 'c-2020' },
  ];
  const run = (body: string, over: Partial<CitationInput> = {}) => {
    const { tree } = parseMdx(`---\nx: 1\n---\n${body}`);
    const byId = new Map(annotations.map((a) => [a.id, a]));
    return checkCitations({
      editionFile: 'en.mdx',
      articleFile: 'article.yaml',
      referencesFile: 'references.json',
      blocks: parseEditionBody(tree, byId).blocks,
      annotations: byId,
      map: {},
      uncited: ['c-2020'],
      references: [
        { id: 'a-2020', 'citation-number': 1 },
        { id: 'b-2020', 'citation-number': 2 },
        { id: 'c-2020', 'citation-number': 3 },
      ],
      referenceLine: (id) => ({ 'a-2020': 2, 'b-2020': 12, 'c-2020': 22 })[id] ?? 1,
      uncitedLine: 30,
      annotationsLine: 40,
      referencesComplete: true,
      ...over,
    }).map((p) => `${p.file}:${p.line} ${p.kind}`);
  };

  it('accepts resolved markers, acknowledged ones, and an explained uncited reference', () => {
    expect(run('Text [1].\n\nMore [2,p.5] and <Ann id="bad-marker">[9]</Ann>.\n')).toEqual([]);
  });

  it('reports a marker without a reference at its line, unless a citation note marks it', () => {
    expect(run('Text [1].\n\nMore [2] and [9].\n')).toEqual(['en.mdx:6 citation-unresolved']);
    expect(run('Text [1].\n\nMore [2] and <Ann id="other">[9]</Ann>.\n')).toEqual(['en.mdx:6 citation-unresolved']);
  });

  it('reports references never cited at their references.json line', () => {
    expect(run('Text [1].\n')).toEqual(['references.json:12 reference-uncited']);
    expect(run('Text [1], [2].\n', { uncited: [] })).toEqual(['references.json:22 reference-uncited']);
  });

  it('reports an uncited reference without a note, and an uncited entry that the text cites', () => {
    expect(run('Text [1], [2].\n', { annotations: new Map() })).toEqual(['en.mdx:40 uncited-note-missing']);
    expect(run('Text [1], [2], [3].\n')).toEqual(['article.yaml:30 uncited-but-cited']);
  });
});
