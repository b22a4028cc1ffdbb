// @ts-check
/**
 * Maps a browser language tag (BCP 47) to the site's home page in that language, or undefined.
 * Kazakh `kk` goes to /kz/; Uzbek only in Latin script (a `uz-Cyrl` reader chooses for themselves).
 *
 * Plain JavaScript served as it is (public/): Astro would inline a small bundled script into the
 * page, and the site's content security policy allows no inline script.
 */

/** @type {Record<string, string>} */
const homes = { en: '/en/', ru: '/ru/', kk: '/kz/', uz: '/uz/' };

/**
 * @param {string | undefined} tag
 * @returns {string | undefined}
 */
export function languageHome(tag) {
  if (!tag) return undefined;
  const parts = tag.toLowerCase().split(/[-_]/);
  const primary = parts[0] ?? '';
  if (primary === 'uz' && parts.includes('cyrl')) return undefined;
  return homes[primary];
}
