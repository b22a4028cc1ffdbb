/**
 * Citation markers and references: every marker printed in the body (`[2]`, `[7,p.241]`,
 * `[10],[11,p.428]`, `[1, 3]`, `[2–4]`) must resolve to a reference — through article.yaml
 * `citations.map`, else the reference's `citation-number` — unless it stands inside an `<Ann>`
 * whose annotation has category "citation"; and every reference must be cited, unless it is listed
 * in `citations.uncited` and the edition explains that in a note at: references.
 */
import { lineAt, type AnnotationLike, type TextBlock } from './parse-edition.ts';
import type { Problem } from './report.ts';

export interface Marker {
  /** The marker as printed. */
  text: string;
  numbers: number[];
  /** Offset in the block text. */
  start: number;
  end: number;
}

const page = '(?:pp?|с|c|s|b|б|bet|стр|P)\\.?\\s*\\d+(?:\\s*[-–]\\s*\\d+)?';
const markerPattern = new RegExp(`\\[(\\d{1,3}(?:\\s*(?:[,;]|[-–])\\s*\\d{1,3})*)(?:\\s*[,;]\\s*${page})?\\]`, 'gu');

/** Citation markers in a text, with the reference numbers each one names. */
export function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(markerPattern)) {
    const numbers: number[] = [];
    for (const part of m[1]!.split(/\s*[,;]\s*/)) {
      const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part);
      if (range) {
        const [a, b] = [Number(range[1]), Number(range[2])];
        for (let n = a; n <= b && n - a < 50; n++) numbers.push(n);
      } else numbers.push(Number(part));
    }
    out.push({ text: m[0], numbers, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface ReferenceLike {
  id: string;
  'citation-number'?: number | undefined;
}

/** Marker number → reference id: citations.map first, then citation-number. */
export function resolver(map: Readonly<Record<string, string>>, references: readonly ReferenceLike[]) {
  const byNumber = new Map(references.flatMap((r) => (r['citation-number'] !== undefined ? [[r['citation-number'], r.id] as const] : [])));
  const ids = new Set(references.map((r) => r.id));
  return (n: number): string | undefined => {
    const mapped = map[String(n)];
    if (mapped !== undefined) return ids.has(mapped) ? mapped : undefined;
    return byNumber.get(n);
  };
}

export interface CitationInput {
  editionFile: string;
  articleFile: string;
  referencesFile: string;
  blocks: readonly TextBlock[];
  annotations: ReadonlyMap<string, AnnotationLike>;
  map: Readonly<Record<string, string>>;
  uncited: readonly string[];
  references: readonly ReferenceLike[];
  /** Line of each reference item in references.json, and of fields in article.yaml / frontmatter. */
  referenceLine: (id: string) => number;
  uncitedLine: number;
  annotationsLine: number;
  /** Whether references.json was read completely (uncited checks need the whole list). */
  referencesComplete: boolean;
}

export function checkCitations(input: CitationInput): Problem[] {
  const out: Problem[] = [];
  const resolve = resolver(input.map, input.references);
  const cited = new Set<string>();
  for (const block of input.blocks) {
    if (block.kind === 'title') continue;
    for (const m of findMarkers(block.text)) {
      const acknowledged = block.anns.some(
        (a) => a.start <= m.start && m.end <= a.end && input.annotations.get(a.id)?.category === 'citation',
      );
      for (const n of m.numbers) {
        const id = resolve(n);
        if (id !== undefined) cited.add(id);
        else if (!acknowledged)
          out.push({
            file: input.editionFile,
            line: lineAt(block.text, block.segs, m.start),
            kind: 'citation-unresolved',
            message: `citation marker ${m.text} has no reference: no citations.map entry "${n}" in ${input.articleFile} and no reference with citation-number ${n}`,
            fix: `give the reference it means "citation-number": ${n} (or map "${n}" in citations.map), or wrap the marker in <Ann> with a citation note`,
          });
      }
    }
  }
  if (!input.referencesComplete) return out;
  const referenceNotes = [...input.annotations.values()].filter((a) => a.at === 'references');
  for (const r of input.references) {
    const listed = input.uncited.includes(r.id);
    if (cited.has(r.id)) {
      if (listed)
        out.push({
          file: input.articleFile,
          line: input.uncitedLine,
          kind: 'uncited-but-cited',
          message: `citations.uncited lists "${r.id}" but ${input.editionFile} cites it`,
          fix: `remove "${r.id}" from citations.uncited`,
        });
      continue;
    }
    if (!listed) {
      out.push({
        file: input.referencesFile,
        line: input.referenceLine(r.id),
        kind: 'reference-uncited',
        message: `reference "${r.id}"${r['citation-number'] !== undefined ? ` (number ${r['citation-number']})` : ''} is never cited in ${input.editionFile}`,
        fix: `check the markers that should cite it; if the text never does, list "${r.id}" in citations.uncited in ${input.articleFile} and explain it in a note at: references`,
      });
      continue;
    }
    if (!referenceNotes.some((a) => a.reference === undefined || a.reference === r.id))
      out.push({
        file: input.editionFile,
        line: input.annotationsLine,
        kind: 'uncited-note-missing',
        message: `reference "${r.id}" is listed in citations.uncited but this edition has no note at: references about it`,
        fix: `add an annotation { kind: note, at: references, reference: ${r.id}, reason: … } explaining why the text never cites it`,
      });
  }
  return out;
}
