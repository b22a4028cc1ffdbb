/**
 * Reference-list entries and in-text citations in the site's seven styles and four languages,
 * formatted by citeproc-js (through citation-js) from the CSL files in csl/.
 */
import { plugins } from '@citation-js/core';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { LocaleLang } from '../../i18n/locales.ts';
import { ensureLocale, ensureStyle } from './csl-registry.ts';

export const styleIds = ['apa', 'chicago-author-date', 'mla', 'harvard', 'ieee', 'gost-2008', 'gost-2018'] as const;
export type StyleId = (typeof styleIds)[number];

/** Human name of each style (same in every UI language). */
export const styleNames: Record<StyleId, string> = {
  apa: 'APA 7',
  'chicago-author-date': 'Chicago (author-date)',
  mla: 'MLA 9',
  harvard: 'Harvard',
  ieee: 'IEEE',
  'gost-2008': 'GOST R 7.0.5-2008',
  'gost-2018': 'GOST R 7.0.100-2018',
};

export type CslLocale = 'en-US' | 'ru-RU' | 'kk-KZ' | 'uz-Latn-UZ';

export const cslLocaleOf: Record<LocaleLang, CslLocale> = {
  en: 'en-US',
  ru: 'ru-RU',
  kk: 'kk-KZ',
  uz: 'uz-Latn-UZ',
};

/** A CSL-JSON item (id and type required). */
export type CslItem = { id: string; type: string; [field: string]: unknown };

export interface Formatted {
  html: string;
  text: string;
}

interface OutputRegister {
  format(name: string, data: unknown, options: Record<string, unknown>): unknown;
}
const output = plugins.output as OutputRegister;

/**
 * What citeproc gets: the item without the site's own `custom` object, deep-copied because
 * citeproc-js normalises item objects in place (dates, names) and the caller's data must not change.
 */
function forCiteproc(item: CslItem, style: StyleId): CslItem {
  if (!item || typeof item.id !== 'string' || typeof item.type !== 'string')
    throw new Error(`A CSL item needs a string id and type; got ${JSON.stringify(item)?.slice(0, 120)}`);
  const { custom: _custom, ...csl } = item;
  const copy = structuredClone(csl) as CslItem;
  // The APA style file's treaty branch prints nothing but the URL when a treaty has no date or
  // parties (the Treaty "On Eternal Friendship" in the sources has neither); APA 7 (§11.4) cites a
  // treaty by its name like a statute, which is what its legislation branch prints.
  if (style === 'apa' && copy.type === 'treaty') copy.type = 'legislation';
  return copy;
}

/**
 * Results by style, locale and item: citeproc-js spends tens of milliseconds on each new item
 * in APA, and the same reference is formatted on many pages of a build. Output depends only on
 * these inputs, so a cached string is the same string.
 */
const memo = new Map<string, unknown>();
const MEMO_LIMIT = 20_000;

function memoised<T>(key: string, make: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function prepare(style: StyleId, locale: CslLocale): { template: string; lang: string } {
  return { template: ensureStyle(style), lang: ensureLocale(locale) };
}

/** Plain text of citeproc's HTML: derived rather than formatted a second time, so the two never disagree. */
function toText(html: string): string {
  return toString(fromHtml(html, { fragment: true }));
}

/**
 * The inner HTML of one `<div class="csl-entry">`. Numeric styles (IEEE, GOST) put citeproc's own
 * running number in a left-margin div; it is dropped, because that number reflects citeproc's
 * order, not the list the caller builds.
 */
function entryInner(entryHtml: string): string {
  let inner = entryHtml.trim().replace(/^<div\b[^>]*>/, '').replace(/<\/div>$/, '').trim();
  const right = /<div class="csl-right-inline">([\s\S]*)<\/div>$/.exec(inner);
  if (right?.[1] !== undefined && /^<div class="csl-left-margin">/.test(inner)) inner = right[1];
  else inner = inner.replace(/^<div class="csl-left-margin">[\s\S]*?<\/div>/, '');
  return inner.replace(/<div class="csl-(block|indent|right-inline)">([\s\S]*?)<\/div>/g, '$2').trim();
}

/**
 * citeproc-js replaces the space before : ; ? ! » (and after «) with a narrow no-break space in
 * every language, a French rule that Russian, Kazakh and Uzbek do not follow (GOST's " : " and
 * titles like "Заглавие : подзаголовок" keep an ordinary space); the source's space is restored.
 */
function undoFrenchSpacing(s: string): string {
  return s.replace(/\u202f(?=[:;?!\u00bb])/g, ' ').replace(/\u00ab\u202f/g, '\u00ab ');
}

/**
 * citeproc prints DOIs and URLs as text; on a page a reader expects to follow them. A URL ends
 * before whitespace or a tag, and a final period or comma is the style's punctuation, not the URL's.
 * The match is already HTML-escaped (&#38;), which is also right inside the attribute.
 */
function linkUrls(html: string): string {
  return html.replace(/https?:\/\/[^\s<>"]+?(?=[.,;]?(?:\s|<|$))/g, (url) => `<a href="${url}">${url}</a>`);
}

function formatted(html: string): Formatted {
  const h = linkUrls(undoFrenchSpacing(html.trim()));
  return { html: h, text: toText(h).trim() };
}

/** The bibliography entry of each item, keyed by item id (the style may sort them; the caller orders). */
export function formatBibliography(items: CslItem[], style: StyleId, locale: CslLocale): Map<string, Formatted> {
  const opts = prepare(style, locale);
  if (items.length === 0) return new Map();
  const data = items.map((i) => forCiteproc(i, style));
  const entries = memoised(`bib\u0000${style}\u0000${locale}\u0000${JSON.stringify(data)}`, () =>
    (output.format('bibliography', data, { ...opts, format: 'html', asEntryArray: true }) as [string, string][]).map(
      ([id, html]) => [id, formatted(entryInner(html))] as const,
    ),
  );
  return new Map(entries.map(([id, f]) => [id, { ...f }]));
}

export function formatReference(item: CslItem, style: StyleId, locale: CslLocale): Formatted {
  const entry = formatBibliography([item], style, locale).get(item.id);
  if (!entry) throw new Error(`${style}: citeproc produced no bibliography entry for "${item.id}"`);
  return entry;
}

/**
 * An in-text citation, e.g. APA "(Khamdamov & Alieva, 2025, para. 12)", GOST "[1, абз. 12]".
 * Numeric styles always say [1]: the number is the caller's to substitute.
 */
export function formatCitation(
  item: CslItem,
  style: StyleId,
  locale: CslLocale,
  locator?: { label: 'paragraph' | 'page'; value: string },
): Formatted {
  const opts = prepare(style, locale);
  const data = forCiteproc(item, style);
  const cite = { id: item.id, ...(locator ? { locator: locator.value, label: locator.label } : {}) };
  const f = memoised(`cite\u0000${style}\u0000${locale}\u0000${JSON.stringify(data)}\u0000${JSON.stringify(cite)}`, () =>
    formatted(output.format('citation', [data], { ...opts, format: 'html', entry: [cite] }) as string),
  );
  return { ...f };
}
