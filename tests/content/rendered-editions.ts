/**
 * The editions as the site renders them (same unified plugins, without Astro), for tests that
 * need block ids and block text: glossary sources, alignment of translations.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { remarkPlugins, rehypePlugins } from '../../src/plugins/index.ts';
import { editionParts, splitEdition } from '../../src/lib/edition-parts.ts';

export interface RenderedEdition {
  article: string;
  lang: string;
  file: string;
  /** Block id → its text without the paragraph number and side notes. */
  blocks: Map<string, string>;
  /** The whole reading text (title, headings and blocks). */
  text: string;
  /** The edition's frontmatter as written. */
  frontmatter: Record<string, unknown>;
  /**
   * The shape of the body, one entry per root-level element: `h2`, `p#p-1`, `ul[li#p-4,li#p-5]`,
   * `figure#p-9[table 4×3]`: what every language edition of an article must share.
   */
  structure: string[];
  /** Block id → the reference ids its citation markers point to, in order. */
  citations: Map<string, string[]>;
  /** Block id → its text as the source prints it: each annotated passage replaced by its `original`. */
  printed: Map<string, string>;
  /** Block id → the ids of the annotations anchored in it. */
  annotationsIn: Map<string, string[]>;
}

function shape(el: Element): string {
  const id = el.properties.id ? `#${String(el.properties.id)}` : '';
  if (el.tagName === 'ul' || el.tagName === 'ol')
    return `${el.tagName}[${el.children.filter((c): c is Element => c.type === 'element').map(shape).join(',')}]`;
  if (el.tagName === 'figure') {
    const rows = selectAll('tr', el);
    const cols = rows.map((r) => r.children.filter((c) => c.type === 'element').length);
    return `figure${id}[table ${rows.length}×${cols.join('/')}]`;
  }
  return `${el.tagName}${id}`;
}

export async function renderedEditions(base = 'content/articles'): Promise<RenderedEdition[]> {
  const out: RenderedEdition[] = [];
  for (const article of readdirSync(base).sort()) {
    const dir = join(base, article);
    if (!existsSync(join(dir, 'article.yaml'))) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      const file = join(dir, name);
      const source = readFileSync(file, 'utf8');
      // MDX's own processor with the site's plugins: the structure Astro builds.
      const { frontmatter, body } = splitEdition(source);
      const tree: Root = { type: 'root', children: await editionParts({ frontmatter, body }, { remarkPlugins, rehypePlugins } as never, file) };
      const structure = tree.children.filter((c): c is Element => c.type === 'element').map(shape);
      const citations = new Map(selectAll('.block', tree).map((b) => [String(b.properties.id), selectAll('a.cite', b).map((a) => String(a.properties.dataRef))]));
      const annotationsIn = new Map(
        selectAll('.block', tree).map((b) => [String(b.properties.id), selectAll('.ann', b).map((a) => String(a.properties.id).replace(/^ann-/, ''))]),
      );
      for (const el of selectAll('.block-link, .sidenote, .ann-ref, .provenance-label', tree)) el.children = [];
      const originals = new Map(((frontmatter.annotations ?? []) as { id: string; original?: string }[]).map((a) => [a.id, a.original]));
      const printedTree = structuredClone(tree);
      for (const ann of selectAll('.ann', printedTree)) {
        const original = originals.get(String(ann.properties.id).replace(/^ann-/, ''));
        if (original !== undefined) ann.children = [{ type: 'text', value: original }];
      }
      const printed = new Map(selectAll('.block', printedTree).map((b) => [String(b.properties.id), toString(b).replace(/\s+/g, ' ').trim()]));
      const blocks = new Map(selectAll('.block', tree).map((b) => [String(b.properties.id), toString(b).replace(/\s+/g, ' ').trim()]));
      const text = [String(frontmatter.title ?? ''), ...selectAll('h2, h3, h4', tree).map((h) => toString(h)), ...blocks.values()].join('\n');
      out.push({ article, lang: String(frontmatter.lang), file, blocks, text, frontmatter, structure, citations, annotationsIn, printed });
    }
  }
  return out;
}
