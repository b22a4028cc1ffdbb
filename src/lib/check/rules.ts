/**
 * The structural rules of docs/content-model.md as token equivalences: when a rule is listed in
 * article.yaml `source.rules`, a source token and an edition token that differ only as the rule
 * describes count as the same.
 */
import { structuralRules } from '../../content.config.ts';
import { apostrophes, type Token } from './tokenize.ts';

export type Rule = (typeof structuralRules)[number];

/** Every rule the content model defines (the schema's list is the one source). */
export const allRules: readonly Rule[] = structuralRules;

/** Query parameters that only track the click: utm_*, fbclid, gclid. */
export const trackingParameter = /^(?:utm_[^=&#]*|fbclid|gclid)(?:=|$)/i;

/** The URL without tracking parameters (and without a `?` left empty). */
export function stripTracking(url: string): string {
  const hash = url.indexOf('#');
  const frag = hash >= 0 ? url.slice(hash) : '';
  const rest = hash >= 0 ? url.slice(0, hash) : url;
  const q = rest.indexOf('?');
  if (q < 0) return url;
  const kept = rest
    .slice(q + 1)
    .split('&')
    .filter((p) => p !== '' && !trackingParameter.test(p));
  return rest.slice(0, q) + (kept.length ? `?${kept.join('&')}` : '') + frag;
}

export const hasTracking = (url: string) => stripTracking(url) !== url;

export const oModifier = 'ʻ'; // U+02BB MODIFIER LETTER TURNED COMMA: oʻ gʻ
export const tutuq = 'ʼ'; // U+02BC MODIFIER LETTER APOSTROPHE: tutuq belgisi

/** The correct Uzbek Latin character for an apostrophe that follows `prev`. */
export const uzbekApostropheFor = (prev: string | undefined) => (prev !== undefined && /[oOgG]/.test(prev) ? oModifier : tutuq);

export type TokenContext = 'title' | 'heading' | 'body';

/**
 * Which token-level rules make source token `s` equal edition token `e`: [] when they are equal as
 * they stand, the rules used, or undefined when no rule (of `rules`) does.
 */
export function tokenRule(s: Token, e: Token, context: TokenContext, rules: ReadonlySet<Rule>): Rule[] | undefined {
  if (s.text === e.text) return [];
  let t = s.text;
  const used = new Set<Rule>();
  if (rules.has('escaped-underscores') && /\\+_/.test(t)) {
    t = t.replace(/\\+_/g, '_');
    used.add('escaped-underscores');
  }
  if (rules.has('tracking-parameters') && s.kind === 'url' && hasTracking(t)) {
    t = stripTracking(t);
    used.add('tracking-parameters');
  }
  if (t === e.text) return [...used];
  if (t.length !== e.text.length) return undefined;
  const fold = rules.has('title-case') && context !== 'body';
  const apos = rules.has('uzbek-apostrophes') && s.kind === 'word';
  for (let i = 0; i < t.length; i++) {
    const a = t[i]!;
    const b = e.text[i]!;
    if (a === b) continue;
    if (apos && apostrophes.includes(a) && b === uzbekApostropheFor(t[i - 1])) used.add('uzbek-apostrophes');
    else if (fold && a.toLocaleLowerCase() === b.toLocaleLowerCase()) used.add('title-case');
    else return undefined;
  }
  return [...used];
}

export const hyphens = new Set(['-', '‐', '¬']);
