/**
 * Runs every content check on the article trees under `{root}/content/articles/`:
 * leftovers (running headers, hyphenation, spaces, quotes and brackets, mixed scripts, Uzbek
 * apostrophes, tracking parameters), citations and references, annotations and keywords on every
 * edition; the traceability check on canonical editions (provenance: original); printed references
 * and the reference display once per article.
 */
import type { Reference } from '../../content.config.ts';
import { checkAnnotations, checkKeywords } from './annotations.ts';
import { checkCitations } from './citations.ts';
import { checkHyphenation, standaloneWords } from './hyphenation.ts';
import {
  checkBalance,
  checkDoubleSpaces,
  checkedBlock,
  checkMixedScript,
  checkRunningHeaders,
  checkUrls,
  checkUzbekApostrophes,
  type Checked,
} from './lint-text.ts';
import { loadArticles, type LoadedArticle, type LoadedEdition } from './load-edition.ts';
import { parseEditionBody, stringBlock, type AnnotationLike, type TextBlock } from './parse-edition.ts';
import { quote, sortProblems, type Problem } from './report.ts';
import { hasTracking, stripTracking, type Rule } from './rules.ts';
import { buildSourceTokens, locatePrinted, stripSourceMarkup, type SourceTrace } from './source-text.ts';
import { tokenize } from './tokenize.ts';
import { editionTokens, trace } from './trace.ts';

export interface CheckResult {
  problems: Problem[];
  articles: number;
  editions: number;
  /** Canonical editions traced to their source. */
  traced: number;
}

export function checkContent(root: string): CheckResult {
  const { articles, problems } = loadArticles(root);
  let editions = 0;
  let traced = 0;
  for (const a of articles) {
    const source = a.article && a.sourceLines ? sourceChecks(a, problems) : undefined;
    if (a.article && a.sourceLines) printedChecks(a, problems);
    displayChecks(a, problems);
    for (const e of a.editions) {
      editions++;
      if (editionChecks(a, e, source, problems)) traced++;
    }
  }
  problems.push(...coverageChecks(articles));
  return { problems: sortProblems(problems), articles: articles.length, editions, traced };
}

/**
 * Every non-blank line of a source file that some article uses lies in some article's range
 * (what is not edition text is omitted inside the range, with a reason).
 */
function coverageChecks(articles: readonly LoadedArticle[]): Problem[] {
  const out: Problem[] = [];
  const files = new Map<string, { lines: string[]; ranges: [number, number][]; articles: string[] }>();
  for (const a of articles) {
    if (!a.article || !a.sourceLines || !a.sourceFile) continue;
    const f = files.get(a.sourceFile) ?? { lines: a.sourceLines, ranges: [], articles: [] };
    f.ranges.push(a.article.source.lines);
    f.articles.push(a.articleFile);
    files.set(a.sourceFile, f);
  }
  for (const [file, f] of files) {
    let run: number[] = [];
    const flush = () => {
      if (!run.length) return;
      const [first, last] = [run[0]!, run.at(-1)!];
      out.push({
        file,
        line: first,
        kind: 'source-uncovered',
        message: `source ${first === last ? `line ${first} lies` : `lines ${first}–${last} lie`} outside every article's source.lines (${f.articles.join(', ')}): ${quote(f.lines[first - 1] ?? '', 60)}`,
        fix: 'extend the range of the article the text belongs to (omitting, with a reason, what is not edition text)',
      });
      run = [];
    };
    f.lines.forEach((text, i) => {
      const line = i + 1;
      const covered = f.ranges.some(([a, b]) => a <= line && line <= b);
      if (!covered && text.trim() !== '') run.push(line);
      else if (covered) flush();
    });
    flush();
  }
  return out;
}

/** Builds the traced source tokens and reports omit/runningHeaders entries that match nothing. */
function sourceChecks(a: LoadedArticle, problems: Problem[]): SourceTrace {
  const art = a.article!;
  const lines = a.sourceLines!;
  const [first, last] = art.source.lines;
  if (last > lines.length)
    problems.push({
      file: a.articleFile,
      line: a.loc.line(['source', 'lines']),
      kind: 'unreadable',
      message: `source.lines [${first}, ${last}] goes past the end of ${a.sourceFile} (${lines.length} lines)`,
      fix: 'give the article’s real line range',
    });
  const printed = a.references.flatMap((r) => r.custom.printed.map((p) => ({ id: r.id, line: p.line, text: p.text })));
  const src = buildSourceTokens({
    lines,
    range: art.source.lines,
    omit: art.source.omit,
    runningHeaders: art.source.runningHeaders,
    dropRunningHeaders: art.source.rules.includes('running-headers'),
    printed,
  });
  for (const i of src.omitTextNotFound) {
    const o = art.source.omit[i]!;
    problems.push({
      file: a.articleFile,
      line: a.loc.line(['source', 'omit', i, 'text']),
      kind: 'omit-not-found',
      message: `omit text ${quote(o.text ?? '')} does not occur on source lines ${o.lines[0]}–${o.lines[1]} of ${a.sourceFile}`,
      fix: 'copy the text exactly as the source line prints it, or fix the lines',
    });
  }
  for (const i of src.headersUnused)
    problems.push({
      file: a.articleFile,
      line: a.loc.line(['source', 'runningHeaders', i]),
      kind: 'omit-not-found',
      message: `runningHeaders entry ${quote(art.source.runningHeaders[i] ?? '')} matches no whole line in source lines ${first}–${last}`,
      fix: 'copy the header line exactly as printed, or remove the entry',
    });
  return src;
}

/** Check 11: each custom.printed text occurs on its stated source line. */
function printedChecks(a: LoadedArticle, problems: Problem[]) {
  const lines = a.sourceLines!;
  a.references.forEach((r, n) =>
    r.custom.printed.forEach((p, k) => {
      const i = a.referenceIndex[n]!;
      const raw = lines[p.line - 1];
      if (raw !== undefined && locatePrinted(tokenize(stripSourceMarkup(raw)), p.text)) return;
      problems.push({
        file: a.referencesFile,
        line: a.refsLoc.line([i, 'custom', 'printed', k, 'text']),
        kind: 'printed-not-found',
        message: `reference "${r.id}": the printed text ${quote(p.text, 60)} does not occur on ${a.sourceFile}:${p.line}${raw === undefined ? ' (no such line)' : ''}`,
        fix: 'copy the reference exactly as the source prints it and give its line',
      });
    }),
  );
}

/** Reference display: doubled spaces, URLs, mixed scripts, Uzbek apostrophes (references in Uzbek). */
function displayChecks(a: LoadedArticle, problems: Problem[]) {
  const acknowledged = new Set(
    a.editions.flatMap((e) => e.data.annotations.filter((n) => n.at === 'references' && n.reference).map((n) => n.reference!)),
  );
  a.references.forEach((r: Reference, k) => {
    const i = a.referenceIndex[k]!;
    const line = a.refsLoc.line([i, 'custom', 'display']);
    const c: Checked = { file: a.referencesFile, text: r.custom.display, lineOf: () => line };
    problems.push(...checkDoubleSpaces(c), ...checkUrls(c));
    if (!acknowledged.has(r.id)) problems.push(...checkMixedScript(c));
    if (r.language?.toLowerCase().startsWith('uz')) problems.push(...checkUzbekApostrophes(c));
    if (r.URL !== undefined && hasTracking(r.URL))
      problems.push({
        file: a.referencesFile,
        line: a.refsLoc.line([i, 'URL']),
        kind: 'tracking-parameter',
        message: `reference "${r.id}": URL with tracking parameters: ${quote(r.URL)}`,
        fix: `write ${quote(stripTracking(r.URL))}`,
      });
  });
}

/** Title with every at: title emendation reversed (reading → original), for the trace. */
export function titleAsPrinted(title: string, annotations: readonly AnnotationLike[]): string {
  let t = title;
  for (const a of annotations)
    if (a.at === 'title' && a.kind === 'emendation' && a.reading !== undefined && a.original !== undefined && t.includes(a.reading))
      t = t.replace(a.reading, a.original);
  return t;
}

/** All checks of one edition; returns whether it was traced. */
function editionChecks(a: LoadedArticle, e: LoadedEdition, source: SourceTrace | undefined, problems: Problem[]): boolean {
  const annotations = e.data.annotations as AnnotationLike[];
  const byId = new Map(annotations.map((n) => [n.id, n]));
  const body = parseEditionBody(e.tree, byId);
  const titleLine = e.fm.line(['title']);
  const blocks: TextBlock[] = [stringBlock('title', e.data.title, titleAsPrinted(e.data.title, annotations), titleLine), ...body.blocks];
  const unrecoverable = new Set(annotations.filter((n) => n.kind === 'unrecoverable').map((n) => n.id));
  const vocabulary = standaloneWords(blocks.map((b) => b.text));
  const canonical = e.data.provenance === 'original';
  const art = a.article;

  for (const b of blocks) {
    const c = checkedBlock(e.file, b, unrecoverable, canonical);
    problems.push(
      ...checkRunningHeaders(c, art?.source.runningHeaders ?? []),
      ...checkDoubleSpaces(c),
      ...checkBalance(c),
      ...checkMixedScript(c),
      ...checkUrls(c),
      ...checkHyphenation(c, vocabulary),
    );
    if (e.data.lang === 'uz') problems.push(...checkUzbekApostrophes(c));
  }
  problems.push(
    ...checkAnnotations({ editionFile: e.file, annotations, annElements: body.annElements, title: e.data.title, fmLine: (p) => e.fm.line(p) }),
    ...checkKeywords({ editionFile: e.file, keywords: e.data.keywords, blocks, keywordsLine: e.fm.line(['keywords']) }),
  );
  if (art)
    problems.push(
      ...checkCitations({
        editionFile: e.file,
        articleFile: a.articleFile,
        referencesFile: a.referencesFile,
        blocks,
        annotations: byId,
        map: art.citations.map,
        uncited: art.citations.uncited,
        references: a.references,
        referenceLine: (id) => a.refsLoc.line([a.referenceIndex[a.references.findIndex((r) => r.id === id)] ?? 0, 'id']),
        uncitedLine: a.loc.line(['citations', 'uncited']),
        annotationsLine: e.fm.line(['annotations']),
        referencesComplete: a.referencesOk,
      }),
    );

  if (!canonical || !art || !source || !a.sourceFile) return false;
  const omittedLabels = art.source.omit.flatMap((o) =>
    o.text === undefined ? [] : [{ tokens: tokenize(stripSourceMarkup(o.text)), lines: o.lines }],
  );
  problems.push(
    ...trace({
      sourceFile: a.sourceFile,
      editionFile: e.file,
      articleFile: a.articleFile,
      src: source.tokens,
      perLine: source.perLine,
      headerLines: source.headerLines,
      ed: editionTokens(blocks),
      rules: new Set<Rule>(art.source.rules),
      omittedLabels,
    }),
  );
  return true;
}
