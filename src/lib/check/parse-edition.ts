/**
 * Reads an edition ({lang}.mdx) into text blocks: the frontmatter title, then every heading,
 * paragraph and table cell of the body in document order. Each block carries two strings:
 *
 * - `text`: what the reader sees (the children of `<Ann>`), for the leftover checks;
 * - `trace`: what the traceability check compares with the source, where every emendation
 *   `<Ann id>` stands for its annotation's `original` instead of its children;
 *
 * plus offset→line maps, so that any finding points at its line in the .mdx file.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { stripListNumber } from './source-text.ts';

export interface AnnotationLike {
  id: string;
  kind: 'emendation' | 'unrecoverable' | 'note';
  category?: string | undefined;
  at: 'text' | 'title' | 'article' | 'references';
  original?: string | undefined;
  reading?: string | undefined;
  reference?: string | undefined;
  line?: number | undefined;
}

/** A run of block text that starts on `line` of the .mdx file. */
export interface Segment {
  start: number;
  end: number;
  line: number;
}

export interface AnnRange {
  id: string;
  /** Offsets in the block's `text`. */
  start: number;
  end: number;
  line: number;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'cell';

export interface TextBlock {
  kind: BlockKind;
  /** Line where the block starts. */
  line: number;
  text: string;
  segs: Segment[];
  trace: string;
  traceSegs: Segment[];
  anns: AnnRange[];
  /** Text of a leading **strong** run (e.g. "Keywords:"), when the block begins with one. */
  lead?: string;
  /** Offset in `text` where the text after the leading strong run begins. */
  leadEnd?: number;
}

export interface AnnElement {
  id: string | undefined;
  line: number;
  /** The element's text (its children). */
  text: string;
}

export interface ParsedBody {
  blocks: TextBlock[];
  annElements: AnnElement[];
  /** JSX or ESM syntax the content model does not allow, with its line. */
  disallowed: { line: number; what: string }[];
}

interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Splits an .mdx file into its frontmatter YAML (with the line it starts on) and its mdast. */
export function parseMdx(raw: string): { yaml: string | undefined; yamlLine: number; tree: MdNode } {
  const tree = processor.parse(raw) as unknown as MdNode;
  const fm = tree.children?.find((n) => n.type === 'yaml');
  return { yaml: fm?.value, yamlLine: (fm?.position?.start.line ?? 1) + 1, tree };
}

/** 1-based line of `offset` in a block string, from its segments. */
export function lineAt(text: string, segs: readonly Segment[], offset: number): number {
  let seg: Segment | undefined;
  for (const s of segs) {
    if (s.start <= offset) seg = s;
    else break;
  }
  if (!seg) return segs[0]?.line ?? 1;
  let line = seg.line;
  for (let i = seg.start; i < Math.min(offset, text.length); i++) if (text[i] === '\n') line++;
  return line;
}

class Builder {
  text = '';
  segs: Segment[] = [];
  add(s: string, line: number) {
    if (s === '') return;
    this.segs.push({ start: this.text.length, end: this.text.length + s.length, line });
    this.text += s;
  }
}

const lineOf = (n: MdNode, fallback: number) => n.position?.start.line ?? fallback;

function attr(n: MdNode, name: string): string | undefined {
  for (const a of n.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  return undefined;
}

export function parseEditionBody(
  tree: MdNode,
  annotations: ReadonlyMap<string, AnnotationLike>,
): ParsedBody {
  const blocks: TextBlock[] = [];
  const annElements: AnnElement[] = [];
  const disallowed: ParsedBody['disallowed'] = [];

  const inline = (node: MdNode, mode: 'text' | 'trace', b: Builder, anns: AnnRange[] | undefined, line: number) => {
    const l = lineOf(node, line);
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        b.add(node.value ?? '', l);
        return;
      case 'break':
        b.add('\n', l);
        return;
      case 'image':
        b.add(node.alt ?? '', l);
        return;
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        if (mode === 'text') disallowed.push({ line: l, what: 'a JSX expression {…}' });
        return;
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        if (node.name === 'Ann') {
          const id = attr(node, 'id');
          const a = id === undefined ? undefined : annotations.get(id);
          if (mode === 'trace' && a?.kind === 'emendation' && a.original !== undefined) {
            b.add(a.original, l);
            return;
          }
          const start = b.text.length;
          for (const c of node.children ?? []) inline(c, mode, b, anns, l);
          if (mode === 'text') {
            anns?.push({ id: id ?? '', start, end: b.text.length, line: l });
            annElements.push({ id, line: l, text: b.text.slice(start) });
          }
          return;
        }
        for (const c of node.children ?? []) inline(c, mode, b, anns, l);
        return;
      default:
        for (const c of node.children ?? []) inline(c, mode, b, anns, l);
    }
  };

  const pushBlock = (kind: BlockKind, children: MdNode[], line: number, stripNumber = false) => {
    const t = new Builder();
    const anns: AnnRange[] = [];
    for (const c of children) inline(c, 'text', t, anns, line);
    const tr = new Builder();
    for (const c of children) inline(c, 'trace', tr, undefined, line);
    const block: TextBlock = {
      kind,
      line,
      text: t.text,
      segs: t.segs,
      trace: stripNumber ? stripListNumber(tr.text) : tr.text,
      traceSegs: tr.segs,
      anns,
    };
    const first = children[0];
    if (first?.type === 'strong') {
      const lead = new Builder();
      inline(first, 'text', lead, undefined, line);
      block.lead = lead.text;
      block.leadEnd = lead.text.length;
    }
    blocks.push(block);
  };

  const flow = (node: MdNode, inList: boolean) => {
    const l = lineOf(node, 1);
    switch (node.type) {
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
        return;
      case 'heading':
        pushBlock('heading', node.children ?? [], l);
        return;
      case 'paragraph':
        pushBlock('paragraph', node.children ?? [], l, !inList);
        return;
      case 'code':
      case 'html':
        pushBlock('paragraph', [{ type: 'text', value: node.value ?? '', ...(node.position ? { position: node.position } : {}) }], l);
        return;
      case 'table':
        for (const row of node.children ?? []) for (const cell of row.children ?? []) pushBlock('cell', cell.children ?? [], lineOf(cell, l));
        return;
      case 'list':
        for (const item of node.children ?? []) for (const c of item.children ?? []) flow(c, true);
        return;
      case 'mdxjsEsm':
        disallowed.push({ line: l, what: 'import/export' });
        return;
      case 'mdxFlowExpression':
        disallowed.push({ line: l, what: 'a JSX expression {…}' });
        return;
      case 'mdxJsxFlowElement': {
        const kids = node.children ?? [];
        // <TableCaption>…</TableCaption> on its own lines holds phrasing or paragraphs.
        if (kids.every((k) => k.type === 'paragraph' || k.type === 'list' || k.type === 'heading' || k.type === 'table'))
          if (node.name !== 'Ann') {
            for (const k of kids) flow(k, inList);
            return;
          }
        pushBlock('paragraph', [node], l);
        return;
      }
      default:
        if (node.children) for (const c of node.children) flow(c, inList);
        else if (node.value !== undefined) pushBlock('paragraph', [node], l);
    }
  };

  for (const c of tree.children ?? []) flow(c, false);
  return { blocks, annElements, disallowed };
}

/** Labels of the keywords paragraph (`**Keywords:** …`) in the four languages. */
export const keywordsLabel = /^\s*(?:key\s*-?words|ключевые\s+слова|түйін(?:ді)?\s+сөздер|kalit\s+so\S?zlar|tayanch\s+so\S?zlar)\s*[:.]?\s*$/iu;

export const isKeywordsParagraph = (b: TextBlock) => b.kind === 'paragraph' && b.lead !== undefined && keywordsLabel.test(b.lead);

/** A block for a frontmatter string (the title): `trace` may differ (title emendations reversed). */
export function stringBlock(kind: BlockKind, text: string, trace: string, line: number): TextBlock {
  return {
    kind,
    line,
    text,
    segs: [{ start: 0, end: text.length, line }],
    trace,
    traceSegs: [{ start: 0, end: trace.length, line }],
    anns: [],
  };
}
