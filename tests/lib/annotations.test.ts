import { describe, it, expect } from 'vitest';
import { annotationIdsInBody, numberAnnotations, splitTitle } from '../../src/lib/annotations.ts';

const body = `Text <Ann id="b">x</Ann> more <Ann id='a'>y</Ann>.\n\nNext <Ann  id="c">z</Ann>`;

describe('numberAnnotations', () => {
  it('reads <Ann> ids in body order', () => {
    expect(annotationIdsInBody(body)).toEqual(['b', 'a', 'c']);
  });
  it('numbers title annotations first, then text annotations in body order; others are left out', () => {
    const anns = [
      { id: 'a', at: 'text' as const },
      { id: 'art', at: 'article' as const },
      { id: 'b' },
      { id: 't', at: 'title' as const },
      { id: 'c', at: 'text' as const },
      { id: 'refs', at: 'references' as const },
      { id: 'loose', at: 'text' as const },
    ];
    expect(numberAnnotations(anns, body).map((n) => [n.annotation.id, n.number])).toEqual([
      ['t', 1],
      ['b', 2],
      ['a', 3],
      ['c', 4],
      ['loose', undefined],
    ]);
  });
});

describe('splitTitle', () => {
  it('marks the reading of each title annotation in the title', () => {
    const a = { annotation: { id: 'x', reading: 'Central Asia' }, number: 1 };
    expect(splitTitle('Solidarity in Central Asia: a study', [a])).toEqual([
      { text: 'Solidarity in ' },
      { text: 'Central Asia', annotation: a.annotation, number: 1 },
      { text: ': a study' },
    ]);
  });
  it('leaves the title whole when a reading is not in it', () => {
    expect(splitTitle('Title', [{ annotation: { id: 'x', reading: 'nope' }, number: 1 }])).toEqual([{ text: 'Title' }]);
  });
});
