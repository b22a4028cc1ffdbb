/**
 * What the citation pages show, decided in plain code: which styles in which order, the access
 * date, what the source leaves unknown, and the in-text citation of a paragraph.
 */
import type { LocaleLang } from '../../i18n/locales.ts';
import type { Article, Edition } from '../../content.config.ts';
import { t } from '../../i18n/ui.ts';
import { styleIds, formatCitation, type StyleId, type CslLocale, type CslItem } from './format.ts';
import { editionCsl, type ArticleCsl } from './article-csl.ts';

/**
 * The reader's customary style first: APA in English; in Russian, Kazakh and Uzbek the GOST
 * standards that journals of the region require (the current one, then 2008), then the rest.
 */
export function styleOrder(lang: LocaleLang): StyleId[] {
  const first: StyleId[] = lang === 'en' ? ['apa'] : ['gost-2018', 'gost-2008'];
  return [...first, ...styleIds.filter((s) => !first.includes(s))];
}

/**
 * The access date of a reference to a web edition: the day the page is built (a static page
 * cannot know the reader's day; the page says so). SOURCE_DATE_EPOCH makes builds reproducible.
 */
export function accessDate(env: Record<string, string | undefined> = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return date.toISOString().slice(0, 10);
}

export type UnknownField = 'journal' | 'date' | 'doi';

/** What a reference would normally carry and this article's source does not print. */
export function unknownFields(article: Article): UnknownField[] {
  return [
    ...(article.journal?.title ? [] : (['journal'] as const)),
    ...(article.dates.published || article.year !== undefined ? [] : (['date'] as const)),
    ...(article.doi ? [] : (['doi'] as const)),
  ];
}

/** Stands for the paragraph number in a pre-rendered in-text citation; replaced on the page. */
export const PARAGRAPH_SLOT = '{n}';
// A number no paragraph has, so that it can be found in the style's output and replaced.
const PROBE = '987654';

/** The in-text citation of a paragraph in a style, with {n} where the number goes. */
export function paragraphCitation(item: CslItem, style: StyleId, locale: CslLocale): { html: string; text: string } {
  const f = formatCitation(item, style, locale, { label: 'paragraph', value: PROBE });
  if (!f.text.includes(PROBE)) throw new Error(`style ${style} (${locale}) does not print the paragraph locator`);
  return { html: f.html.replaceAll(PROBE, PARAGRAPH_SLOT), text: f.text.replaceAll(PROBE, PARAGRAPH_SLOT) };
}

/**
 * A translated edition as itself (translated by this site, named in the edition's language), for
 * the citation page and for a paragraph's citation; undefined for the original-language edition.
 */
export function translationCsl(article: Article, edition: Edition, url: string, accessed = accessDate()): ArticleCsl | undefined {
  if (edition.provenance !== 'editorial-translation') return undefined;
  const site = t(edition.lang as LocaleLang, 'site.name');
  return editionCsl(article, { lang: edition.lang, title: edition.title, url, translator: site, siteName: site, accessed });
}
