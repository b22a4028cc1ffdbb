/**
 * Numbers the blocks of an edition — top-level paragraphs, the items of top-level lists, table
 * figures — as `p-1`, `p-2`, … in document order, and gives each a permalink as its first child:
 *
 *   <p id="p-3" class="block"><a class="block-link" href="#p-3" aria-label="…">3</a>…</p>
 *
 * Every language edition has the same blocks, so a paragraph has the same id in all of them.
 *
 * Readers cite these ids, so an edit must not renumber the paragraphs after it. `<Anchor>` at the
 * start of a block (or of a table's caption, or on its own line right before the block) fixes its
 * id (docs/content-model.md):
 *
 *   <Anchor id="p-7a" /> …   a split or inserted paragraph; the numbering does not move
 *   <Anchor id="p-8" /> …    the numbering continues from 8 (p-9, p-10, …), as before a deletion
 *   <Anchor id="p-8" also="p-7" /> …   p-7 is gone: its old links land here
 *
 * A retired id (`also`) becomes an empty target `<span class="block-anchor" id="p-7">` after the
 * permalink. A block that already has an id (set by an earlier plugin) keeps it; the number
 * still advances by one so the following blocks do not shift. A malformed or duplicated id, or
 * an `<Anchor>` anywhere else, fails the build at its line with the fix.
 */
import type { Root, Element, ElementContent, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { isMdxJsx, type MdxJsxElement } from './mdx-jsx.ts';

export interface ParagraphIdsOptions {
  /** Accessible name of the permalink, per edition language; `n` is the number shown (`3`, `7a`). */
  label: (n: string, lang: string | undefined) => string;
  prefix?: string;
}

const docs = '(docs/content-model.md)';
const placement =
  'write it first in the paragraph or list item (<Anchor id="p-7a" /> Text…), first in a table\'s <TableCaption>, or on its own line right before a paragraph or table';

function isBlock(el: Element): boolean {
  if (el.tagName === 'p') return true;
  if (el.tagName === 'figure') return ([] as unknown[]).concat(el.properties.className ?? []).includes('table-figure');
  return false;
}

const isWhitespace = (n: RootContent | ElementContent) => n.type === 'text' && n.value.trim() === '';

interface AnchorSpec {
  id: string | undefined;
  also: string[];
  node: MdxJsxElement;
}

/** Where a block's text begins: a loose list item's first paragraph, a table's caption. */
function textStart(el: Element): Element | undefined {
  if (el.tagName === 'li') {
    const first = el.children.find((c) => !isWhitespace(c));
    return first?.type === 'element' && first.tagName === 'p' ? first : el;
  }
  if (el.tagName === 'figure') {
    let caption: Element | undefined;
    visit(el, 'element', (c) => {
      if (c.tagName !== 'caption') return undefined;
      caption = c;
      return false;
    });
    return caption;
  }
  return el;
}

/** Removes an `<Anchor>` that is the first thing in the block's text and returns it. */
function takeLeadingAnchor(el: Element): MdxJsxElement | undefined {
  const container = textStart(el);
  if (!container) return undefined;
  const i = container.children.findIndex((c) => !isWhitespace(c));
  const node = container.children[i];
  if (i < 0 || !isMdxJsx(node, 'Anchor')) return undefined;
  container.children.splice(0, i + 1);
  // `<Anchor id="p-7a" /> Text`: the space after the element is not part of the paragraph.
  const next = container.children[0];
  if (next?.type === 'text') next.value = next.value.trimStart();
  return node;
}

export default function rehypeParagraphIds(options: ParagraphIdsOptions) {
  const prefix = options.prefix ?? 'p-';
  const esc = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // No leading zero: p-07 and p-7 would be two ids for what a reader takes as one number.
  const idPattern = new RegExp(`^${esc}([1-9]\\d*)([a-z]?)$`);

  return (tree: Root, file: VFile) => {
    const lang = (file.data as { astro?: { frontmatter?: { lang?: string } } }).astro?.frontmatter?.lang;
    const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;
    /** Every id given out so far (blocks and retired ids), with the node that took it. */
    const seen = new Map<string, { node: Element | MdxJsxElement; retired: boolean }>();
    let n = 0;

    const parseAnchor = (node: MdxJsxElement): AnchorSpec => {
      if (node.children.some((c) => !isWhitespace(c)))
        file.fail(`<Anchor> takes no content; write it as <Anchor id="p-7a" /> before the block's text ${docs}`, node);
      let id: string | undefined;
      let also: string[] = [];
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute' || (a.name !== 'id' && a.name !== 'also') || typeof a.value !== 'string')
          file.fail(
            `<Anchor> takes only id="${prefix}…" and also="${prefix}… ${prefix}…", as plain quoted text; fix: remove ${a.type === 'mdxJsxAttribute' ? `${a.name}=` : 'the {…} expression'} ${docs}`,
            node,
          );
        if (a.name === 'id') id = a.value as string;
        else also = (a.value as string).split(/[\s,]+/).filter(Boolean);
      }
      if (id === undefined && also.length === 0)
        file.fail(`<Anchor /> without an id: write <Anchor id="${prefix}7a" /> or <Anchor also="${prefix}7" /> ${docs}`, node);
      for (const [attr, v] of [...(id === undefined ? [] : [['id', id] as const]), ...also.map((v) => ['also', v] as const)])
        if (!idPattern.test(v))
          file.fail(
            `<Anchor ${attr}="${v}">: "${v}" is not a paragraph id; fix: write ${prefix} and the number, plus one lower-case letter for an inserted or split paragraph (${prefix}7, ${prefix}7a) ${docs}`,
            node,
          );
      return { id, also, node };
    };

    const claim = (id: string, node: Element | MdxJsxElement, retired: boolean) => {
      const other = seen.get(id);
      if (other) {
        const where = lineOf(other.node) === undefined ? '' : ` at line ${lineOf(other.node)}`;
        const m = idPattern.exec(id);
        const next = m ? `${prefix}${m[1]}${m[2] ? String.fromCharCode(m[2].charCodeAt(0) + 1) : 'a'}` : `${id}a`;
        file.fail(
          `Paragraph id "${id}" occurs twice; every block needs its own id (the ${other.retired ? `retired id also="${id}"` : 'block'}${where} has it too). ` +
            `Fix: if this is a new or split paragraph, give it a letter id, <Anchor id="${next}" />, so the numbering does not move; ` +
            `otherwise keep "${id}" on the paragraph it was published for and take the <Anchor> off the other ${docs}`,
          node,
        );
      }
      seen.set(id, { node, retired });
    };

    const number = (el: Element, anchorNode: MdxJsxElement | undefined) => {
      const anchor = anchorNode ? parseAnchor(anchorNode) : undefined;
      let id: string;
      let shown: string;
      if (anchor?.id !== undefined) {
        id = anchor.id;
        const [, num, suffix] = idPattern.exec(id)!;
        // A letter id sits between published numbers; a plain one resets the count after it.
        if (!suffix) n = Number(num);
        shown = `${num}${suffix}`;
      } else {
        n += 1;
        if (typeof el.properties.id === 'string') {
          id = el.properties.id;
          const m = idPattern.exec(id);
          shown = m ? `${m[1]}${m[2]}` : String(n);
        } else {
          id = `${prefix}${n}`;
          shown = String(n);
        }
      }
      claim(id, anchor?.node ?? el, false);
      for (const r of anchor?.also ?? []) claim(r, anchor!.node, true);
      el.properties.id = id;
      el.properties.className = ['block', ...([] as string[]).concat((el.properties.className as string[]) ?? [])];
      const link = h('a.block-link', { href: `#${id}`, ariaLabel: options.label(shown, lang) }, shown);
      // Old links to a retired id scroll here; the span is empty, so the text is unchanged.
      const retired = (anchor?.also ?? []).map((r) => h('span.block-anchor', { id: r }));
      // In a loose list item the text sits in a <p>: the link goes there, so it shares the first line.
      const first = el.children.find((c) => !isWhitespace(c));
      if (el.tagName === 'li' && first?.type === 'element' && first.tagName === 'p') first.children.unshift(link, ...retired);
      else el.children.unshift(link, ...retired);
    };

    let pending: MdxJsxElement | undefined;
    const standalone = new Set<RootContent>();
    const noBlockFollows = (node: MdxJsxElement) =>
      file.fail(`<Anchor> on its own line must stand right before a paragraph or a table; ${placement} ${docs}`, node);

    for (const node of tree.children) {
      if (isWhitespace(node)) continue;
      if (isMdxJsx(node, 'Anchor')) {
        if (pending) noBlockFollows(pending);
        pending = node;
        standalone.add(node);
        continue;
      }
      if (node.type !== 'element') {
        if (pending) noBlockFollows(pending);
        continue;
      }
      if (isBlock(node)) {
        const inline = takeLeadingAnchor(node);
        if (inline && pending)
          file.fail(`Two <Anchor> for one block; put id and also in one element: <Anchor id="${prefix}8" also="${prefix}7" /> ${docs}`, inline);
        number(node, pending ?? inline);
        pending = undefined;
      } else if (node.tagName === 'ul' || node.tagName === 'ol') {
        if (pending) file.fail(`<Anchor> before a list: put it at the start of the list item it is for (- <Anchor id="${prefix}7a" /> Text…) ${docs}`, pending);
        for (const li of node.children) if (li.type === 'element' && li.tagName === 'li') number(li, takeLeadingAnchor(li));
      } else if (pending) noBlockFollows(pending);
    }
    if (pending) noBlockFollows(pending);
    if (standalone.size) tree.children = tree.children.filter((c) => !standalone.has(c));

    visit(tree, (node) => {
      if (isMdxJsx(node, 'Anchor'))
        file.fail(`<Anchor> is not at the start of a block (one per block); ${placement} ${docs}`, node as MdxJsxElement);
    });
  };
}
