/**
 * Resolves `<Ann id="…">text</Ann>` against the edition's `annotations` (frontmatter) into an
 * annotated span with a numbered marker and a side note:
 *
 *   <span class="ann" id="ann-ID"><span class="ann-text">text</span><a class="ann-ref"
 *   href="#note-ID" aria-describedby="sn-ID"><sup>N</sup></a><span class="sidenote" id="sn-ID"
 *   role="note">…</span></span>
 *
 * Numbering: annotations on the title come first (the page renders them), then body order.
 * An unknown id fails the build with the file and position.
 */
import type { Root, Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { isMdxJsx, jsxAttribute, type MdxJsxElement } from './mdx-jsx.ts';

export interface AnnotationData {
  id: string;
  kind: 'emendation' | 'unrecoverable' | 'note';
  at?: 'text' | 'title' | 'article' | 'references';
  original?: string | undefined;
  reading?: string | undefined;
  reason: string;
}

export interface AnnotationLabels {
  emendation: string;
  unrecoverable: string;
  note: string;
  sourceReads: string;
}

export interface AnnotationsOptions {
  /** Labels per edition language (`lang` in the frontmatter). */
  labels: Record<string, AnnotationLabels>;
  /** Language of the source text, for the `lang` of quoted original readings; defaults to the edition's. */
  sourceLang?: (file: VFile) => string | undefined;
}

interface Frontmatter {
  lang?: string;
  annotations?: AnnotationData[];
}

function frontmatterOf(file: VFile): Frontmatter {
  const astro = (file.data as { astro?: { frontmatter?: Frontmatter } }).astro;
  return astro?.frontmatter ?? {};
}

/** The side note's content: kind, the original reading where it differs, the reason. */
export function sidenoteContent(
  a: AnnotationData,
  number: number,
  labels: AnnotationLabels,
  sourceLang: string | undefined,
): ElementContent[] {
  const content: ElementContent[] = [
    h('span.sidenote-num', String(number)),
    { type: 'text', value: ' ' },
    h('span.ann-kind', `${labels[a.kind]}.`),
    { type: 'text', value: ' ' },
  ];
  if (a.kind === 'emendation' && a.original !== undefined && a.original !== a.reading) {
    content.push(
      { type: 'text', value: `${labels.sourceReads}: ` },
      h('q.ann-original', sourceLang ? { lang: sourceLang } : {}, a.original),
      { type: 'text', value: '. ' },
    );
  }
  content.push({ type: 'text', value: a.reason });
  return content;
}

export default function rehypeAnnotations(options: AnnotationsOptions) {
  return (tree: Root, file: VFile) => {
    const fm = frontmatterOf(file);
    const annotations = fm.annotations ?? [];
    const byId = new Map(annotations.map((a) => [a.id, a]));
    const labels = options.labels[fm.lang ?? ''] ?? options.labels.en;
    if (!labels) file.fail(`No annotation labels for language "${fm.lang}"; add them to src/i18n/ui.ts`);
    const sourceLang = options.sourceLang?.(file) ?? fm.lang;
    let number = annotations.filter((a) => a.at === 'title').length;
    const used = new Set<string>();

    visit(tree, (node, index, parent) => {
      if (!isMdxJsx(node, 'Ann') || parent === undefined || index === undefined) return;
      const el = node as MdxJsxElement;
      const id = jsxAttribute(el, 'id');
      if (!id) file.fail('<Ann> needs an id="…" naming one of the frontmatter annotations', el);
      const a = byId.get(id!);
      if (!a)
        file.fail(
          `<Ann id="${id}"> has no annotation with that id in the frontmatter; add it under "annotations:" or fix the id`,
          el,
        );
      if (used.has(id!)) file.fail(`<Ann id="${id}"> is used twice; each annotation anchors once`, el);
      used.add(id!);
      number += 1;
      const span: Element = h('span.ann', { id: `ann-${id}` }, [
        h('span.ann-text', el.children),
        h('a.ann-ref', { href: `#note-${id}`, ariaDescribedBy: `sn-${id}` }, [h('sup', String(number))]),
        h('span.sidenote', { id: `sn-${id}`, role: 'note' }, sidenoteContent(a!, number, labels!, sourceLang)),
      ]);
      // An annotation that covers a whole paragraph reaches the tree without its <p> (MDX unwraps
      // a paragraph holding only an element): give it back, so the paragraph stays a block.
      if (el.type === 'mdxJsxFlowElement' && parent.type === 'root') {
        const only = el.children.length === 1 ? el.children[0] : undefined;
        if (only?.type === 'element' && only.tagName === 'p') (span.children[0] as Element).children = only.children;
        parent.children.splice(index, 1, h('p', [span]));
      } else parent.children.splice(index, 1, span);
    });
  };
}
