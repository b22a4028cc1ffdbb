/**
 * The traceability check (docs/content-model.md, "Tracing an edition to its source"): the source
 * tokens of the article's range and the edition tokens (title, then body, with emendations
 * reversed) are diffed with `diffArrays`; a hunk is accepted only when the structural rules listed
 * in `source.rules` account for it. Every other hunk is a problem, reported with the edition line,
 * the source line, both readings and the fix — naming the rule when an unlisted rule would accept it.
 */
import { diffArrays } from 'diff';
import { isKeywordsParagraph, lineAt, type TextBlock } from './parse-edition.ts';
import { quote, type Problem } from './report.ts';
import { allRules, hyphens, tokenRule, type Rule, type TokenContext } from './rules.ts';
import type { SourceToken } from './source-text.ts';
import { joinTokens, tokenize, type Token } from './tokenize.ts';

export interface EditionToken extends Token {
  line: number;
  context: TokenContext;
  /** First / last token of a heading, and the heading's token count (on its first token). */
  headingStart: boolean;
  headingEnd: boolean;
  headingLength: number;
  /** In the keywords paragraph (which the content model places after the abstract). */
  keywords: boolean;
}

/** Tokens of the edition's blocks (title first) in order, from their `trace` strings. */
export function editionTokens(blocks: readonly TextBlock[]): EditionToken[] {
  const out: EditionToken[] = [];
  for (const b of blocks) {
    const toks = tokenize(b.trace);
    const context: TokenContext = b.kind === 'title' ? 'title' : b.kind === 'heading' ? 'heading' : 'body';
    const keywords = isKeywordsParagraph(b);
    toks.forEach((t, i) =>
      out.push({
        ...t,
        line: lineAt(b.trace, b.traceSegs, t.start),
        context,
        headingStart: context === 'heading' && i === 0,
        headingEnd: context === 'heading' && i === toks.length - 1,
        headingLength: context === 'heading' && i === 0 ? toks.length : 0,
        keywords,
      }),
    );
  }
  return out;
}

/** A run-in label that an omit entry removed (e.g. "Abstract:"), which the edition may set as a heading. */
export interface OmittedLabel {
  tokens: Token[];
  lines: [number, number];
}

export interface TraceInput {
  sourceFile: string;
  editionFile: string;
  articleFile: string;
  src: readonly SourceToken[];
  /** Traced tokens per source line, to tell whole missing lines from missing words. */
  perLine: ReadonlyMap<number, number>;
  /** Lines that equal a runningHeaders entry (dropped only when the rule is listed). */
  headerLines: ReadonlySet<number>;
  ed: readonly EditionToken[];
  rules: ReadonlySet<Rule>;
  omittedLabels: readonly OmittedLabel[];
}

interface Hunk {
  srcStart: number;
  srcEnd: number;
  edStart: number;
  edEnd: number;
}

/** Diffs source and edition tokens into hunks (runs of removed/added tokens between common ones). */
export function diffHunks(src: readonly SourceToken[], ed: readonly EditionToken[], rules: ReadonlySet<Rule>): Hunk[] {
  type T = SourceToken | EditionToken;
  const changes = diffArrays<T>(src as T[], ed as T[], {
    comparator: (a, b) => tokenRule(a, b, (b as EditionToken).context ?? 'body', rules) !== undefined,
  });
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  for (const c of changes) {
    if (!c.added && !c.removed) {
      if (open) hunks.push(open);
      open = undefined;
      i += c.count;
      j += c.count;
      continue;
    }
    open ??= { srcStart: i, srcEnd: i, edStart: j, edEnd: j };
    if (c.removed) open.srcEnd = i += c.count;
    else open.edEnd = j += c.count;
  }
  if (open) hunks.push(open);
  return hunks;
}

/** One step through a hunk: tokens consumed on each side, and what accounts for them. */
export interface Step {
  /** Source and edition tokens consumed. */
  src: number;
  ed: number;
  /** 'rule': accounted for by `rules` (none = equal tokens); 'delete' / 'insert': accounted for by nothing. */
  how: 'rule' | 'delete' | 'insert';
  rules: Rule[];
}

/** A part of a hunk that the listed rules do not account for. */
export interface Unexplained {
  srcStart: number;
  srcEnd: number;
  edStart: number;
  edEnd: number;
  /** Rules that are not listed but would account for this part; empty when no rule would. */
  missingRules: Rule[];
}

/**
 * Explains a hunk by the cheapest path from (0,0) to (R,A) through token equivalences, hyphenation
 * joins, dropped run-in punctuation and re-set run-in labels (free when their rule is listed) and
 * single deleted/inserted tokens (which nothing accounts for). Returns the parts that are not free:
 * none when the listed rules account for the whole hunk.
 */
export function explainHunk(h: Hunk, input: Pick<TraceInput, 'src' | 'ed' | 'omittedLabels' | 'rules'>): Unexplained[] {
  const { src, ed } = input;
  const R = h.srcEnd - h.srcStart;
  const A = h.edEnd - h.edStart;
  const whole = (): Unexplained[] => [{ ...h, missingRules: [] }];
  if ((R + 1) * (A + 1) > 400_000) return whole();
  const all = new Set(allRules);
  const W = A + 1;
  // Cheapest path by a bucket queue: a listed rule costs 0, an unlisted rule 1 per step, a token
  // that nothing accounts for 2 (so that a rule that would explain a difference is preferred).
  const dist = new Int32Array((R + 1) * W).fill(-1);
  const via: (Step & { from: number })[] = new Array((R + 1) * W);
  const buckets: number[][] = [[0]];
  dist[0] = 0;
  const settled = new Uint8Array((R + 1) * W);
  const relax = (from: number, i: number, j: number, step: Step) => {
    const to = i * W + j;
    const cost = step.how !== 'rule' ? 2 * (step.src + step.ed) : step.rules.every((r) => input.rules.has(r)) ? 0 : 1;
    const d = dist[from]! + cost;
    if (dist[to] !== -1 && dist[to]! <= d) return;
    dist[to] = d;
    via[to] = { ...step, from };
    (buckets[d] ??= []).push(to);
  };
  for (let d = 0; d < buckets.length; d++) {
    const bucket = buckets[d];
    if (!bucket) continue;
    while (bucket.length) {
      const cur = bucket.pop()!;
      if (settled[cur] || dist[cur] !== d) continue;
      settled[cur] = 1;
      const i = Math.floor(cur / W);
      const j = cur % W;
      const s = src[h.srcStart + i];
      const e = ed[h.edStart + j];
      if (i < R) relax(cur, i + 1, j, { src: 1, ed: 0, how: 'delete', rules: [] });
      if (j < A) relax(cur, i, j + 1, { src: 0, ed: 1, how: 'insert', rules: [] });
      if (s && e && i < R && j < A) {
        const r = tokenRule(s, e, e.context, all);
        if (r) relax(cur, i + 1, j + 1, { src: 1, ed: 1, how: 'rule', rules: r });
        // hyphenation: word - word (- word …) written as one word
        if (s.kind === 'word') {
          let text = s.text;
          let k = i + 1;
          while (k + 1 < R && hyphens.has(src[h.srcStart + k]!.text) && src[h.srcStart + k + 1]!.kind === 'word') {
            text += src[h.srcStart + k + 1]!.text;
            k += 2;
            const r2 = tokenRule({ ...s, text }, e, e.context, all);
            if (r2) relax(cur, k, j + 1, { src: k - i, ed: 1, how: 'rule', rules: ['hyphenation', ...r2] });
          }
        }
      }
      // run-in heading: the label's ':' or '.' dropped after the heading's last token
      if (s && i < R && (s.text === ':' || s.text === '.') && ed[h.edStart + j - 1]?.headingEnd)
        relax(cur, i + 1, j, { src: 1, ed: 0, how: 'rule', rules: ['run-in-headings'] });
      // a run-in label that an omit entry removed, set as the heading
      if (e && j < A && e.headingStart && j + e.headingLength <= A) {
        const heading = ed.slice(h.edStart + j, h.edStart + j + e.headingLength);
        const near = (src[h.srcStart + i] ?? src[h.srcStart + i - 1])?.line;
        for (const label of input.omittedLabels) {
          const last = label.tokens.at(-1)?.text;
          const words = last === ':' || last === '.' ? label.tokens.slice(0, -1) : label.tokens;
          if (near !== undefined && (near < label.lines[0] - 2 || near > label.lines[1] + 3)) continue;
          if (words.length !== heading.length) continue;
          const rules = words.map((w, n) => tokenRule(w, heading[n]!, 'heading', all));
          if (rules.every((r) => r !== undefined)) {
            relax(cur, i, j + heading.length, { src: 0, ed: heading.length, how: 'rule', rules: ['run-in-headings', ...rules.flatMap((r) => r ?? [])] });
            break;
          }
        }
      }
    }
  }
  const goal = R * W + A;
  if (dist[goal] === -1) return whole();
  if (dist[goal] === 0) return [];
  // Walk back and group the steps that are not free into parts.
  const steps: (Step & { at: number })[] = [];
  for (let at = goal; at !== 0; at = via[at]!.from) steps.push({ ...via[at]!, at: via[at]!.from });
  steps.reverse();
  const parts: Unexplained[] = [];
  let open: (Unexplained & { pure: boolean; rules: Set<Rule> }) | undefined;
  for (const st of steps) {
    const i = Math.floor(st.at / W);
    const j = st.at % W;
    const free = st.how === 'rule' && st.rules.every((r) => input.rules.has(r));
    if (free) {
      if (open) parts.push(close(open));
      open = undefined;
      continue;
    }
    open ??= { srcStart: h.srcStart + i, srcEnd: h.srcStart + i, edStart: h.edStart + j, edEnd: h.edStart + j, missingRules: [], pure: true, rules: new Set() };
    open.srcEnd = h.srcStart + i + st.src;
    open.edEnd = h.edStart + j + st.ed;
    if (st.how === 'rule') for (const r of st.rules) open.rules.add(r);
    else open.pure = false;
  }
  if (open) parts.push(close(open));
  return parts;

  function close(o: Unexplained & { pure: boolean; rules: Set<Rule> }): Unexplained {
    return {
      srcStart: o.srcStart,
      srcEnd: o.srcEnd,
      edStart: o.edStart,
      edEnd: o.edEnd,
      missingRules: o.pure ? [...o.rules].filter((r) => !input.rules.has(r)) : [],
    };
  }
}

const rulesList = (rules: Iterable<Rule>) => [...rules].map((r) => `"${r}"`).join(', ');

/** At most this many trace problems are listed per edition; the rest are counted in one more line. */
export const maxTraceProblems = 40;

/**
 * The content model puts the keywords paragraph after the abstract, wherever the source prints it.
 * When the source has the same paragraph elsewhere, both are set aside before the diff.
 */
export function setAsideKeywords(
  src: readonly SourceToken[],
  ed: readonly EditionToken[],
  rules: ReadonlySet<Rule>,
): { src: readonly SourceToken[]; ed: readonly EditionToken[] } {
  const first = ed.findIndex((t) => t.keywords);
  if (first < 0) return { src, ed };
  let end = first;
  while (ed[end]?.keywords) end++;
  const kw = ed.slice(first, end);
  if (kw.length < 3) return { src, ed };
  outer: for (let i = 0; i + kw.length <= src.length; i++) {
    for (let k = 0; k < kw.length; k++) if (tokenRule(src[i + k]!, kw[k]!, 'body', rules) === undefined) continue outer;
    return { src: [...src.slice(0, i), ...src.slice(i + kw.length)], ed: [...ed.slice(0, first), ...ed.slice(end)] };
  }
  return { src, ed };
}

export function trace(input: TraceInput): Problem[] {
  const { src, ed } = setAsideKeywords(input.src, input.ed, input.rules);
  input = { ...input, src, ed };
  const problems: Problem[] = [];
  for (const hunk of diffHunks(src, ed, input.rules))
    for (const h of explainHunk(hunk, input)) {
      const removed = src.slice(h.srcStart, h.srcEnd);
      const added = ed.slice(h.edStart, h.edEnd);
      const srcLine = (removed[0] ?? src[h.srcStart - 1] ?? src[h.srcStart])?.line ?? 1;
      const edLine = (added[0] ?? ed[h.edStart - 1] ?? ed[h.edStart])?.line ?? 1;
      const before = joinTokens(ed.slice(Math.max(0, h.edStart - 4), h.edStart));
      const ruleFix = h.missingRules.length
        ? `add ${rulesList(h.missingRules)} to source.rules in ${input.articleFile} (the rule accounts for exactly this difference)`
        : undefined;

      if (added.length === 0) {
        const lines = [...new Set(removed.map((t) => t.line))];
        const whole = lines.every((l) => removed.filter((t) => t.line === l).length === input.perLine.get(l));
        if (whole) {
          const first = lines[0]!;
          const last = lines.at(-1)!;
          const headers = lines.every((l) => input.headerLines.has(l));
          problems.push({
            file: input.sourceFile,
            line: first,
            kind: 'trace-missing-lines',
            message: `source ${first === last ? `line ${first} is` : `lines ${first}–${last} are`} neither in ${input.editionFile} nor omitted: ${quote(joinTokens(removed))}`,
            fix:
              ruleFix ??
              (headers
                ? `add "running-headers" to source.rules in ${input.articleFile}`
                : `restore the text in ${input.editionFile} (near line ${edLine}), or add an omit entry with a reason to ${input.articleFile}`),
          });
          continue;
        }
        problems.push({
          file: input.editionFile,
          line: edLine,
          kind: 'trace-difference',
          message: `source text missing from the edition (${input.sourceFile}:${srcLine}): ${quote(joinTokens(removed))}${before ? ` after ${quote(before, 40)}` : ''}`,
          fix: ruleFix ?? `restore it, or record an emendation <Ann> with original ${quote(joinTokens(removed))} and the reading the edition shows`,
        });
        continue;
      }
      if (removed.length === 0) {
        problems.push({
          file: input.editionFile,
          line: edLine,
          kind: 'trace-difference',
          message: `edition text not in the source (${input.sourceFile}:${srcLine}): ${quote(joinTokens(added))}${before ? ` after ${quote(before, 40)}` : ''}`,
          fix: ruleFix ?? `delete it, or record an emendation <Ann> with original "" and reading ${quote(joinTokens(added))}`,
        });
        continue;
      }
      problems.push({
        file: input.editionFile,
        line: edLine,
        kind: 'trace-difference',
        message: `differs from the source (${input.sourceFile}:${srcLine}): source ${quote(joinTokens(removed))}, edition ${quote(joinTokens(added))}`,
        fix: ruleFix ?? `record an emendation <Ann> with original ${quote(joinTokens(removed))} and reading ${quote(joinTokens(added))}, or restore the source text`,
      });
    }
  if (problems.length <= maxTraceProblems) return problems;
  const shown = problems.slice(0, maxTraceProblems);
  const last = shown.at(-1)!;
  shown.push({
    file: input.editionFile,
    line: last.file === input.editionFile ? last.line : 1,
    kind: 'trace-difference',
    message: `${problems.length - maxTraceProblems} more differences from ${input.sourceFile} are not listed`,
    fix: `check that source.lines in ${input.articleFile} is the range of this article and that the edition follows it; fix the differences above first`,
  });
  return shown;
}
