/**
 * UI strings per locale. `en` defines the key set; every other locale must have exactly the same
 * keys (`satisfies Record<UiKey, string>`), so a missing or misspelled key is a type error.
 * Placeholders are written {name} and filled by `format`.
 */
import type { LocaleLang } from './locales.ts';

const en = {
  'ann.emendation': 'Emendation',
  'ann.unrecoverable': 'Not recoverable',
  'ann.note': 'Editorial note',
  'ann.sourceReads': 'The source reads',
  'para.permalink': 'Paragraph {n}: link to this paragraph',
} as const;

export type UiKey = keyof typeof en;
type Dictionary = Record<UiKey, string>;

const ru = {
  'ann.emendation': 'Исправление',
  'ann.unrecoverable': 'Не восстанавливается',
  'ann.note': 'Примечание редакции',
  'ann.sourceReads': 'В источнике',
  'para.permalink': 'Абзац {n}: ссылка на этот абзац',
} satisfies Dictionary;

const kk = {
  'ann.emendation': 'Түзету',
  'ann.unrecoverable': 'Қалпына келтіру мүмкін емес',
  'ann.note': 'Редакция ескертпесі',
  'ann.sourceReads': 'Дереккөзде',
  'para.permalink': '{n}-абзац: осы абзацқа сілтеме',
} satisfies Dictionary;

const uz = {
  'ann.emendation': 'Tuzatish',
  'ann.unrecoverable': 'Tiklab boʻlmaydi',
  'ann.note': 'Tahririyat izohi',
  'ann.sourceReads': 'Manbada',
  'para.permalink': '{n}-xatboshi: ushbu xatboshiga havola',
} satisfies Dictionary;

export const ui: Record<LocaleLang, Dictionary> = { en, ru, kk, uz };

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** The string for `key` in `lang`, with placeholders filled. */
export function t(lang: LocaleLang, key: UiKey, values: Record<string, string | number> = {}): string {
  return format(ui[lang][key], values);
}
