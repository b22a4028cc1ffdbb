/**
 * Numbers the blocks of an edition — top-level paragraphs, the items of top-level lists, table
 * figures — as `p-1`, `p-2`, … in document order, and gives each a permalink as its first child:
 *
 *   <p id="p-3" class="block"><a class="block-link" href="#p-3" aria-label="…">3</a>…</p>
 *
 * Every language edition has the same blocks, so a paragraph has the same id in all of them.
 * A block that already has an id (set by hand, to keep an old anchor alive) keeps it; the
 * number still advances so the following blocks do not shift.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';

export interface ParagraphIdsOptions {
  /** Accessible name of the permalink, per edition language; `{n}` is the block number. */
  label: (n: number, lang: string | undefined) => string;
  prefix?: string;
}

function isBlock(el: Element): boolean {
  if (el.tagName === 'p') return true;
  if (el.tagName === 'figure') return ([] as unknown[]).concat(el.properties.className ?? []).includes('table-figure');
  return false;
}

export default function rehypeParagraphIds(options: ParagraphIdsOptions) {
  const prefix = options.prefix ?? 'p-';
  return (tree: Root, file: VFile) => {
    const lang = (file.data as { astro?: { frontmatter?: { lang?: string } } }).astro?.frontmatter?.lang;
    const seen = new Set<string>();
    let n = 0;
    const number = (el: Element) => {
      n += 1;
      const id = typeof el.properties.id === 'string' ? el.properties.id : `${prefix}${n}`;
      if (seen.has(id)) file.fail(`Paragraph id "${id}" occurs twice; every block needs its own id`);
      seen.add(id);
      el.properties.id = id;
      el.properties.className = ['block', ...([] as string[]).concat((el.properties.className as string[]) ?? [])];
      const link = h('a.block-link', { href: `#${id}`, ariaLabel: options.label(n, lang) }, String(n));
      // In a loose list item the text sits in a <p>: the link goes there, so it shares the first line.
      const first = el.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
      if (el.tagName === 'li' && first?.type === 'element' && first.tagName === 'p') first.children.unshift(link);
      else el.children.unshift(link);
    };
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (isBlock(node)) number(node);
      else if (node.tagName === 'ul' || node.tagName === 'ol')
        for (const li of node.children) if (li.type === 'element' && li.tagName === 'li') number(li);
    }
  };
}
