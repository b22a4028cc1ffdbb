/**
 * Gives tables their caption and source line:
 *
 *   <TableCaption>1-Table. …</TableCaption>  + GFM table +  <TableSource>Source: …</TableSource>
 *
 * becomes
 *
 *   <figure class="table-figure"><section class="table-scroll" tabindex="0"
 *   aria-labelledby="table-caption-K"><table><caption id="table-caption-K">…</caption>…</table></section>
 *   <p class="table-source">…</p></figure>
 *
 * The scroll container is focusable so that keyboard users can scroll a wide table on a phone.
 * A caption or source line that is not next to a table fails the build.
 */
import type { Root, Element, ElementContent, RootContent, Parents } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { isMdxJsx, type MdxJsxElement } from './mdx-jsx.ts';

export interface TableFiguresOptions {
  /** Prefix of caption ids; `table-caption-` by default. */
  idPrefix?: string;
}

const isWhitespace = (n: RootContent) => n.type === 'text' && n.value.trim() === '';

/** The element's children, unwrapping a lone paragraph (MDX wraps multi-line element content in <p>). */
function inlineChildren(el: MdxJsxElement): ElementContent[] {
  const meaningful = el.children.filter((c) => !isWhitespace(c));
  const only = meaningful[0];
  if (meaningful.length === 1 && only?.type === 'element' && only.tagName === 'p') return only.children;
  return el.children;
}

function nextIndex(children: RootContent[], from: number): number {
  let i = from;
  while (i < children.length && isWhitespace(children[i]!)) i++;
  return i;
}

/** `<TableCaption>…</TableCaption>` written on one line is parsed as a paragraph holding the element. */
function unwrapLoneElements(tree: Root) {
  visit(tree, 'element', (el, index, parent) => {
    if (el.tagName !== 'p' || parent === undefined || index === undefined) return undefined;
    // Most paragraphs hold no MDX element at all: answer that without allocating.
    if (!el.children.some((c) => isMdxJsx(c, 'TableCaption') || isMdxJsx(c, 'TableSource'))) return SKIP;
    const meaningful = el.children.filter((c) => !isWhitespace(c));
    const only = meaningful[0];
    if (meaningful.length === 1 && (isMdxJsx(only, 'TableCaption') || isMdxJsx(only, 'TableSource'))) {
      parent.children.splice(index, 1, only as ElementContent);
    }
    return SKIP;
  });
}

export default function rehypeTableFigures(options: TableFiguresOptions = {}) {
  const idPrefix = options.idPrefix ?? 'table-caption-';
  return (tree: Root, file: VFile) => {
    unwrapLoneElements(tree);
    let count = 0;
    visit(tree, (node, index, parent: Parents | undefined) => {
      if (parent === undefined || index === undefined) return;
      if (isMdxJsx(node, 'TableSource'))
        file.fail('<TableSource> must follow a table that has a <TableCaption> right before it', node as MdxJsxElement);
      if (!isMdxJsx(node, 'TableCaption')) return;
      const children = parent.children as RootContent[];
      const tableIndex = nextIndex(children, index + 1);
      const table = children[tableIndex];
      if (!table || table.type !== 'element' || table.tagName !== 'table')
        file.fail('<TableCaption> must stand right before a table (a GFM | table |)', node as MdxJsxElement);
      count += 1;
      const captionId = `${idPrefix}${count}`;
      const tableEl = table as Element;
      tableEl.children.unshift(h('caption', { id: captionId }, inlineChildren(node as MdxJsxElement)));
      const figure = h('figure.table-figure', [
        h('section.table-scroll', { tabIndex: 0, ariaLabelledBy: captionId }, [tableEl]),
      ]);
      let end = tableIndex;
      const sourceIndex = nextIndex(children, tableIndex + 1);
      const source = children[sourceIndex];
      if (source && isMdxJsx(source, 'TableSource')) {
        figure.children.push(h('p.table-source', inlineChildren(source as MdxJsxElement)));
        end = sourceIndex;
      }
      children.splice(index, end - index + 1, figure);
      return index + 1;
    });
  };
}
