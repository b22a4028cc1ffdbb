/**
 * A suffix stripper for agglutinative nominal morphology (Kazakh, Uzbek), driven by a table
 * (stem-kk.ts, stem-uz.ts).
 *
 * It strips the longest ending a rule allows, then starts again on what is left, as if that were
 * the word. That is what makes an inflected form meet its base: stem(base + ending) = stem(base)
 * whenever the ending is recognised, even when the base itself happens to end like a suffix
 * (Алматы/Алматыда). Stopping by morphological slot (case, then possessive, then plural) would be
 * tidier but breaks exactly that equality, which is what search needs.
 *
 * Precision comes from the rules, not from the loop: an ending is stripped only if the stem left
 * behind is long enough, keeps a vowel, and fits the ending's context (`after`), because a search
 * that merges two different words (мектеп "school", мекен "place") is worse than one that misses
 * an inflected form: Pagefind's prefix matching already finds longer forms from a short query.
 */

export interface SuffixRule {
  /** The ending, in the alphabet the stemmer works in (stem-kk.ts and stem-uz.ts say which). */
  suffix: string;
  /** The stem left behind must have at least this many letters. */
  minStem: number;
  /** The stem left behind must match this (the ending only follows such stems). */
  after?: RegExp;
  /** The stem left behind must not match this (a stem this ending would wrongly split, as -стан). */
  notAfter?: RegExp;
}

export interface SuffixTable {
  /** The endings, grouped by what they are (for the reader of the table: the stripper ignores groups). */
  groups: Readonly<Record<string, readonly SuffixRule[]>>;
  /** Every stem keeps at least one of these. */
  vowel: RegExp;
  /** At most this many endings come off one word. */
  maxSteps: number;
  /**
   * Brings the end of a stem to one spelling: undoes the sound change an ending causes (Kazakh
   * кітап → кітабы), or drops a letter that may or may not belong to an ending. Applied to the
   * word and after every ending, so that the next step, and the base form, see the same stem.
   */
  restore?: (stem: string) => string;
}

const rulesOf = new WeakMap<SuffixTable, SuffixRule[]>();

function sortedRules(table: SuffixTable): SuffixRule[] {
  let rules = rulesOf.get(table);
  if (!rules) {
    rules = Object.values(table.groups)
      .flat()
      .sort((a, b) => b.suffix.length - a.suffix.length);
    rulesOf.set(table, rules);
  }
  return rules;
}

function strippable(rule: SuffixRule, word: string, vowel: RegExp): string | undefined {
  if (!word.endsWith(rule.suffix)) return undefined;
  const stem = word.slice(0, word.length - rule.suffix.length);
  if (stem.length < rule.minStem || !vowel.test(stem)) return undefined;
  if (rule.after && !rule.after.test(stem)) return undefined;
  if (rule.notAfter && rule.notAfter.test(stem)) return undefined;
  return stem;
}

export function stripSuffixes(word: string, table: SuffixTable): string {
  const rules = sortedRules(table);
  const restore = table.restore ?? ((s: string) => s);
  let w = restore(word);
  for (let step = 0; step < table.maxSteps; step++) {
    let next: string | undefined;
    for (const rule of rules) {
      next = strippable(rule, w, table.vowel);
      if (next !== undefined) break;
    }
    if (next === undefined) break;
    w = restore(next);
  }
  return w;
}
