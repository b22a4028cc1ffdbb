/**
 * An article of the collection as CSL-JSON, the one description that every citation format
 * (the CSL styles, BibTeX, RIS, the downloads) is generated from. Only what the source prints
 * goes in: a field the source does not give is absent, and the styles then say "n.d." or leave
 * the element out, which is what a reader of the printed article would have to do too.
 */
import type { Article, ContentLanguage } from '../../content.config.ts';
import { pickLanguage, preferenceOrder, type PersonName } from '../names.ts';

/** A person (family, given) or an institution written as one string (literal). */
export type CslName = { family: string; given?: string } | { literal: string };

export interface CslDate {
  'date-parts': number[][];
}

/** The fields this module writes; any CSL-JSON consumer accepts it. */
export interface ArticleCsl {
  id: string;
  type: 'article-journal' | 'webpage';
  title: string;
  author: CslName[];
  language: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  issued?: CslDate;
  DOI?: string;
  URL?: string;
  accessed?: CslDate;
  translator?: CslName[];
  'original-title'?: string;
  'original-date'?: CslDate;
  'original-publisher'?: string;
  keyword?: string;
  [field: string]: unknown;
}

/**
 * Given names as CSL wants them. A one-word patronymic (Pardayevna) works as a middle name and
 * gives the initial that Russian-style references expect (Х. П.); the Turkic constructions
 * "Tazabay kizi", "Gʻayrat oʻgʻli" ("daughter/son of …") are not given names, and initialising
 * them ("T. k.") would be wrong, so they stay out of the citation form (the page prints them).
 */
function cslName(name: PersonName): CslName {
  const patronymic = name.patronymic && !/\s/.test(name.patronymic.trim()) ? name.patronymic : undefined;
  const given = [name.given, patronymic].filter(Boolean).join(' ');
  return given ? { family: name.family, given } : { family: name.family };
}

function authorsIn(article: Article, lang: ContentLanguage): CslName[] {
  const prefs = preferenceOrder(lang, article.originalLanguage);
  return article.authors.map((a) => {
    const picked = pickLanguage(a.names, prefs);
    if (!picked) throw new Error(`content/articles/${article.slug}/article.yaml: an author has no name; fix: give names.${article.originalLanguage}`);
    return cslName(picked.value);
  });
}

/** The publication date as precisely as the source gives it. */
export function publishedDate(article: Article): CslDate | undefined {
  const published = article.dates.published;
  if (published) return { 'date-parts': [published.split('-').map(Number)] };
  if (article.year !== undefined) return { 'date-parts': [[article.year]] };
  return undefined;
}

/** The original publication: the article as the journal printed it, in its own language. */
export function originalCsl(article: Article): ArticleCsl {
  const lang = article.originalLanguage;
  const title = article.titles[lang];
  if (!title) throw new Error(`content/articles/${article.slug}/article.yaml: titles.${lang} is missing; fix: give the title in the original language`);
  const issued = publishedDate(article);
  return {
    id: article.slug,
    type: 'article-journal',
    title,
    author: authorsIn(article, lang),
    language: lang,
    ...(article.journal?.title ? { 'container-title': article.journal.title } : {}),
    ...(article.volume ? { volume: article.volume } : {}),
    ...(article.issue ? { issue: article.issue } : {}),
    ...(issued ? { issued } : {}),
    ...(article.doi ? { DOI: article.doi } : {}),
  };
}

export interface EditionCitation {
  /** The edition's language and title. */
  lang: ContentLanguage;
  title: string;
  /** Absolute URL of the edition. */
  url: string;
  /** Who made the translation: this site. */
  translator: string;
  /** The site, as the container of the edition. */
  siteName: string;
  /** The day the reader accessed it (YYYY-MM-DD). */
  accessed: string;
}

/**
 * A translated edition cited as itself: a web page on this site, translated by the site, with the
 * original publication named (its title and date) so that the styles can say "Original work
 * published …". The edition has no publication date of its own in any source, so none is given.
 */
export function editionCsl(article: Article, edition: EditionCitation): ArticleCsl {
  const original = originalCsl(article);
  return {
    id: `${article.slug}-${edition.lang}`,
    type: 'webpage',
    title: edition.title,
    author: authorsIn(article, edition.lang),
    language: edition.lang,
    'container-title': edition.siteName,
    translator: [{ literal: edition.translator }],
    URL: edition.url,
    accessed: { 'date-parts': [edition.accessed.split('-').map(Number)] },
    'original-title': original.title,
    ...(original.issued ? { 'original-date': original.issued } : {}),
    ...(original['container-title'] ? { 'original-publisher': original['container-title'] } : {}),
  };
}
