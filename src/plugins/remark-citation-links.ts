/**
 * Turns printed numeric citation markers — `[2]`, `[7,p.241]`, `[10],[11,p.428]` — into links to
 * the reference list (`#ref-N`), each with a stable id (`cite-K`) for back-links.
 *
 * The marker text is kept exactly as printed: a wrong number is annotated, never renumbered.
 * Markers inside links, headings, code and inline code are left alone.
 */
import type { Root, Text, Link, Parent, PhrasingContent } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';

export interface CitationLinksOptions {
  /** Prefix of the reference anchors; `#ref-N` by default. */
  refPrefix?: string;
  /** Prefix of the marker ids; `cite-K` by default. */
  idPrefix?: string;
}

/** `[N]` or `[N, p. X]` / `[N,pp.X-Y]` / Cyrillic `с.` / Uzbek `b.`, as printed. */
export const markerPattern = /\[(\d{1,3})(?:\s*,\s*(?:pp?|с|c|s|b|б|bet)\.?\s*\d+(?:\s*[-–]\s*\d+)?)?\]/g;

const skipParents = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'definition']);

export default function remarkCitationLinks(options: CitationLinksOptions = {}) {
  const refPrefix = options.refPrefix ?? 'ref-';
  const idPrefix = options.idPrefix ?? 'cite-';
  return (tree: Root) => {
    let count = 0;
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => skipParents.has(a.type))) return;
      const value = node.value;
      markerPattern.lastIndex = 0;
      if (!markerPattern.test(value)) return;
      markerPattern.lastIndex = 0;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of value.matchAll(markerPattern)) {
        const start = m.index;
        if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
        count += 1;
        const link: Link = {
          type: 'link',
          url: `#${refPrefix}${m[1]}`,
          children: [{ type: 'text', value: m[0] }],
          data: { hProperties: { className: ['cite'], id: `${idPrefix}${count}`, dataRef: m[1] } },
        };
        parts.push(link);
        last = start + m[0].length;
      }
      if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
      const parent = ancestors[ancestors.length - 1] as Parent;
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
