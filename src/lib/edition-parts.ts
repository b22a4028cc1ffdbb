/**
 * An edition's body as a list of its root-level elements (headings, blocks, lists, table figures),
 * rendered by the same unified pipeline as the edition page. The parallel view pairs the parts of
 * two editions; their structure is the same by rule (tests/content/alignment.test.ts).
 */
import type { PluggableList } from 'unified';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import type { Root, Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { isParagraphId } from './anchors.ts';

/** The site's plugin lists (src/plugins/index.ts); typed loosely, as Astro's own types differ from unified's. */
export interface Pipeline {
  remarkPlugins: readonly unknown[];
  rehypePlugins: readonly unknown[];
}

/** Splits an edition file's text into its frontmatter (parsed) and MDX body, as Astro does. */
export function splitEdition(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  return { frontmatter: (m ? parseYaml(m[1]!) : {}) as Record<string, unknown>, body: m ? source.slice(m[0].length) : source };
}

/** An edition rendered into its parts, with what the plugins recorded in the file's data. */
export interface RenderedParts {
  parts: Element[];
  data: Record<string, unknown>;
}

/** Renders an edition's body; the frontmatter is given to the plugins as Astro gives it. */
export async function renderEdition(
  edition: { body: string; frontmatter: Record<string, unknown> },
  pipeline: Pipeline,
  path = 'edition.mdx',
): Promise<RenderedParts> {
  // The plugins record their findings in the frontmatter: they get a copy.
  const file = new VFile({ value: edition.body, path, data: { astro: { frontmatter: { ...edition.frontmatter } } } });
  // MDX's own processor, as Astro runs it (it unwraps a paragraph that holds only an element, for
  // one); the tree is taken after the site's plugins, before it is compiled to JavaScript.
  let tree: Root | undefined;
  const capture = () => (t: Root) => {
    tree = structuredClone(t);
  };
  const processor = createProcessor({
    remarkPlugins: [remarkGfm, ...(pipeline.remarkPlugins as PluggableList)],
    rehypePlugins: [...(pipeline.rehypePlugins as PluggableList), capture],
  });
  await processor.process(file);
  return { parts: tree!.children.filter((c): c is Element => c.type === 'element'), data: file.data as Record<string, unknown> };
}

export async function editionParts(
  edition: { body: string; frontmatter: Record<string, unknown> },
  pipeline: Pipeline,
  path = 'edition.mdx',
): Promise<Element[]> {
  return (await renderEdition(edition, pipeline, path)).parts;
}

/** Every id in a subtree. */
function ids(el: Element, out = new Set<string>()): Set<string> {
  if (typeof el.properties.id === 'string') out.add(el.properties.id);
  for (const c of el.children) if (c.type === 'element') ids(c, out);
  return out;
}

const idrefProps = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

/**
 * Makes a part safe to stand next to another edition's on one page: ids get `prefix` (two editions
 * share paragraph and note ids), in-part fragment links and id references follow, and fragment
 * links to what the parallel view does not show (references, notes) go to the full edition page.
 * Returns a copy; the part is not changed.
 */
export function relocate(part: Element, prefix: string, editionHref: string, inPart: Set<string> = ids(part)): Element {
  const copy = structuredClone(part);
  const walk = (el: Element) => {
    const p = el.properties;
    if (typeof p.id === 'string') p.id = prefix + p.id;
    for (const k of idrefProps) {
      const v = p[k];
      if (v === undefined) continue;
      p[k] = ([] as unknown[]).concat(v).map((x) => (inPart.has(String(x)) ? prefix + String(x) : String(x)));
    }
    if (el.tagName === 'a' && typeof p.href === 'string' && p.href.startsWith('#')) {
      const target = p.href.slice(1);
      p.href = inPart.has(target) ? `#${prefix}${target}` : `${editionHref}${p.href}`;
    }
    for (const c of el.children) if (c.type === 'element') walk(c);
  };
  walk(copy);
  return copy;
}

/** The block id of a part (`p-3`), or of the first block of a list; undefined for headings. */
export function blockIdOf(part: Element): string | undefined {
  if (typeof part.properties.id === 'string' && isParagraphId(part.properties.id)) return part.properties.id;
  if (part.tagName === 'ul' || part.tagName === 'ol') {
    const li = part.children.find((c): c is Element => c.type === 'element');
    return li && typeof li.properties.id === 'string' ? li.properties.id : undefined;
  }
  return undefined;
}

/** Every block id of the parts, in order: paragraphs, each list item, table figures. */
export function blockIds(parts: Element[]): string[] {
  return selectAll('.block[id]', { type: 'root', children: parts }).map((el) => String(el.properties.id));
}

const cache = new Map<string, Promise<RenderedParts>>();

/**
 * `renderEdition` once per edition file and build: every parallel view of an article renders the
 * same editions (each appears in six of them), and every glossary entry page reads the
 * occurrences of all of them.
 */
export function cachedRenderEdition(path: string, source: string, pipeline: Pipeline): Promise<RenderedParts> {
  const key = `${path}\u0000${source}`;
  let rendered = cache.get(key);
  if (!rendered) cache.set(key, (rendered = renderEdition(splitEdition(source), pipeline, path)));
  return rendered;
}

export async function cachedEditionParts(path: string, source: string, pipeline: Pipeline): Promise<Element[]> {
  return (await cachedRenderEdition(path, source, pipeline)).parts;
}
