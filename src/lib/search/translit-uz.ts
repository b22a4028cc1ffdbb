/**
 * Uzbek Cyrillic → Uzbek Latin, by the 1995 alphabet (as amended: ʻ U+02BB in oʻ gʻ, ʼ U+02BC for
 * the tutuq belgisi). The editions are in Latin; readers in Uzbekistan still type Cyrillic, so a
 * query has to be brought to the script the index holds.
 *
 *   toLatinUz('Наврўз') → 'Navroʻz'   toLatinUz('Мирзиёев') → 'Mirziyoyev'
 *
 * Letters outside Uzbek Cyrillic (Kazakh ә, Russian ы, щ …) are given their closest reading so that
 * nothing is dropped, but the caller decides whether a text is Uzbek at all (see normalizeQuery).
 */

/** Letters whose reading does not depend on their neighbours (lower case). */
const plain: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ч: 'ch', ш: 'sh',
  ъ: '\u02BC', ь: '', э: 'e', ю: 'yu', я: 'ya', ё: 'yo', ў: 'o\u02BB', қ: 'q', ғ: 'g\u02BB', ҳ: 'h',
  // Not Uzbek letters; read as Uzbek would spell the sound.
  ы: 'i', щ: 'sh', ә: 'a', ө: 'o', ү: 'u', ұ: 'u', ң: 'ng', һ: 'h', і: 'i',
};

const vowels = new Set([...'аеёиоуўэюяыәөүұі']);
const isCyrLetter = (ch: string | undefined) => ch !== undefined && /[\u0400-\u04FF]/.test(ch);
const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase();

/** Reading of one lower-case letter, given its neighbours (lower case; undefined at word edges). */
function readLetter(ch: string, prev: string | undefined): string {
  if (ch === 'е') {
    // ye at the start of a word and after a vowel or a sign (Ye­vropa, Mirziyoyev, sʼyezd), else e.
    return prev === undefined || vowels.has(prev) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
  }
  if (ch === 'ц') {
    // ts after a vowel (federatsiya, militsiya), s elsewhere (sirk, konsert).
    return prev !== undefined && vowels.has(prev) ? 'ts' : 's';
  }
  return plain[ch] ?? ch;
}

/** Transliterates every Cyrillic letter of `text`; everything else is kept as it is. */
export function toLatinUz(text: string): string {
  const chars = [...text.normalize('NFC')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!isCyrLetter(ch)) {
      out += ch;
      continue;
    }
    const lower = ch.toLowerCase();
    const prevRaw = chars[i - 1];
    const prev = isCyrLetter(prevRaw) ? prevRaw!.toLowerCase() : undefined;
    const latin = readLetter(lower, prev);
    if (!isUpper(ch) || latin === '') {
      out += latin;
      continue;
    }
    // A capital stays a capital; a digraph is all capitals only inside a word in capitals
    // (ШАРҚ → SHARQ, but Шарқ → Sharq). The ʻ of Oʻ/Gʻ has no case.
    const next = chars[i + 1];
    const wordInCaps = isUpper(next) || (next === undefined || !isCyrLetter(next) ? isUpper(prevRaw) && isCyrLetter(prevRaw) : false);
    out += wordInCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}
