/**
 * The site's locales. `path` is the URL segment, `lang` the BCP 47 tag used in `lang` attributes and
 * content files. Kazakh is the one where they differ: /kz/ in URLs, `kk` in markup.
 */
export const locales = [
  { path: 'en', lang: 'en', name: 'English' },
  { path: 'ru', lang: 'ru', name: 'Русский' },
  { path: 'kz', lang: 'kk', name: 'Қазақша' },
  { path: 'uz', lang: 'uz', name: 'Oʻzbekcha' },
] as const;

export type Locale = (typeof locales)[number];
export type LocalePath = Locale['path'];
export type LocaleLang = Locale['lang'];

export const localePaths = locales.map((l) => l.path) as LocalePath[];

export function localeByPath(path: string): Locale {
  const l = locales.find((x) => x.path === path);
  if (!l) throw new Error(`Unknown locale path "${path}"; expected one of ${localePaths.join(', ')}`);
  return l;
}

export function localeByLang(lang: string): Locale {
  const l = locales.find((x) => x.lang === lang);
  if (!l) throw new Error(`Unknown language "${lang}"; expected one of ${locales.map((x) => x.lang).join(', ')}`);
  return l;
}
