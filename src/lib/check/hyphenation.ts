/**
 * Words broken by a layout hyphen (`сабақтас-тыққа`, `word-⏎word`) left in an edition.
 *
 * Real compounds (multi-vector, people-to-people, Uzbekistan-Kazakhstan, C5+1, мәдени-гуманитарлық)
 * must not be flagged, so a hyphenated pair `a-b` is reported only on evidence of a break:
 *
 * - the hyphen ends a line and the word goes on on the next one (always a problem: it renders
 *   as "a- b");
 * - `a- b` (hyphen, space, lowercase word that is not a conjunction as in "short- and long-term");
 * - `a-b` with `b` lowercase and in the same script as `a`, and either
 *   - the joined word `ab` stands on its own in the same text (and `a` is not a compound prefix
 *     such as multi-, post-, пост-), or
 *   - `b` is not a word on its own in the same text and consists only of grammatical suffixes
 *     (`тыққа` = -тық + -қа; `tion`, `ment`, …), which no real compound has as its second part.
 */
import type { Problem } from './report.ts';
import { quote } from './report.ts';
import { tokenize } from './tokenize.ts';
import { visibleText, type Checked } from './lint-text.ts';

/** First parts that make real compounds with a lowercase second part (multi-vector, post-pandemic). */
export const compoundPrefixes = new Set(
  (
    'multi post pre non anti inter intra co self cross semi neo pan sub super counter trans socio geo ex quasi pro mid ' +
    'extra ultra micro macro mega mono bi tri poly pseudo over under re de un e euro eco cyber info bio techno ethno ' +
    'пост пан контр анти вице экс нео псевдо ультра мега мини микро макро мульти супер квази интер транс гео социо ' +
    'этно евро медиа кибер инфо био эко'
  ).split(' '),
);

/** Conjunctions after a suspended hyphen ("short- and long-term", "орто- и пара-"). */
const conjunctions = new Set('and or nor to и или либо және мен не va yoki ва ёки'.split(' '));

const cyrillicSuffixes = (
  // Kazakh
  'лық лік дық дік тық тік лар лер дар дер тар тер ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті ' +
  'да де та те нда нде дан ден тан тен нан нен мен бен пен сы сі ым ім ың ің мыз міз ымыз іміз ыңыз іңіз лы лі ' +
  'сыз сіз шы ші ғы гі қы кі дағы дегі тағы тегі ндағы ндегі ған ген қан кен атын етін йтын йтін ушы уші ' +
  // Russian
  'ция ции цию цией ций циях ние ния нию нием ний ниях ство ства ству ством стве ств ость ости остью остей ' +
  'ого его ому ему ыми ими ами ями ах ях ой ей ый ий ая яя ое ее ые ие ым им ом ем ую юю ов ев ' +
  'тель теля телю телем тели телей ский ская ское ские ского ской ских ным ной ное ная ный ные ных'
).split(' ');

const latinSuffixes = (
  // English
  'tion tions sion sions ment ments ness ity ities ance ence ances ences ing ings ally ical ically ive ives ous ' +
  'ious ture tures able ible ful less ism isms ist ists ized ised izing ising ization isation ation ations ative ' +
  'ly ed er ers est al als ' +
  // Uzbek (Latin)
  'lik lar ning ni ga da dan lari larni larning imiz ingiz gan kan qan ish ib uvchi chi cha siz li dagi'
).split(' ');

const suffixChain = (list: string[]) =>
  new RegExp(`^(?:${[...list].sort((a, b) => b.length - a.length).join('|')})+$`, 'u');
const cyrillicChain = suffixChain(cyrillicSuffixes);
const latinChain = suffixChain(latinSuffixes);

const scriptOf = (w: string) => (/\p{Script=Cyrillic}/u.test(w) ? 'cyrl' : /\p{Script=Latin}/u.test(w) ? 'latn' : 'other');

/** Whether `b` consists only of grammatical suffixes (so it cannot be the second word of a compound). */
export function isSuffixChain(b: string): boolean {
  const w = b.toLocaleLowerCase();
  if (w.length < 3) return false;
  const s = scriptOf(w);
  return s === 'cyrl' ? cyrillicChain.test(w) : s === 'latn' ? latinChain.test(w) : false;
}

/** Words that stand on their own (not as part of a hyphenated compound) in the given texts, lowercased. */
export function standaloneWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const t of tokenize(text)) {
      if (t.kind !== 'word') continue;
      if (text[t.end] === '-' || /-[ \t]*\n?[ \t]*$/.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
      words.add(t.text.toLocaleLowerCase());
    }
  return words;
}

const letters = '[\\p{L}\\p{M}ʻʼ]';

/** Hyphenation breaks in one block of text; `vocabulary` = standalone words of the whole edition. */
export function checkHyphenation(c: Checked, vocabulary: ReadonlySet<string>): Problem[] {
  const text = visibleText(c);
  const out: Problem[] = [];
  const report = (at: number, shown: string, joined: string, why: string, fix: string) =>
    out.push({
      file: c.file,
      line: c.lineOf(at),
      kind: 'hyphenation',
      message: `hyphenation break left in the text: ${quote(shown)} (${why})`,
      fix: fix || `write ${quote(joined)}${c.canonical ? ' (and list the hyphenation rule in source.rules)' : ''}`,
    });

  // a- ⏎ b : a hyphen at the end of a line, the word going on on the next
  for (const m of text.matchAll(new RegExp(`(${letters}+)-[ \\t]*\\n[ \\t]*(${letters}+)`, 'gu'))) {
    const [, a, b] = m as unknown as [string, string, string];
    report(m.index, `${a}-⏎${b}`, a + b, 'the hyphen ends a line', `join the word on one line: ${quote(a + b)}, or ${quote(`${a}-${b}`)} if it is a real compound`);
  }
  // a- b : hyphen, then a space and a lowercase word
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])(${letters}+)-[ \\t]+(\\p{Ll}${letters}*)`, 'gu'))) {
    const [, a, b] = m as unknown as [string, string, string];
    if (conjunctions.has(b.toLocaleLowerCase()) || scriptOf(a) !== scriptOf(b)) continue;
    const joined = (a + b).toLocaleLowerCase();
    if (vocabulary.has(joined) || !vocabulary.has(b.toLocaleLowerCase()) || isSuffixChain(b))
      report(m.index, `${a}- ${b}`, a + b, 'a hyphen and a space inside a word', '');
  }
  // a-b : inside a word
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])(${letters}{2,})-(\\p{Ll}${letters}*)(?![\\p{L}\\p{M}\\p{N}]|-\\p{L})`, 'gu'))) {
    const [, a, b] = m as unknown as [string, string, string];
    if (scriptOf(a) !== scriptOf(b)) continue;
    const joined = (a + b).toLocaleLowerCase();
    const al = a.toLocaleLowerCase();
    const bl = b.toLocaleLowerCase();
    if (vocabulary.has(joined) && !compoundPrefixes.has(al))
      report(m.index, `${a}-${b}`, a + b, `the text also has ${quote(a + b)}`, '');
    // An abbreviation takes its endings after a hyphen (Kazakh АҚШ-тың, Uzbek BMT-ning): that is spelling, not a break.
    else if (!vocabulary.has(bl) && isSuffixChain(b) && !isAbbreviation(a))
      report(m.index, `${a}-${b}`, a + b, `${quote(b)} is only word endings`, '');
  }
  return out;
}

/** All capitals, two letters or more: АҚШ, ТМҰ, BMT. */
function isAbbreviation(word: string): boolean {
  return word.length >= 2 && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase();
}
