/** Picking the right language form of a name or a text, and writing a person's name. */
import type { ContentLanguage } from '../content.config.ts';

export type PerLanguage<T> = Partial<Record<ContentLanguage, T>>;

/**
 * The value for the first language in `preferences` that `values` has; failing that, the first
 * value given. Returns the language of the value with it, for `lang` attributes.
 */
export function pickLanguage<T>(
  values: PerLanguage<T> | undefined,
  preferences: readonly ContentLanguage[],
): { lang: ContentLanguage; value: T } | undefined {
  if (!values) return undefined;
  for (const lang of preferences) {
    const value = values[lang];
    if (value !== undefined) return { lang, value };
  }
  const first = (Object.entries(values) as [ContentLanguage, T | undefined][]).find(([, v]) => v !== undefined);
  return first ? { lang: first[0], value: first[1]! } : undefined;
}

/** Unique languages in order of preference, dropping undefined. */
export function preferenceOrder(...langs: (ContentLanguage | undefined)[]): ContentLanguage[] {
  return [...new Set(langs.filter((l): l is ContentLanguage => l !== undefined))];
}

export interface PersonName {
  family: string;
  given?: string | undefined;
  patronymic?: string | undefined;
}

/**
 * A name as a byline writes it. With a patronymic, in the order used in Central Asian
 * documents (family, given, patronymic: "Alieva Perizat Tazabay kizi"); otherwise given name
 * (or initials) first: "Mirzoumid Khamdamov", "А.О. Устемирова".
 */
export function formatName(name: PersonName): string {
  if (name.patronymic) return [name.family, name.given, name.patronymic].filter(Boolean).join(' ');
  return [name.given, name.family].filter(Boolean).join(' ');
}
