/**
 * Alphabetical order and initial letters per language, for the glossary. The order is ICU's, through
 * `Intl.Collator`: its Kazakh and Uzbek tailorings are the ones a reader of those alphabets expects
 * (Kazakh Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ Ү after У, Һ after Х, І after Ы;
 * Uzbek Latin … X Y Z Oʻ Gʻ Sh Ch), which a Russian or English order gets wrong.
 */

const collators = new Map<string, Intl.Collator>();

/**
 * The collator for `lang`. Punctuation is ignored, so a name in quotes («Цифровой Казахстан»)
 * files under its first letter; numbers compare by value.
 */
export function collatorFor(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { usage: 'sort', ignorePunctuation: true, numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/** Compares two strings in `lang`'s alphabetical order. */
export const compareIn = (lang: string) => collatorFor(lang).compare;

/** `items` sorted by `key` in `lang`'s alphabetical order (a new array; ties keep their order). */
export function sortIn<T>(items: readonly T[], key: (item: T) => string, lang: string): T[] {
  const compare = compareIn(lang);
  return [...items].sort((a, b) => compare(key(a), key(b)));
}

/** Heading for labels that begin with a digit, e.g. «1 миллион программистов». */
export const DIGITS = '0–9';

/** Apostrophe-like marks that Uzbek texts use for the ʻ of oʻ and gʻ. */
const UZ_TURNED_COMMA = /^[ʻ‘'`’]/u;

/**
 * The letter a label files under in `lang`'s alphabet: its first letter, upper case, after any
 * opening quotes or brackets. In Uzbek the digraphs Oʻ Gʻ Sh Ch are letters of their own (they
 * sort after Z), so "Shanxay" files under Sh, not S. A label that begins with a digit files under 0–9.
 */
export function initialLetter(label: string, lang: string): string {
  const text = label.normalize('NFC').replace(/^[^\p{L}\p{N}]+/u, '');
  const first = text.match(/^\p{L}\p{M}*|^\p{N}/u)?.[0];
  if (!first) return '';
  if (/^\p{N}$/u.test(first)) return DIGITS;
  const upper = first.toLocaleUpperCase(lang);
  if (lang === 'uz') {
    const rest = text.slice(first.length);
    if ((upper === 'O' || upper === 'G') && UZ_TURNED_COMMA.test(rest)) return `${upper}ʻ`;
    if ((upper === 'S' || upper === 'C') && /^h/iu.test(rest)) return `${upper}h`;
  }
  return upper;
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/**
 * `items` in `lang`'s alphabetical order, grouped under their initial letters; the groups follow
 * the order of their letters in that alphabet (labels beginning with a digit first).
 */
export function groupByInitial<T>(items: readonly T[], key: (item: T) => string, lang: string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of sortIn(items, key, lang)) {
    const letter = initialLetter(key(item), lang);
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  const compare = compareIn(lang);
  const rank = (letter: string) => (letter === DIGITS ? 0 : 1);
  return [...groups]
    .map(([letter, items]) => ({ letter, items }))
    .sort((a, b) => rank(a.letter) - rank(b.letter) || compare(a.letter, b.letter));
}
