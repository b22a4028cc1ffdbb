/**
 * A problem found by the content checker, and how it is printed:
 *
 *   path:line: problem — fix: what to do
 *
 * `kind` is a stable machine name (tests assert it); `message` and `fix` are for the person editing.
 */
export const problemKinds = [
  // files that cannot be checked
  'unreadable',
  // 1–7: leftovers in the text
  'running-header',
  'hyphenation',
  'double-space',
  'unbalanced',
  'mixed-script',
  'uzbek-apostrophe',
  'tracking-parameter',
  'escaped-underscore',
  // 8–9: citations
  'citation-unresolved',
  'reference-uncited',
  'uncited-note-missing',
  'uncited-but-cited',
  // 10: traceability
  'trace-difference',
  'trace-missing-lines',
  'source-uncovered',
  'omit-not-found',
  'title-reading-not-found',
  // 11: cross-checks
  'printed-not-found',
  'ann-unknown-id',
  'annotation-without-ann',
  'emendation-reading-mismatch',
  'keywords-paragraph-missing',
  'keyword-missing',
] as const;
export type ProblemKind = (typeof problemKinds)[number];

export interface Problem {
  /** Path relative to the checked root, with forward slashes. */
  file: string;
  /** 1-based line in `file`. */
  line: number;
  kind: ProblemKind;
  message: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message} — fix: ${p.fix}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.kind.localeCompare(b.kind) || a.message.localeCompare(b.message),
  );
}

/** Shortens a reading for a one-line message, keeping its start and end. */
export function excerpt(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const half = Math.floor((max - 1) / 2);
  return `${t.slice(0, half)}…${t.slice(t.length - half)}`;
}

/** Quotes a reading for a message: “…” (empty readings are shown as ∅). */
export const quote = (text: string, max?: number): string => (text.trim() === '' ? '∅' : `“${excerpt(text, max)}”`);
