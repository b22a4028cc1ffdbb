/**
 * Light stemmer for Kazakh nouns: plural, possessive and case endings, and the adjectival -дағы/-ғы.
 * Verbs and derivation are left alone (Pagefind's prefix matching finds derived words from a
 * short query).
 *
 *   stemKk('мектептерде') → 'мектеп'    stemKk('дипломатиясының') → 'дипломатия'
 *
 * Kazakh endings are written with і or ы, never with и: и ends words of their own (мәдени,
 * ғылыми, саяси), so і is kept apart from и while endings are stripped, and folded into и only
 * afterwards, with the other Kazakh letters (see analyze.ts). A word written without any Kazakh
 * letter was typed on a Russian keyboard (мектептерди), so its и may stand for і; there it is read
 * as і, which can strip a little too much from a query, but Pagefind's prefix matching still finds
 * the longer indexed word.
 *
 * Folding loses vowel harmony, so the endings are conditioned on what Kazakh conditions them on
 * besides: the sound the stem ends in (-да after a vowel or voiced consonant, -та after a voiceless
 * one, -нан after a nasal…), which keeps Алматы from losing "-ты" (an accusative only after a
 * voiceless consonant).
 */
import { stripSuffixes, type SuffixRule, type SuffixTable } from './strip.ts';

const V = 'аеиоуыэюяі';
/**
 * Voiceless consonants, after folding (к stands for к and қ). в is here: Kazakh has it only in
 * borrowed words, above all surnames in -ев/-ов, which take the endings of a voiceless stem
 * (Тоқаевқа, Тоқаевтың).
 */
const VL = 'кпстфхцчшщв';
/** Voiced consonants other than nasals (й and у as the semivowels they are after a vowel). */
const VD = 'лрзжйбгду';
const NAS = 'мн';

const ends = (letters: string) => new RegExp(`[${letters}]$`);
const afterVowel = ends(V);
const afterConsonant = ends(VL + VD + NAS);
const afterVoiceless = ends(VL);
const afterVowelOrVoiced = ends(V + VD + NAS);
const afterVoicedNonNasal = ends(VD);
const afterNasal = ends(NAS);
const afterVowelOrNasal = ends(V + NAS);
/**
 * Endings that follow the 3rd-person possessive -ы/-і (мектеб-і-нде, кітаб-ы-н). Their stem is
 * held to 5 letters: shorter words in -ын/-ін are mostly roots (мәтін, тегін, бүгін, орын), and
 * reading them as possessive + accusative would merge тегін "free" with тек "only".
 */
const afterPossessive = /[ыі]$/;
const POSSESSIVE_STEM = 5;

const rules = (suffixes: string, minStem: number, after?: RegExp, notAfter?: RegExp): SuffixRule[] =>
  suffixes.split(' ').map((suffix) => ({ suffix, minStem, ...(after && { after }), ...(notAfter && { notAfter }) }));

export const kkTable: SuffixTable = {
  groups: {
    plural: [
      ...rules('лар лер', 2, ends(V + 'рйу')),
      ...rules('дар дер', 2, ends('лзж' + NAS)),
      ...rules('тар тер', 3, afterVoiceless),
    ],
    // -сы/-сі after a vowel is -ы/-і plus the linking с, which `restore` drops (see there).
    possessive: [
      ...rules('ы і', 3, afterConsonant),
      // біздің еліміз, мемлекетіміз
      ...rules('ымыз іміз', 2, afterConsonant),
      ...rules('мыз міз', 3, afterVowel),
    ],
    genitive: [
      ...rules('нын нін', 3, afterVowelOrNasal),
      ...rules('дын дін', 2, afterVoicedNonNasal),
      ...rules('тын тін', 3, afterVoiceless),
    ],
    accusative: [
      // Not after ы/і: a stem ending in н before the possessive (мәтін-і) is far more common than
      // one ending in ы/і before the accusative.
      ...rules('ны ні', 3, ends('аеиоуэюя')),
      ...rules('ды ді', 3, ends('лрзжй' + NAS)),
      ...rules('ты ті', 3, afterVoiceless),
      ...rules('н', POSSESSIVE_STEM, afterPossessive),
    ],
    dative: [
      ...rules('га ге', 3, afterVowelOrVoiced),
      ...rules('ка ке', 3, afterVoiceless),
      ...rules('на не', POSSESSIVE_STEM, afterPossessive),
    ],
    locative: [
      ...rules('да де', 3, afterVowelOrVoiced),
      ...rules('та те', 3, afterVoiceless),
      ...rules('нда нде', POSSESSIVE_STEM, afterPossessive),
    ],
    ablative: [
      ...rules('дан ден', 2, afterVowelOrVoiced),
      ...rules('нан нен', 2, afterNasal),
      // Not after с: Қазақстан, Өзбекстан, Түркістан end in -стан, and are far more frequent here
      // than an ablative of a stem in -с (Түркістан would otherwise meet түркі).
      ...rules('тан тен', 3, afterVoiceless, /с$/),
      ...rules('нан нен', POSSESSIVE_STEM, afterPossessive),
    ],
    instrumental: [
      ...rules('мен', 3, ends(V + 'лрйу' + NAS)),
      ...rules('бен', 3, ends('зж')),
      ...rules('пен', 3, afterVoiceless),
    ],
    // -дағы: "that is in" (Қазақстандағы), -ғы: "of the time" (бүгінгі); a noun may follow.
    adjectival: [
      ...rules('дагы дегі', 3, afterVowelOrVoiced),
      ...rules('тагы тегі', 3, afterVoiceless),
      ...rules('ндагы ндегі', POSSESSIVE_STEM, afterPossessive),
      // Not after a vowel: there a г is the voiced к of a stem before the possessive (жүрегі).
      ...rules('гы гі', 4, ends(VD + NAS)),
      ...rules('кы кі', 4, afterVoiceless),
    ],
  },
  vowel: new RegExp(`[${V}]`),
  maxSteps: 4,
  restore: (stem) =>
    stem
      // Kazakh voices a final п/к/қ before a vowel ending (кітап → кітабы, жүрек → жүрегі,
      // ынтымақтастық → ынтымақтастығы); no native word ends in б or г/ғ, so every final б is
      // written п and г written к.
      .replace(/б$/, 'п')
      .replace(/г$/, 'к')
      // The possessive is -сы/-сі after a vowel and -ы/-і after a consonant, and a stem may end
      // in either (жоба-сы, қатынас-ы): reading -сы wrongly turns қатынасы into қатына, reading
      // -ы wrongly turns жобасы into жобас. Dropping a final с after a vowel in every word makes
      // both readings, and the base forms, meet (жоба, жобасы → жоба; қатынас, қатынасы →
      // қатына). Short words keep it (бас, жас, тас). No ending ends in с, so dropping it
      // before an ending is stripped takes nothing from the ending. (A final н is left alone:
      // the genitive and ablative end in н, and roots in -ын/-ін are many: мәтін, тегін, орын.)
      .replace(/^(.{2,}[аеиоуыэюяі])с$/, '$1'),
};

/** Kazakh letters folded before stripping (і is folded after: see above). */
const PRE_FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', ё: 'е' };
const PRE_FOLDABLE = /[әғқңөұүһё]/g;
const KAZAKH_LETTER = /[әғқңөұүһі]/;

/**
 * Stem of a lower-case Cyrillic word (apostrophes and diacritics already removed, й kept), in the
 * folded alphabet: the result has no ә ғ қ ң ө ұ ү һ і.
 */
export function stemKk(word: string): string {
  let w = word.replace(PRE_FOLDABLE, (ch) => PRE_FOLD[ch]!);
  if (!KAZAKH_LETTER.test(word)) w = w.replace(/и/g, 'і');
  return stripSuffixes(w, kkTable).replace(/і/g, 'и');
}
