/**
 * Light stemmer for Uzbek (Latin) nouns: plural, possessive and case endings, and the adjectival
 * -dagi/-gi. Verbs and derivation (-lik, -chi, -li) are left alone: Pagefind's prefix matching
 * finds derived words from a short query, and stripping them would merge hamkor and hamkorlik.
 *
 *   stemUz('diplomatiyasining') → 'diplomatiya'    stemUz('hamkorlikni') → 'hamkorlik'
 *
 * Works on the analyser's normal form: lower case, apostrophes removed (oʻ → o, gʻ → g).
 * Uzbek endings barely harmonise, so the conditions are few: -i after a consonant, -ka after k,
 * -qa after q. A stem is held to 2–4 letters by each rule (see strip.ts for why precision wins).
 */
import { stripSuffixes, type SuffixRule, type SuffixTable } from './strip.ts';

const V = 'aeiou';
const afterVowel = /[aeiou]$/;
const afterConsonant = /[^aeiou]$/;

const rules = (suffixes: string, minStem: number, after?: RegExp): SuffixRule[] =>
  suffixes.split(' ').map((suffix) => ({ suffix, minStem, ...(after && { after }) }));

export const uzTable: SuffixTable = {
  groups: {
    plural: rules('lar', 2),
    // 3rd person (its), and 1st person plural (our: mamlakatimiz) which these texts use a lot.
    // Not -im/-ing/-m: muhim, marketing and every word in -m would pay for a rare form.
    // -si after a vowel is -i plus the linking s, which `restore` drops (see there).
    possessive: [
      ...rules('i', 3, afterConsonant),
      ...rules('imiz', 2, afterConsonant),
      ...rules('miz', 3, afterVowel),
    ],
    case: [
      ...rules('ning', 2),
      ...rules('ni', 3),
      ...rules('ga', 2),
      ...rules('ka', 3, /k$/),
      ...rules('qa', 3, /q$/),
      ...rules('da dan', 2),
      ...rules('gacha', 2),
    ],
    // The predicative "is" (sohadir, natijasidir), common in these texts' definitions.
    predicative: rules('dir', 3),
    // -dagi: "that is in" (Oʻzbekistondagi), -gi/-ki/-qi: "of the time/place" (bugungi, ichki),
    // only after a consonant: after a vowel, g + i is a stem's g (or voiced k) and the possessive.
    adjectival: [...rules('dagi', 2), ...rules('gi ki qi', 4, afterConsonant)],
  },
  vowel: new RegExp(`[${V}]`),
  maxSteps: 4,
  restore: (stem) =>
    stem
      // -lik + -i is -ligi (mumkinlik, mumkinligi).
      .replace(/lig$/, 'lik')
      // The possessive is -si after a vowel and -i after a consonant, and a stem may end in
      // either (diplomatiya-si, asos-i); the accusative -ni follows any stem, and a stem may end
      // in n before the possessive -i (mintaqa-ni, jarayon-i). Dropping a final s or n after a
      // vowel in every word makes both readings, and the base forms, meet (asos, asosi → aso;
      // jarayon, jarayoni, jarayonni → jarayo). Short words keep them (xos, rus, son), and so
      // does the participle in -gan (qilgan), which would otherwise lose -ga as a dative. The
      // only ending in n, -dan, loses its n first and comes off as -da: the same stem.
      .replace(/^(.{2,}[aeiou])s$/, '$1')
      .replace(/^(.{2,}(?:[^gkq][aeiou]|[gkq][eiou]))n$/, '$1'),
};

export function stemUz(word: string): string {
  return stripSuffixes(word, uzTable);
}
