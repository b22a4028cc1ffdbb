import { describe, it, expect } from 'vitest';
import {
  buildReferenceList,
  resolveMarker,
  markerLocator,
  paragraphLabel,
  parseDisplay,
  stripPrintedNumber,
  type CitationOccurrence,
  type CslLike,
} from '../../src/lib/references.ts';

const ref = (id: string, n?: number): CslLike => ({ id, ...(n !== undefined ? { 'citation-number': n } : {}), custom: { display: id } });
const cite = (k: number, ref: string, paragraph: string, label = `[${ref}]`): CitationOccurrence => ({ id: `cite-${k}`, ref, label, paragraph });

describe('resolveMarker', () => {
  const refs = [ref('a', 1), ref('b', 2), ref('c', 3)];
  it('follows the printed list number', () => {
    expect(resolveMarker('2', refs)).toBe('b');
  });
  it('lets the citation map override the number', () => {
    expect(resolveMarker('2', refs, { '2': 'a' })).toBe('a');
  });
  it('resolves to nothing past the end of the list or through a map entry to an unknown id', () => {
    expect(resolveMarker('15', refs)).toBeUndefined();
    expect(resolveMarker('2', refs, { '2': 'zzz' })).toBeUndefined();
  });
});

describe('buildReferenceList', () => {
  it('numbered list: ref-N anchors, back-links in document order, a missing item for an unknown marker', () => {
    const refs = [ref('a', 1), ref('b', 2), ref('c', 3)];
    const occ = [cite(1, '2', 'p-3', '[2,p.18]'), cite(2, '1', 'p-4'), cite(3, '2', 'p-9'), cite(4, '15', 'p-9')];
    const { items, numbered } = buildReferenceList(refs, occ);
    expect(numbered).toBe(true);
    expect(items.map((i) => i.anchor)).toEqual(['ref-1', 'ref-2', 'ref-3', 'ref-15']);
    const b = items[1]!;
    expect(b.backlinks.map((l) => [l.citeId, l.paragraphLabel, l.locator])).toEqual([
      ['cite-1', '3', 'p.18'],
      ['cite-3', '9', undefined],
    ]);
    expect(items[2]!.backlinks).toEqual([]);
    const missing = items[3]!;
    expect(missing).toMatchObject({ kind: 'missing', marker: '15', anchor: 'ref-15' });
    expect(missing.backlinks.map((l) => l.citeId)).toEqual(['cite-4']);
  });

  it('unnumbered list resolved through the map (001: markers run ahead of the list); uncited items get ref-{id}', () => {
    const refs = [ref('khidoyatov-2002'), ref('kasimov-1991'), ref('saifullaev-2020'), ref('nye-2004')];
    const map = { '2': 'khidoyatov-2002', '3': 'kasimov-1991', '4': 'saifullaev-2020' };
    const occ = [cite(1, '2', 'p-5'), cite(2, '3', 'p-5'), cite(3, '4', 'p-5'), cite(4, '3', 'p-12')];
    const { items, numbered } = buildReferenceList(refs, occ, map);
    expect(numbered).toBe(false);
    expect(items.map((i) => i.anchor)).toEqual(['ref-2', 'ref-3', 'ref-4', 'ref-nye-2004']);
    expect(items[1]!.backlinks.map((l) => l.citeId)).toEqual(['cite-2', 'cite-4']);
    expect(items.every((i) => i.kind === 'reference')).toBe(true);
  });

  it('a mapped reference keeps an anchor for its printed number too, and a number mapped away loses it', () => {
    const refs = [ref('a', 1), ref('b', 2)];
    // Marker 2 means "a"; b (printed 2) is then reached by no marker.
    const { items } = buildReferenceList(refs, [cite(1, '2', 'p-1')], { '2': 'a' });
    const [a, b] = items as [Extract<(typeof items)[number], { kind: 'reference' }>, Extract<(typeof items)[number], { kind: 'reference' }>];
    expect(a.anchor).toBe('ref-2');
    expect(a.extraAnchors).toEqual(['ref-1']);
    expect(b.anchor).toBe('ref-b');
    expect(a.backlinks.map((l) => l.citeId)).toEqual(['cite-1']);
  });

  it('every anchor is unique and every marker in the text has a target', () => {
    const refs = [ref('a', 1), ref('b', 2), ref('c', 3)];
    const occ = [cite(1, '1', 'p-1'), cite(2, '3', 'p-2'), cite(3, '7', 'p-2'), cite(4, '7', 'p-3')];
    const { items } = buildReferenceList(refs, occ, { '3': 'b' });
    const anchors = items.flatMap((i) => [i.anchor, ...(i.kind === 'reference' ? i.extraAnchors : [])]);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const o of occ) expect(anchors).toContain(`ref-${o.ref}`);
    expect(items.filter((i) => i.kind === 'missing')).toHaveLength(1);
  });
});

describe('backlinks', () => {
  it('letters the markers of one paragraph apart, and only those', () => {
    const { items } = buildReferenceList([ref('a', 1)], [cite(1, '1', 'p-11'), cite(2, '1', 'p-11'), cite(3, '1', 'p-19')]);
    expect(items[0]!.backlinks.map((b) => `${b.paragraphLabel}${b.suffix}`)).toEqual(['11a', '11b', '19']);
  });
});

describe('marker and paragraph labels', () => {
  it('reads the page locator of a marker', () => {
    expect(markerLocator('[7,p.241]')).toBe('p.241');
    expect(markerLocator('[11, с. 428]')).toBe('с. 428');
    expect(markerLocator('[2]')).toBeUndefined();
  });
  it('shows p-12 as 12 and a hand-set id as it is', () => {
    expect(paragraphLabel('p-12')).toBe('12');
    // An inserted paragraph (<Anchor id="p-7a" />) is numbered 7a on the page.
    expect(paragraphLabel('p-7a')).toBe('7a');
    expect(paragraphLabel('intro')).toBe('intro');
    expect(paragraphLabel(undefined)).toBeUndefined();
  });
});

describe('parseDisplay', () => {
  it('renders *x* as italics and keeps the rest as text', () => {
    expect(parseDisplay('Nye J.S. *Soft Power.* - New York, 2004.')).toEqual([
      { type: 'text', value: 'Nye J.S. ' },
      { type: 'em', children: [{ type: 'text', value: 'Soft Power.' }] },
      { type: 'text', value: ' - New York, 2004.' },
    ]);
  });
  it('links URLs without the sentence punctuation that follows them', () => {
    expect(parseDisplay('URL: https://rs.gov.ru/en (accessed: 26.05.2026).')).toEqual([
      { type: 'text', value: 'URL: ' },
      { type: 'link', href: 'https://rs.gov.ru/en', value: 'https://rs.gov.ru/en' },
      { type: 'text', value: ' (accessed: 26.05.2026).' },
    ]);
    expect(parseDisplay('See https://en.wikipedia.org/wiki/Soft_power_(politics).')[1]).toEqual({
      type: 'link',
      href: 'https://en.wikipedia.org/wiki/Soft_power_(politics)',
      value: 'https://en.wikipedia.org/wiki/Soft_power_(politics)',
    });
  });
  it('links a bare DOI to doi.org, and a doi.org URL once', () => {
    expect(parseDisplay('Vol. 7. DOI: 10.3389/fsoc.2022.793018.')).toEqual([
      { type: 'text', value: 'Vol. 7. DOI: ' },
      { type: 'link', href: 'https://doi.org/10.3389/fsoc.2022.793018', value: '10.3389/fsoc.2022.793018' },
      { type: 'text', value: '.' },
    ]);
    const t = parseDisplay('https://doi.org/10.1093/ia/iiaa061');
    expect(t).toEqual([{ type: 'link', href: 'https://doi.org/10.1093/ia/iiaa061', value: 'https://doi.org/10.1093/ia/iiaa061' }]);
  });
  it('finds links inside italics', () => {
    expect(parseDisplay('*at https://a.example/x*')).toEqual([
      { type: 'em', children: [{ type: 'text', value: 'at ' }, { type: 'link', href: 'https://a.example/x', value: 'https://a.example/x' }] },
    ]);
  });
});

describe('stripPrintedNumber', () => {
  it('drops a leading copy of the list number only', () => {
    expect(stripPrintedNumber('7 Gong L. Humanitarian', 7)).toBe('Gong L. Humanitarian');
    expect(stripPrintedNumber('7. Gong L.', 7)).toBe('Gong L.');
    expect(stripPrintedNumber('70 years of diplomacy', 7)).toBe('70 years of diplomacy');
    expect(stripPrintedNumber('2004 report', undefined)).toBe('2004 report');
  });
});
