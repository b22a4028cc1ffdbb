/** The site's URLs (fixed forever): every page under a language path, with a trailing slash. */
import { locales, localeByLang, type LocaleLang, type LocalePath } from '../i18n/locales.ts';

export const pathOf = (lang: LocaleLang): LocalePath => localeByLang(lang).path;

export const homeUrl = (lang: LocaleLang) => `/${pathOf(lang)}/`;
export const articlesUrl = (lang: LocaleLang) => `/${pathOf(lang)}/articles/`;
export const editionUrl = (lang: LocaleLang, slug: string) => `/${pathOf(lang)}/articles/${slug}/`;
/** Two editions of an article side by side: `lang` on the left (and the page's language), `other` on the right. */
export const parallelUrl = (lang: LocaleLang, slug: string, other: LocaleLang) => `/${pathOf(lang)}/articles/${slug}/parallel/${pathOf(other)}/`;
export const glossaryUrl = (lang: LocaleLang) => `/${pathOf(lang)}/glossary/`;
/** The same index with entries grouped by type (a page of its own, so that it works without JS). */
export const glossaryByTypeUrl = (lang: LocaleLang) => `/${pathOf(lang)}/glossary/by-type/`;
export const glossaryEntryUrl = (lang: LocaleLang, id: string) => `/${pathOf(lang)}/glossary/${id}/`;
/** Every reference of every article, the same work cited twice listed once. */
export const worksCitedUrl = (lang: LocaleLang) => `/${pathOf(lang)}/references/`;
/** The search page; `?q=` makes a deep link to a query's results. */
export const searchUrl = (lang: LocaleLang) => `/${pathOf(lang)}/search/`;
/** The whole glossary, one file per format, the same for every language. */
export const glossaryDownloadUrl = (format: 'csv' | 'json' | 'tbx') => `/downloads/glossary.${format}`;
/** How to cite an edition: every style, both ways for a translation, a paragraph. */
export const citeUrl = (lang: LocaleLang, slug: string) => `/${pathOf(lang)}/articles/${slug}/cite/`;
/** The article's original publication as BibTeX, RIS or CSL-JSON (the same for every language). */
export const articleDownloadUrl = (slug: string, format: 'bib' | 'ris' | 'json') => `/downloads/articles/${slug}.${format}`;
/** The raw source file, copied unchanged at build time. */
export const sourceUrl = (file: string) => `/sources/${file}`;

/** The same page in every locale, given a function from locale to URL. */
export function samePageIn(url: (lang: LocaleLang) => string): { lang: LocaleLang; path: LocalePath; name: string; href: string }[] {
  return locales.map((l) => ({ lang: l.lang, path: l.path, name: l.name, href: url(l.lang) }));
}

/** Absolute URL on the site (for canonical and alternate links). */
export function absolute(site: URL | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}
