/** Which edition a page shows, and which editions of an article exist. */

/**
 * The edition for a reader whose UI language is `uiLang`: the edition in that language when it
 * exists; otherwise the canonical edition (the article's original language), marked as a fallback.
 * Undefined only when the article has no edition at all. `langOf` reads an edition's language.
 */
export function chooseEdition<E>(
  editions: readonly E[],
  langOf: (e: E) => string,
  uiLang: string,
  originalLanguage: string,
): { edition: E; fallback: boolean } | undefined {
  const own = editions.find((e) => langOf(e) === uiLang);
  if (own) return { edition: own, fallback: false };
  const canonical = editions.find((e) => langOf(e) === originalLanguage) ?? editions[0];
  return canonical ? { edition: canonical, fallback: true } : undefined;
}

/** Editions in the order of the site's locales. */
export function sortByLocale<E>(editions: readonly E[], langOf: (e: E) => string, order: readonly string[]): E[] {
  return [...editions].sort((a, b) => order.indexOf(langOf(a)) - order.indexOf(langOf(b)));
}

/**
 * The language of the source text that an edition's annotations quote (`original`): the
 * edition's own language for the original and for a translation printed with the article;
 * the article's original language for an editorial translation.
 */
export function sourceLanguageOf(edition: { lang: string; provenance: string }, originalLanguage: string): string {
  return edition.provenance === 'editorial-translation' ? originalLanguage : edition.lang;
}
