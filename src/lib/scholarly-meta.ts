/**
 * The machine-readable description of an edition for the page's <head>: Highwire Press tags
 * (Google Scholar, Zotero), Dublin Core (DC-HTML), schema.org JSON-LD and Open Graph.
 *
 * Everything comes from article.yaml and the edition's front matter; what the source does not
 * print stays absent, never guessed (no date ⇒ no date tag; a DOI that looks as if it encodes a
 * year or an issue is not read for one).
 *
 * Two kinds of description, on purpose:
 * - Highwire tags are citation data of the *article*: Google Scholar asks for "the date that
 *   would normally be cited", and a reader who saves a translation in Zotero cites the
 *   article's journal, date and DOI with the translated title. So every edition carries them.
 * - Dublin Core, JSON-LD and Open Graph describe *this page*. An editorial translation was not
 *   published in the journal, has no publication date of its own, is not what the DOI
 *   identifies and is not covered by the printed licence: those facts are attached to the
 *   original (JSON-LD `translationOfWork`, DC `isVersionOf`), not to the translation.
 */
import type { Article, ContentLanguage, Edition } from '../content.config.ts';
import { pickLanguage, preferenceOrder, formatName, type PersonName } from './names.ts';
import { editionUrl, absolute } from './urls.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import type { LocaleLang } from '../i18n/locales.ts';

/** `<meta name content>` (Highwire, Dublin Core) or `<meta property content>` (Open Graph). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };
export interface LinkTag {
  rel: string;
  href: string;
}

export type EditionInfo = Pick<Edition, 'lang' | 'title' | 'provenance'>;

export interface ScholarlyInput {
  article: Article;
  edition: Pick<Edition, 'lang' | 'title' | 'provenance' | 'keywords'>;
  /** Every edition of the article, this one included: for the original and the alternates. */
  editions: readonly EditionInfo[];
  site: URL | string;
  /** The page's description (authors, journal, year), for og:description. */
  description?: string | undefined;
}

export interface ScholarlyMeta {
  highwire: MetaTag[];
  dublinCore: { links: LinkTag[]; meta: MetaTag[] };
  jsonLd: Record<string, unknown>;
  openGraph: MetaTag[];
}

/** Open Graph wants language_TERRITORY; each site language is the main language of one country. */
const ogLocales: Record<ContentLanguage, string> = { en: 'en_US', ru: 'ru_RU', kk: 'kk_KZ', uz: 'uz_UZ' };
export const openGraphLocale = (lang: ContentLanguage): string => ogLocales[lang];

/** The publication date as printed: the full date when given, else the year alone, else none. */
export function publicationDate(article: Pick<Article, 'dates' | 'year'>): { iso: string; highwire: string } | undefined {
  const full = article.dates.published;
  if (full) return { iso: full, highwire: full.replaceAll('-', '/') };
  if (article.year !== undefined) return { iso: String(article.year), highwire: String(article.year) };
  return undefined;
}

/** "Family, Given Patronymic": the inverted form Google Scholar and Zotero split at the comma. */
export function invertedName(n: PersonName): string {
  const rest = [n.given, n.patronymic].filter(Boolean).join(' ');
  return rest ? `${n.family}, ${rest}` : n.family;
}

/** Each author's name in the edition's language where printed, else in the original's, else the first form printed. */
export function authorNames(article: Pick<Article, 'authors' | 'originalLanguage'>, lang: ContentLanguage): PersonName[] {
  const prefs = preferenceOrder(lang, article.originalLanguage);
  return article.authors.map((a) => pickLanguage(a.names, prefs)?.value).filter((n): n is PersonName => n !== undefined);
}

const name = (n: string, content: string | undefined): MetaTag[] => (content === undefined || content === '' ? [] : [{ name: n, content }]);
const property = (p: string, content: string | undefined): MetaTag[] => (content === undefined || content === '' ? [] : [{ property: p, content }]);

export function scholarlyMeta({ article, edition, editions, site, description }: ScholarlyInput): ScholarlyMeta {
  const lang = edition.lang;
  const url = absolute(toUrl(site), editionUrl(lang as LocaleLang, article.slug));
  const names = authorNames(article, lang);
  const date = publicationDate(article);
  const journal = article.journal?.title;
  // The site's own translation is a new text; a translation printed with the article is part of the publication.
  const editorial = edition.provenance === 'editorial-translation';
  const original = edition.provenance === 'original' ? undefined : editions.find((e) => e.lang === article.originalLanguage && e.provenance === 'original');
  const originalUrl = original && absolute(toUrl(site), editionUrl(original.lang as LocaleLang, article.slug));
  const siteName = t(lang as LocaleLang, 'site.name');

  const highwire: MetaTag[] = [
    ...name('citation_title', edition.title),
    ...names.flatMap((n) => name('citation_author', invertedName(n))),
    ...name('citation_publication_date', date?.highwire),
    ...name('citation_journal_title', journal),
    ...name('citation_volume', article.volume),
    ...name('citation_issue', article.issue),
    ...name('citation_doi', article.doi),
    ...name('citation_language', lang),
    ...edition.keywords.flatMap((k) => name('citation_keywords', k)),
    ...name('citation_abstract_html_url', url),
    ...name('citation_fulltext_html_url', url),
  ];

  const dcLinks: LinkTag[] = [{ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' }];
  const dcTerms: LinkTag[] = [
    // DC-HTML writes a statement whose value is a URI as a <link>. DCMI Terms has no "translation
    // of"; isVersionOf ("a version, edition, or adaptation") is the nearest term.
    ...(originalUrl ? [{ rel: 'DCTERMS.isVersionOf', href: originalUrl }] : []),
    ...(!editorial && article.licence?.url ? [{ rel: 'DCTERMS.license', href: article.licence.url }] : []),
  ];
  if (dcTerms.length) dcLinks.push({ rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' }, ...dcTerms);
  const dcMeta: MetaTag[] = [
    ...name('DC.title', edition.title),
    ...names.flatMap((n) => name('DC.creator', invertedName(n))),
    ...(editorial ? [] : name('DC.date', date?.iso)),
    ...name('DC.identifier', url),
    ...(article.doi ? name(editorial ? 'DC.relation' : 'DC.identifier', `doi:${article.doi}`) : []),
    ...name('DC.language', lang),
    ...edition.keywords.flatMap((k) => name('DC.subject', k)),
    ...(editorial ? [] : name('DC.source', journal)),
    ...(editorial ? [] : name('DC.rights', article.licence?.asPrinted)),
  ];

  const publication = publicationFacts(article);
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': url,
    url,
    headline: edition.title,
    name: edition.title,
    inLanguage: lang,
    author: names.map(person),
    ...(edition.keywords.length ? { keywords: edition.keywords } : {}),
    ...(editorial ? {} : publication),
  };
  if (original && originalUrl) {
    jsonLd.translationOfWork = {
      '@type': 'ScholarlyArticle',
      '@id': originalUrl,
      url: originalUrl,
      headline: original.title,
      inLanguage: original.lang,
      ...publication,
    };
  }
  if (editorial) {
    jsonLd.translator = { '@type': 'Organization', name: siteName, url: absolute(toUrl(site), '/') };
    // schema.org has no property for "not reviewed by the authors"; the page's own notice says it.
    jsonLd.description = t(lang as LocaleLang, 'tr.notice', { fromLang: t(lang as LocaleLang, `lang.from.${article.originalLanguage}` as UiKey) });
  }
  if (edition.provenance === 'original') {
    const translations = editions.filter((e) => e.lang !== lang && e.provenance !== 'original');
    if (translations.length)
      jsonLd.workTranslation = translations.map((e) => {
        const u = absolute(toUrl(site), editionUrl(e.lang as LocaleLang, article.slug));
        return { '@type': 'ScholarlyArticle', '@id': u, url: u, inLanguage: e.lang };
      });
  }

  const openGraph: MetaTag[] = [
    ...property('og:type', 'article'),
    ...property('og:title', edition.title),
    ...property('og:url', url),
    ...property('og:site_name', siteName),
    ...property('og:locale', openGraphLocale(lang)),
    ...editions.filter((e) => e.lang !== lang).flatMap((e) => property('og:locale:alternate', openGraphLocale(e.lang))),
    ...property('og:description', description),
    ...names.flatMap((n) => property('article:author', formatName(n))),
    ...(editorial ? [] : property('article:published_time', date?.iso)),
    ...edition.keywords.flatMap((k) => property('article:tag', k)),
  ];

  return { highwire, dublinCore: { links: dcLinks, meta: dcMeta }, jsonLd, openGraph };
}

/** Date, journal, volume, issue, DOI and licence of the article as published, in schema.org terms. */
function publicationFacts(article: Article): Record<string, unknown> {
  const date = publicationDate(article);
  const periodical = article.journal?.title
    ? { '@type': 'Periodical', name: article.journal.title, ...(article.journal.url ? { url: article.journal.url } : {}) }
    : undefined;
  const volume = article.volume !== undefined ? { '@type': 'PublicationVolume', volumeNumber: article.volume, ...(periodical ? { isPartOf: periodical } : {}) } : undefined;
  const container = volume ?? periodical;
  const issue = article.issue !== undefined ? { '@type': 'PublicationIssue', issueNumber: article.issue, ...(container ? { isPartOf: container } : {}) } : undefined;
  const isPartOf = issue ?? container;
  const doiUrl = article.doi ? `https://doi.org/${article.doi}` : undefined;
  const licence = article.licence;
  return {
    ...(date ? { datePublished: date.iso } : {}),
    ...(isPartOf ? { isPartOf } : {}),
    ...(article.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: article.doi }, sameAs: doiUrl } : {}),
    // A licence printed without a URL is still a licence: schema.org takes a CreativeWork with its name.
    ...(licence ? { license: licence.url ?? { '@type': 'CreativeWork', name: licence.asPrinted }, copyrightNotice: licence.asPrinted } : {}),
  };
}

function person(n: PersonName): Record<string, unknown> {
  return {
    '@type': 'Person',
    name: formatName(n),
    familyName: n.family,
    ...(n.given ? { givenName: n.given } : {}),
    // schema.org's additionalName ("a middle name") is where a patronymic goes.
    ...(n.patronymic ? { additionalName: n.patronymic } : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block: `<`, `>` and `&` escaped as \u00XX so
 * that no string in it can close the element (`</script>`) or open a comment; JSON parsers read
 * the escapes back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

function toUrl(site: URL | string): URL {
  return typeof site === 'string' ? new URL(site) : site;
}
