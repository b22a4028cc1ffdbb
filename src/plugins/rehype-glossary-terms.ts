/**
 * Links glossary terms in the text of an edition, and records every occurrence for the glossary
 * pages. The first occurrence of an entry in each section becomes a link; the rest stay text:
 *
 *   ## Introduction
 *   <p id="p-3" class="block"><a class="block-link" …>3</a>Uzbekistan uses soft power; soft power …</p>
 *
 * becomes
 *
 *   <p id="p-3" class="block"><a class="block-link" …>3</a>Uzbekistan uses <a class="term"
 *   href="/en/glossary/soft-power/" data-term="soft-power">soft power</a>; soft power …</p>
 *
 * and `file.data.glossaryOccurrences` lists both occurrences:
 * `{ id: 'soft-power', block: 'p-3', text: 'soft power', before: 'Uzbekistan uses ', after: '; soft power …', linked: true }`, …;
 * `frontmatter.glossaryTerms` (Astro: `remarkPluginFrontmatter`) has one summary per entry,
 * `{ id: 'soft-power', linked: true }`. Astro writes the frontmatter into every edition's compiled
 * module, so only the summary goes there; the concordance reads the full list through
 * src/lib/edition-parts.ts.
 *
 * A section is the text before the first heading, then each root-level h2 or h3 with what follows.
 * Headings, links (permalinks, citations, note markers), code and side notes are never searched,
 * nor anything inside `.no-terms`. A term is found only within one text node, and splitting that
 * node around it is the only change to the tree.
 *
 * Runs after rehype-paragraph-ids (blocks need their ids) and rehype-annotations (so that the side
 * notes, which quote the source, are known and skipped).
 */
import type { Root, Element, ElementContent, Parents, Text } from 'hast';
import type { VFile } from 'vfile';
import type { TermMatcher } from '../lib/terms.ts';
import type { Occurrence } from '../lib/glossary-view.ts';
import { isMdxJsx } from './mdx-jsx.ts';

export interface GlossaryTermsOptions {
  /** Matchers by edition language (frontmatter `lang`); an edition without one is left alone. */
  matchers: Partial<Record<string, TermMatcher>>;
  /** URL of the entry in that language. */
  href: (id: string, lang: string) => string;
  /** Characters of context kept on each side of an occurrence; default 60. */
  context?: number;
}

export type GlossaryOccurrence = Occurrence;

/** One entry that occurs in an edition, and whether the edition links it somewhere. */
export interface GlossaryTermSummary {
  id: string;
  linked: boolean;
}

interface Frontmatter {
  lang?: string;
  glossaryTerms?: GlossaryTermSummary[];
}

/** A stretch of reading text (a block, or a root-level element outside the blocks). */
interface Unit {
  block: string;
  /** The unit's text nodes in order; joined only when an occurrence needs its context. */
  parts: string[];
  length: number;
  pending: { occurrence: GlossaryOccurrence; start: number; end: number }[];
}

const unsearched = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'script', 'style']);
const sectionHeadings = new Set(['h2', 'h3']);

const noClasses: readonly unknown[] = [];
/** hast keeps `className` as an array; reading it in place avoids a copy per element. */
function classList(el: Element): readonly unknown[] {
  const c: unknown = el.properties.className;
  if (Array.isArray(c)) return c;
  return typeof c === 'string' ? c.split(/\s+/) : noClasses;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** The last `size` characters before `start`, starting at a word. */
function contextBefore(raw: string, start: number, size: number): string {
  // Collapsing only shrinks text: a window this wide holds `size` characters unless whitespace runs are long.
  const from = Math.max(0, start - size * 4 - 1);
  let s = collapse(raw.slice(from, start));
  if (from > 0 && s.length <= size) s = collapse(raw.slice(0, start));
  if (s.length <= size) return s.trimStart();
  const cut = s.slice(s.length - size);
  const midWord = s[s.length - size - 1] !== ' ' && cut[0] !== ' ';
  return midWord ? cut.replace(/^\S*\s*/, '') : cut.trimStart();
}

/** The first `size` characters after `end`, ending at a word. */
function contextAfter(raw: string, end: number, size: number): string {
  const to = Math.min(raw.length, end + size * 4 + 1);
  let s = collapse(raw.slice(end, to));
  if (to < raw.length && s.length <= size) s = collapse(raw.slice(end));
  if (s.length <= size) return s.trimEnd();
  const cut = s.slice(0, size);
  const midWord = s[size] !== ' ' && cut[size - 1] !== ' ';
  return midWord ? cut.replace(/\s*\S*$/, '') : cut.trimEnd();
}

export default function rehypeGlossaryTerms(options: GlossaryTermsOptions) {
  const size = options.context ?? 60;
  return (tree: Root, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Frontmatter } };
    const lang = data.astro?.frontmatter?.lang;
    const matcher = lang === undefined ? undefined : options.matchers[lang];
    if (!matcher || lang === undefined) return;

    const occurrences: GlossaryOccurrence[] = [];
    const hrefs = new Map<string, string>();
    let linkedInSection = new Set<string>();

    const link = (id: string, text: string): Element => {
      let href = hrefs.get(id);
      if (href === undefined) hrefs.set(id, (href = options.href(id, lang)));
      return { type: 'element', tagName: 'a', properties: { className: ['term'], href, dataTerm: id }, children: [{ type: 'text', value: text }] };
    };

    const finish = (unit: Unit) => {
      if (unit.pending.length === 0) return;
      const raw = unit.parts.join('');
      for (const { occurrence, start, end } of unit.pending) {
        occurrence.before = contextBefore(raw, start, size);
        occurrence.after = contextAfter(raw, end, size);
      }
    };

    /** Searches one text node; returns how many nodes it now spans beyond the first. */
    const text = (parent: Parents, index: number, node: Text, search: boolean, read: boolean, unit: Unit): number => {
      const value = node.value;
      const offset = unit.length;
      if (read) {
        unit.parts.push(value);
        unit.length += value.length;
      }
      if (!search) return 0;
      const found = matcher.find(value);
      if (found.length === 0) return 0;
      let pieces: ElementContent[] | undefined;
      let last = 0;
      for (const m of found) {
        const linked = !linkedInSection.has(m.id);
        const occurrence: GlossaryOccurrence = { id: m.id, block: unit.block, text: m.text, before: '', after: '', linked };
        occurrences.push(occurrence);
        if (read) unit.pending.push({ occurrence, start: offset + m.start, end: offset + m.end });
        if (!linked) continue;
        linkedInSection.add(m.id);
        pieces ??= [];
        if (m.start > last) pieces.push({ type: 'text', value: value.slice(last, m.start) });
        pieces.push(link(m.id, m.text));
        last = m.end;
      }
      if (!pieces) return 0;
      if (last < value.length) pieces.push({ type: 'text', value: value.slice(last) });
      parent.children.splice(index, 1, ...(pieces as Parents['children']));
      return pieces.length - 1;
    };

    const walk = (parent: Parents, index: number, search: boolean, read: boolean, unit: Unit): number => {
      const node = parent.children[index]!;
      if (node.type === 'text') return text(parent, index, node, search, read, unit);
      let inner = unit;
      if (node.type === 'element') {
        const classes = classList(node);
        if (classes.includes('block-link') || classes.includes('ann-ref') || classes.includes('sidenote')) read = false;
        if (!read || unsearched.has(node.tagName) || classes.includes('no-terms')) search = false;
        if (classes.includes('block'))
          inner = { block: typeof node.properties.id === 'string' ? node.properties.id : '', parts: [], length: 0, pending: [] };
      } else if (!isMdxJsx(node)) return 0;
      const children = (node as Parents).children;
      for (let i = 0; i < children.length; i++) i += walk(node as Parents, i, search, read, inner);
      if (inner !== unit) finish(inner);
      return 0;
    };

    for (let i = 0; i < tree.children.length; i++) {
      const node = tree.children[i]!;
      if (node.type === 'element' && sectionHeadings.has(node.tagName)) linkedInSection = new Set();
      const unit: Unit = { block: '', parts: [], length: 0, pending: [] };
      i += walk(tree, i, true, true, unit);
      finish(unit);
    }

    const summary = new Map<string, boolean>();
    for (const o of occurrences) summary.set(o.id, (summary.get(o.id) ?? false) || o.linked);
    data.astro!.frontmatter!.glossaryTerms = [...summary].map(([id, linked]) => ({ id, linked }));
    (file.data as { glossaryOccurrences?: GlossaryOccurrence[] }).glossaryOccurrences = occurrences;
  };
}
