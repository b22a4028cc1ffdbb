/**
 * Annotations against the text: every `<Ann id>` names an annotation of this edition (at: text) and
 * shows exactly its reading (emendation) or original (unrecoverable); every annotation at: text has
 * its `<Ann>`; title emendations' readings occur in the title; the frontmatter keywords occur in the
 * body's keywords paragraph.
 */
import { isKeywordsParagraph, lineAt, type AnnElement, type AnnotationLike, type TextBlock } from './parse-edition.ts';
import { quote, type Problem } from './report.ts';
import { normalizeSpace } from './source-text.ts';

export interface AnnotationInput {
  editionFile: string;
  annotations: readonly AnnotationLike[];
  annElements: readonly AnnElement[];
  title: string;
  /** Line of frontmatter paths (e.g. ['annotations', 2], ['title']). */
  fmLine: (path: (string | number)[]) => number;
}

export function checkAnnotations(input: AnnotationInput): Problem[] {
  const out: Problem[] = [];
  const byId = new Map(input.annotations.map((a) => [a.id, a]));
  const used = new Set<string>();
  for (const el of input.annElements) {
    const a = el.id === undefined ? undefined : byId.get(el.id);
    if (el.id === undefined || !a) {
      out.push({
        file: input.editionFile,
        line: el.line,
        kind: 'ann-unknown-id',
        message: el.id === undefined ? '<Ann> without an id' : `<Ann id="${el.id}"> names no annotation in the frontmatter`,
        fix: `add an annotation with id: ${el.id ?? '…'} to the frontmatter, or fix the id`,
      });
      continue;
    }
    used.add(a.id);
    if (a.at !== 'text') {
      out.push({
        file: input.editionFile,
        line: el.line,
        kind: 'ann-unknown-id',
        message: `<Ann id="${a.id}"> names an annotation at: ${a.at}, which is not attached to text`,
        fix: `set at: text on annotation "${a.id}", or remove the <Ann>`,
      });
      continue;
    }
    const expected = a.kind === 'emendation' ? a.reading : a.kind === 'unrecoverable' ? a.original : undefined;
    if (expected !== undefined && normalizeSpace(expected) !== normalizeSpace(el.text))
      out.push({
        file: input.editionFile,
        line: el.line,
        kind: 'emendation-reading-mismatch',
        message: `<Ann id="${a.id}"> shows ${quote(el.text)} but the annotation's ${a.kind === 'emendation' ? 'reading' : 'original'} is ${quote(expected)}`,
        fix: `make the <Ann> text and the annotation's ${a.kind === 'emendation' ? 'reading' : 'original'} the same`,
      });
  }
  input.annotations.forEach((a, i) => {
    if (a.at === 'text' && !used.has(a.id))
      out.push({
        file: input.editionFile,
        line: input.fmLine(['annotations', i, 'id']),
        kind: 'annotation-without-ann',
        message: `annotation "${a.id}" is at: text but no <Ann id="${a.id}"> marks its text`,
        fix: `wrap the text it is about in <Ann id="${a.id}">…</Ann>, or set at: article / references`,
      });
    if (a.at === 'title' && a.kind === 'emendation' && a.reading !== undefined && !input.title.includes(a.reading))
      out.push({
        file: input.editionFile,
        line: input.fmLine(['annotations', i, 'reading']),
        kind: 'title-reading-not-found',
        message: `title emendation "${a.id}": its reading ${quote(a.reading)} does not occur in the title ${quote(input.title)}`,
        fix: 'make the reading an exact substring of the title',
      });
  });
  return out;
}

export function checkKeywords(input: {
  editionFile: string;
  keywords: readonly string[];
  blocks: readonly TextBlock[];
  keywordsLine: number;
}): Problem[] {
  if (input.keywords.length === 0) return [];
  const para = input.blocks.find(isKeywordsParagraph);
  if (!para)
    return [
      {
        file: input.editionFile,
        line: input.keywordsLine,
        kind: 'keywords-paragraph-missing',
        message: 'the frontmatter has keywords but the body has no keywords paragraph (**Keywords:** …)',
        fix: 'add the keywords paragraph as printed after the abstract',
      },
    ];
  const body = normalizeSpace(para.text.slice(para.leadEnd ?? 0));
  return input.keywords
    .filter((k) => !body.includes(normalizeSpace(k)))
    .map((k) => ({
      file: input.editionFile,
      line: lineAt(para.text, para.segs, para.leadEnd ?? 0),
      kind: 'keyword-missing' as const,
      message: `frontmatter keyword ${quote(k)} is not in the body's keywords paragraph`,
      fix: 'make the frontmatter keywords exactly the keywords printed in the paragraph',
    }));
}
