/**
 * Records every citation marker (`a.cite`) with the block it stands in, for the reference list's
 * back-links: `frontmatter.citations = [{ id, ref, label, paragraph }]` (Astro exposes it as
 * `remarkPluginFrontmatter`). Runs after the blocks are numbered.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';

export interface CitationOccurrence {
  /** Id of the marker element, e.g. `cite-4`. */
  id: string;
  /** The marker number as printed, e.g. `7`. */
  ref: string;
  /** The marker as printed, e.g. `[7,p.241]`. */
  label: string;
  /** Id of the enclosing block, e.g. `p-12`. */
  paragraph: string | undefined;
}

const hasClass = (el: Element, name: string) => ([] as unknown[]).concat(el.properties.className ?? []).includes(name);

export function collectCitations(tree: Root): CitationOccurrence[] {
  const out: CitationOccurrence[] = [];
  visit(tree, 'element', (el: Element, _i, _p) => {
    if (!hasClass(el, 'block')) return;
    const paragraph = typeof el.properties.id === 'string' ? el.properties.id : undefined;
    visit(el, 'element', (a: Element) => {
      if (a.tagName === 'a' && hasClass(a, 'cite'))
        out.push({ id: String(a.properties.id), ref: String(a.properties.dataRef), label: toString(a), paragraph });
    });
    return 'skip';
  });
  return out;
}

export default function rehypeCitationIndex() {
  return (tree: Root, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = collectCitations(tree);
  };
}
