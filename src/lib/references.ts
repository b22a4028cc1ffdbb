/**
 * The reference list of an edition, in plain TypeScript (no Astro imports):
 *
 * - which reference a printed citation marker resolves to (the article's `citations.map`
 *   first, else the reference whose `citation-number` is the marker's number);
 * - the anchor id of each reference (`ref-N` for the marker numbers that resolve to it,
 *   `ref-{csl id}` when none does), so that every `a.cite[href="#ref-N"]` lands somewhere;
 * - an item for each printed marker that resolves to nothing ("the printed list has no 15");
 * - the back-links from each reference to the markers that cite it, in document order;
 * - the `custom.display` text split into plain text, italics (`*x*`) and links (URLs, DOIs).
 */

/** The part of a CSL-JSON item this module reads. */
export interface CslLike {
  id: string;
  'citation-number'?: number | undefined;
  custom: { display: string };
}

/** One citation marker in the text, as recorded by the rehype-citation-index plugin. */
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

export interface BackLink {
  /** Fragment to go back to: the marker's id (`cite-4`). */
  citeId: string;
  /** The marker as printed. */
  label: string;
  /** The page locator of the marker without the number (`p.241`), when it has one. */
  locator: string | undefined;
  /** Id of the paragraph the marker stands in. */
  paragraph: string | undefined;
  /** Number shown for the paragraph (`12` for `p-12`; the id itself for a hand-set id). */
  paragraphLabel: string | undefined;
  /**
   * When the same paragraph cites the item more than once, a letter telling the markers apart
   * (`a`, `b`, …, as in `¶11a`, `¶11b`); empty otherwise.
   */
  suffix: string;
}

export interface ResolvedReference<T extends CslLike> {
  kind: 'reference';
  csl: T;
  /** The item's id: `ref-N` or `ref-{csl id}`. */
  anchor: string;
  /** Further `ref-N` anchors that resolve to the same item (e.g. mapped and printed number). */
  extraAnchors: string[];
  /** The number printed in the list, when there is one. */
  number: number | undefined;
  backlinks: BackLink[];
}

export interface MissingReference {
  kind: 'missing';
  /** `ref-N` for the printed marker number N. */
  anchor: string;
  /** The printed marker number. */
  marker: string;
  backlinks: BackLink[];
}

export type ReferenceListItem<T extends CslLike> = ResolvedReference<T> | MissingReference;

export interface ReferenceList<T extends CslLike> {
  items: ReferenceListItem<T>[];
  /** True when the printed list is numbered (any reference has a citation-number). */
  numbered: boolean;
}

const byNumber = (a: string, b: string) => Number(a) - Number(b) || a.localeCompare(b);

/** The CSL id a printed marker number resolves to, or undefined when it resolves to nothing. */
export function resolveMarker<T extends CslLike>(
  marker: string,
  references: readonly T[],
  map: Readonly<Record<string, string>> = {},
): string | undefined {
  const mapped = map[marker];
  if (mapped !== undefined) return references.some((r) => r.id === mapped) ? mapped : undefined;
  return references.find((r) => r['citation-number'] !== undefined && String(r['citation-number']) === marker)?.id;
}

/** `[7,p.241]` → `p.241`; `[2]` → undefined. */
export function markerLocator(label: string): string | undefined {
  const m = /^\[\s*\d+\s*,\s*(.+?)\s*\]$/.exec(label.trim());
  return m ? m[1] : undefined;
}

/** `p-12` → `12`; a hand-set id is shown as it is. */
export function paragraphLabel(paragraph: string | undefined): string | undefined {
  if (paragraph === undefined) return undefined;
  const m = /^p-(\d+[a-z]?)$/.exec(paragraph);
  return m ? m[1] : paragraph;
}

/** Back-links to `occurrences` (all citing one item), in document order, lettered within a paragraph. */
export function backlinks(occurrences: readonly CitationOccurrence[]): BackLink[] {
  const perParagraph = new Map<string | undefined, number>();
  for (const o of occurrences) perParagraph.set(o.paragraph, (perParagraph.get(o.paragraph) ?? 0) + 1);
  const seen = new Map<string | undefined, number>();
  return occurrences.map((o) => {
    const i = seen.get(o.paragraph) ?? 0;
    seen.set(o.paragraph, i + 1);
    return {
      citeId: o.id,
      label: o.label,
      locator: markerLocator(o.label),
      paragraph: o.paragraph,
      paragraphLabel: paragraphLabel(o.paragraph),
      suffix: (perParagraph.get(o.paragraph) ?? 0) > 1 ? letter(i) : '',
    };
  });
}

/** 0 → a, 25 → z, 26 → aa. */
function letter(i: number): string {
  return (i >= 26 ? letter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(97 + (i % 26));
}

/**
 * Builds the reference list: the references in printed order, each with its anchors and
 * back-links, followed by one item per cited marker number that resolves to no reference.
 */
export function buildReferenceList<T extends CslLike>(
  references: readonly T[],
  occurrences: readonly CitationOccurrence[],
  map: Readonly<Record<string, string>> = {},
): ReferenceList<T> {
  // Every marker number that could be linked: printed in the text, mapped, or printed in the list.
  const markers = new Set<string>([
    ...occurrences.map((o) => o.ref),
    ...Object.keys(map),
    ...references.flatMap((r) => (r['citation-number'] !== undefined ? [String(r['citation-number'])] : [])),
  ]);
  const target = new Map<string, string | undefined>();
  for (const m of markers) target.set(m, resolveMarker(m, references, map));
  const cited = new Set(occurrences.map((o) => o.ref));

  const items: ReferenceListItem<T>[] = references.map((csl) => {
    const numbers = [...markers].filter((m) => target.get(m) === csl.id).sort(byNumber);
    // The id goes to a number the text actually prints, when there is one.
    const primary = numbers.find((m) => cited.has(m)) ?? numbers[0];
    return {
      kind: 'reference',
      csl,
      anchor: primary !== undefined ? `ref-${primary}` : `ref-${csl.id}`,
      extraAnchors: numbers.filter((m) => m !== primary).map((m) => `ref-${m}`),
      number: csl['citation-number'],
      backlinks: backlinks(occurrences.filter((o) => target.get(o.ref) === csl.id)),
    };
  });

  const missing = [...cited].filter((m) => target.get(m) === undefined).sort(byNumber);
  for (const marker of missing)
    items.push({
      kind: 'missing',
      anchor: `ref-${marker}`,
      marker,
      backlinks: backlinks(occurrences.filter((o) => o.ref === marker)),
    });

  return { items, numbered: references.some((r) => r['citation-number'] !== undefined) };
}

// ---------------------------------------------------------------------------------------------
// Display text

export type DisplayToken =
  | { type: 'text'; value: string }
  | { type: 'em'; children: DisplayToken[] }
  | { type: 'link'; href: string; value: string };

/** A URL (http/https) or a bare DOI; a DOI inside a URL is part of the URL. */
const linkPattern = /https?:\/\/[^\s<>"]+|\b10\.\d{4,9}\/[^\s<>"]+/g;

/** Drops punctuation that ends the sentence rather than the address; keeps a `)` that closes a `(` in it. */
function trimTrailing(s: string): string {
  let out = s;
  for (;;) {
    const last = out.at(-1);
    if (last === undefined) return out;
    if (/[.,;:!?'"»”’]/.test(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
    else if (last === ']' && (out.match(/\[/g)?.length ?? 0) < (out.match(/\]/g)?.length ?? 0)) out = out.slice(0, -1);
    else return out;
  }
}

function linkify(text: string): DisplayToken[] {
  const out: DisplayToken[] = [];
  let last = 0;
  for (const m of text.matchAll(linkPattern)) {
    const value = trimTrailing(m[0]);
    if (value.length === 0) continue;
    const start = m.index;
    if (start > last) out.push({ type: 'text', value: text.slice(last, start) });
    const href = /^https?:\/\//.test(value) ? value : `https://doi.org/${value}`;
    out.push({ type: 'link', href, value });
    last = start + value.length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/**
 * Splits a reference's display text into tokens: `*x*` becomes italics, URLs and DOIs become
 * links (a DOI to https://doi.org/…). Everything else is text, exactly as given.
 */
export function parseDisplay(text: string): DisplayToken[] {
  const out: DisplayToken[] = [];
  const em = /\*([^*\n]+)\*/g;
  let last = 0;
  for (const m of text.matchAll(em)) {
    if (m.index > last) out.push(...linkify(text.slice(last, m.index)));
    out.push({ type: 'em', children: linkify(m[1]!) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(...linkify(text.slice(last)));
  return out;
}

/**
 * The display text without a leading copy of the printed list number (`"7 Gong L. …"` or
 * `"7. Gong L. …"` when the item's citation-number is 7): the numbered list shows the number.
 */
export function stripPrintedNumber(display: string, number: number | undefined): string {
  if (number === undefined) return display;
  const m = new RegExp(`^\\s*${number}(?:[.)]\\s*|\\s+)`).exec(display);
  return m ? display.slice(m[0].length) : display;
}
