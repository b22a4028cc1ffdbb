/** Dates as the site shows them: ISO `YYYY-MM-DD` in, a long localized date out (UTC, no time zone drift). */
import type { LocaleLang } from '../i18n/locales.ts';

/** Intl locale per UI language: day-month-year English; Uzbek in Latin script. */
const intlLocale: Record<LocaleLang, string> = { en: 'en-GB', ru: 'ru', kk: 'kk', uz: 'uz-Latn' };

/** Parses `YYYY-MM-DD` strictly; throws on anything else (including impossible dates). */
export function parseIsoDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`"${iso}" is not a date in the form YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    throw new Error(`"${iso}" is not a real calendar date`);
  return date;
}

/** `2025-06-21` → "21 June 2025" (en), "21 июня 2025 г." (ru), "2025 ж. 21 маусым" (kk), "21-iyun, 2025" (uz). */
export function formatDate(iso: string, lang: LocaleLang): string {
  return formatter(lang).format(parseIsoDate(iso));
}

// Building an Intl.DateTimeFormat loads locale data: once per language, not once per date shown.
const formatters = new Map<LocaleLang, Intl.DateTimeFormat>();
function formatter(lang: LocaleLang): Intl.DateTimeFormat {
  let f = formatters.get(lang);
  if (!f) formatters.set(lang, (f = new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: 'long', timeZone: 'UTC' })));
  return f;
}
