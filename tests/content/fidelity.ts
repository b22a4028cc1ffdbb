/**
 * What must survive translation unchanged: numbers (in any language's separators), DOIs and URLs.
 * Used by the alignment test; unit-tested in fidelity.test.ts.
 */

// A number with digit groups (1,600 · 1 600 · 15.000 with NBSP or narrow NBSP too), or a plain
// number with an optional decimal part (2.5 · 2,5).
const numberPattern = /\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g;

/**
 * The values a number token can stand for: "1,600" is 1600 in English but could be a decimal
 * elsewhere, so both readings are kept; a translation matches when any reading agrees.
 */
export function readings(token: string): string[] {
  const seps = token.match(/[^\d]/g) ?? [];
  if (seps.length === 0) return [token];
  const digits = token.replace(/[^\d]/g, '');
  const grouped = /^\d{1,3}(?:[^\d]\d{3})+$/.test(token);
  const out = new Set<string>();
  if (grouped) out.add(digits);
  const last = seps.at(-1)!;
  if (last === '.' || last === ',') {
    const i = token.lastIndexOf(last);
    out.add(`${token.slice(0, i).replace(/[^\d]/g, '')}.${token.slice(i + 1)}`);
  }
  return [...out];
}

export function numbersIn(text: string): string[][] {
  return (text.match(numberPattern) ?? []).map(readings);
}

/** Numbers of `canonical` with no counterpart in `translation`. */
export function missingNumbers(canonical: string, translation: string): string[] {
  const available = new Set(numbersIn(translation).flat());
  return (canonical.match(numberPattern) ?? []).filter((t) => !readings(t).some((r) => available.has(r)));
}

const trimEnd = (s: string) => s.replace(/[.,;:)\]»”"']+$/u, '');
export const doisIn = (text: string) => (text.match(/\b10\.\d{4,9}\/[^\s"<>]+/g) ?? []).map(trimEnd);
export const urlsIn = (text: string) => (text.match(/https?:\/\/[^\s"<>]+/g) ?? []).map(trimEnd);
