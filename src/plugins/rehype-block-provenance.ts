/**
 * Marks the blocks of a translated edition that are the authors' own text in that language
 * (frontmatter `authorProvided.parts`), so that provenance is visible per block, not per page:
 *
 *   <p id="p-2" class="block"><a class="block-link" …>2</a>Мақалада…</p>
 *
 * becomes
 *
 *   <p id="p-2" class="block" data-provenance="author"><a class="block-link" …>2</a><span
 *   class="provenance-label">Authors' text</span> Мақалада…</p>
 *
 * Every other block of a translated edition is the editorial translation and stays as it is.
 * A listed block id that the edition does not have fails the build. Runs after rehype-paragraph-ids.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';

export interface BlockProvenanceOptions {
  /** The visible label of an author-provided block, per edition language. */
  label: (lang: string | undefined) => string;
}

interface Frontmatter {
  lang?: string;
  authorProvided?: { parts?: string[] };
}

function blocksOf(tree: Root): Element[] {
  const out: Element[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      for (const li of node.children) if (li.type === 'element' && li.properties.id !== undefined) out.push(li);
    } else if (node.properties.id !== undefined) out.push(node);
  }
  return out;
}

export default function rehypeBlockProvenance(options: BlockProvenanceOptions) {
  return (tree: Root, file: VFile) => {
    const fm = (file.data as { astro?: { frontmatter?: Frontmatter } }).astro?.frontmatter;
    const parts = new Set((fm?.authorProvided?.parts ?? []).filter((p) => /^p-\d+$/.test(p)));
    if (parts.size === 0) return;
    const found = new Set<string>();
    for (const block of blocksOf(tree)) {
      const id = String(block.properties.id);
      if (!parts.has(id)) continue;
      found.add(id);
      block.properties.dataProvenance = 'author';
      const label: Element = { type: 'element', tagName: 'span', properties: { className: ['provenance-label'] }, children: [{ type: 'text', value: options.label(fm?.lang) }] };
      // After the permalink number, which stays the block's first child.
      const at = block.children.findIndex((c) => c.type === 'element' && ([] as unknown[]).concat(c.properties.className ?? []).includes('block-link'));
      block.children.splice(at + 1, 0, label, { type: 'text', value: ' ' });
    }
    const missing = [...parts].filter((p) => !found.has(p));
    if (missing.length > 0)
      file.fail(`authorProvided lists ${missing.join(', ')}, which this edition does not have; list the ids of its blocks (p-1, p-2, …)`);
  };
}
