import { describe, it, expect } from 'vitest';
import { parseEditionBody, parseMdx, stringBlock, type AnnotationLike } from '../../../src/lib/check/parse-edition.ts';
import type { Rule } from '../../../src/lib/check/rules.ts';
import { tokenRule } from '../../../src/lib/check/rules.ts';
import { buildSourceTokens, type OmitEntry } from '../../../src/lib/check/source-text.ts';
import { editionTokens, trace } from '../../../src/lib/check/trace.ts';
import { tokenize } from '../../../src/lib/check/tokenize.ts';

interface Case {
  source: string[];
  /** The .mdx body; the file gets a 3-line frontmatter, so body line 1 is file line 4. */
  body: string;
  title?: string;
  rules?: Rule[];
  omit?: OmitEntry[];
  runningHeaders?: string[];
  annotations?: AnnotationLike[];
}

function run(c: Case) {
  const rules = new Set<Rule>(c.rules ?? []);
  const src = buildSourceTokens({
    lines: c.source,
    range: [1, c.source.length],
    omit: c.omit ?? [],
    runningHeaders: c.runningHeaders ?? [],
    dropRunningHeaders: rules.has('running-headers'),
    printed: [],
  });
  const { tree } = parseMdx(`---\nx: 1\n---\n${c.body}`);
  const body = parseEditionBody(tree, new Map((c.annotations ?? []).map((a) => [a.id, a])));
  const blocks = c.title === undefined ? body.blocks : [stringBlock('title', c.title, c.title, 2), ...body.blocks];
  return trace({
    sourceFile: 'src.txt',
    editionFile: 'en.mdx',
    articleFile: 'article.yaml',
    src: src.tokens,
    perLine: src.perLine,
    headerLines: src.headerLines,
    ed: editionTokens(blocks),
    rules,
    omittedLabels: (c.omit ?? []).flatMap((o) => (o.text ? [{ tokens: tokenize(o.text), lines: o.lines }] : [])),
  });
}
const brief = (ps: ReturnType<typeof run>) => ps.map((p) => `${p.file}:${p.line} ${p.kind}`);

describe('trace', () => {
  it('accepts an edition that differs only in whitespace, Markdown and block boundaries', () => {
    expect(run({ source: ['Keywords: soft power, trust.', '', 'The text goes', '', 'on after a page break.'], body: '**Keywords:** soft power, trust.\n\nThe text   goes on after a page break.\n' })).toEqual([]);
  });

  it('reports a changed word with the edition line, the source line and both readings', () => {
    const ps = run({ source: ['First line.', '', 'Trust between neighbours grows.'], body: 'First line.\n\nTrust between neighbors grows.\n' });
    expect(brief(ps)).toEqual(['en.mdx:6 trace-difference']);
    expect(ps[0]!.message).toContain('(src.txt:3)');
    expect(ps[0]!.message).toContain('source “neighbours”, edition “neighbors”');
    expect(ps[0]!.fix).toContain('record an emendation <Ann>');
  });

  it('reports text added to the edition and text missing from part of a line', () => {
    expect(brief(run({ source: ['A short sentence.'], body: 'A very short sentence.\n' }))).toEqual(['en.mdx:4 trace-difference']);
    const missing = run({ source: ['A very short sentence.'], body: 'A short sentence.\n' });
    expect(brief(missing)).toEqual(['en.mdx:4 trace-difference']);
    expect(missing[0]!.message).toContain('source text missing from the edition (src.txt:1): “very”');
  });

  it('reports whole source lines that are neither in the edition nor omitted, at the source line', () => {
    const ps = run({ source: ['One.', '', 'Two.', '', 'Three.'], body: 'One.\n\nThree.\n' });
    expect(brief(ps)).toEqual(['src.txt:3 trace-missing-lines']);
    expect(ps[0]!.message).toContain('“Two.”');
    expect(run({ source: ['One.', '', 'Two.'], body: 'One.\n', omit: [{ lines: [3, 3], reason: 'not text' }] })).toEqual([]);
  });

  it('joins hyphenation breaks (in a line and across lines) only under the hyphenation rule', () => {
    const inLine = { source: ['Ресей тарихи сабақтас-тыққа сүйенеді.'], body: 'Ресей тарихи сабақтастыққа сүйенеді.\n' };
    expect(run({ ...inLine, rules: ['hyphenation'] })).toEqual([]);
    const without = run(inLine);
    expect(brief(without)).toEqual(['en.mdx:4 trace-difference']);
    expect(without[0]!.fix).toContain('add "hyphenation" to source.rules');
    expect(run({ source: ['the insti-', '', 'tution works'], body: 'the institution works\n', rules: ['hyphenation'] })).toEqual([]);
  });

  it('does not let the hyphenation rule join words that the edition changed', () => {
    expect(brief(run({ source: ['a sabaq-tas word'], body: 'a sabaqtos word\n', rules: ['hyphenation'] }))).toEqual(['en.mdx:4 trace-difference']);
  });

  it('accepts a run-in label set as a heading (its colon dropped, or the label omitted by an omit text)', () => {
    const source = ['Introduction: In the current era.'];
    expect(run({ source, body: '## Introduction\n\nIn the current era.\n', rules: ['run-in-headings'] })).toEqual([]);
    const without = run({ source, body: '## Introduction\n\nIn the current era.\n' });
    expect(brief(without)).toEqual(['en.mdx:4 trace-difference']);
    expect(without[0]!.fix).toContain('"run-in-headings"');
    const omit = [{ lines: [1, 1] as [number, number], text: 'Introduction:', reason: 'label' }];
    expect(run({ source, body: '## Introduction\n\nIn the current era.\n', rules: ['run-in-headings'], omit })).toEqual([]);
    // the colon may only be dropped after a heading
    expect(brief(run({ source, body: 'Introduction In the current era.\n', rules: ['run-in-headings'] }))).toEqual(['en.mdx:4 trace-difference']);
  });

  it('accepts case changes only in the title and headings, under title-case', () => {
    const source = ['CULTURAL TIES', '', 'METHODS', '', 'The METHODS are simple.'];
    expect(run({ source, title: 'Cultural Ties', body: '## Methods\n\nThe METHODS are simple.\n', rules: ['title-case'] })).toEqual([]);
    const body = run({ source, title: 'Cultural Ties', body: '## Methods\n\nThe Methods are simple.\n', rules: ['title-case'] });
    expect(brief(body)).toEqual(['en.mdx:6 trace-difference']);
    const title = run({ source, title: 'Cultural Ties', body: '## METHODS\n\nThe METHODS are simple.\n' });
    expect(brief(title)).toEqual(['en.mdx:2 trace-difference']);
    expect(title[0]!.message).toContain('source “CULTURAL TIES”, edition “Cultural Ties”');
  });

  it('accepts Uzbek apostrophes, tracking parameters and escaped underscores only under their rules', () => {
    const source = ["O'zbekiston ta’lim https://x.uz/a\\_b?id=1&utm_source=chatgpt.com&fbclid=9."];
    const body = 'Oʻzbekiston taʼlim https://x.uz/a_b?id=1.\n';
    expect(run({ source, body, rules: ['uzbek-apostrophes', 'tracking-parameters', 'escaped-underscores'] })).toEqual([]);
    const ps = run({ source, body, rules: ['uzbek-apostrophes'] });
    expect(brief(ps)).toEqual(['en.mdx:4 trace-difference']);
    expect(ps[0]!.fix).toContain('"escaped-underscores", "tracking-parameters"');
    // oʻ takes U+02BB, never the tutuq U+02BC
    expect(brief(run({ source: ["O'zbekiston"], body: 'Oʼzbekiston\n', rules: ['uzbek-apostrophes'] }))).toEqual(['en.mdx:4 trace-difference']);
  });

  it('drops running-header lines under running-headers and reports them otherwise', () => {
    const source = ['and the', '', 'Test Journal of Studies', '', 'exchange grows.'];
    const c = { source, body: 'and the exchange grows.\n', runningHeaders: ['Test Journal of Studies'] };
    expect(run({ ...c, rules: ['running-headers'] })).toEqual([]);
    const ps = run(c);
    expect(brief(ps)).toEqual(['src.txt:3 trace-missing-lines']);
    expect(ps[0]!.fix).toContain('"running-headers"');
  });

  it('traces an emendation by its original, and an unrecoverable passage by its text', () => {
    const annotations: AnnotationLike[] = [
      { id: 'typo', kind: 'emendation', at: 'text', original: 'Kazakhstsn and', reading: 'Kazakhstan and' },
      { id: 'lost', kind: 'unrecoverable', at: 'text', original: 'Hиstory' },
    ];
    const source = ['In Kazakhstsn and Hиstory.'];
    expect(run({ source, body: 'In <Ann id="typo">Kazakhstan and</Ann> <Ann id="lost">Hиstory</Ann>.\n', annotations })).toEqual([]);
    // without the annotation the emended text is a difference
    expect(brief(run({ source, body: 'In <Ann id="other">Kazakhstan and</Ann> Hиstory.\n', annotations }))).toEqual(['en.mdx:4 trace-difference']);
  });

  it('accepts the keywords paragraph after the abstract when the source prints it before, but no other move', () => {
    const source = ['Keywords: Central Asia, diplomacy.', '', 'Abstract. The article analyzes things.', '', 'Other words here.'];
    const moved = '## Abstract\n\nThe article analyzes things.\n\n**Keywords:** Central Asia, diplomacy.\n\nOther words here.\n';
    expect(run({ source, body: moved, rules: ['run-in-headings'] })).toEqual([]);
    const other = '## Abstract\n\nOther words here.\n\nThe article analyzes things.\n\n**Keywords:** Central Asia, diplomacy.\n';
    expect(brief(run({ source, body: other, rules: ['run-in-headings'] }))).toEqual(['en.mdx:6 trace-difference', 'src.txt:5 trace-missing-lines']);
  });

  it('reports only the part of a hunk that the listed rules do not account for', () => {
    const ps = run({ source: ['METHODS', '', 'The old text.'], body: '## Methods\n\nThe new text.\n', rules: ['title-case'] });
    expect(brief(ps)).toEqual(['en.mdx:6 trace-difference']);
    expect(ps[0]!.message).toContain('source “old”, edition “new”');
  });
});

describe('tokenRule', () => {
  const t = (text: string) => tokenize(text)[0]!;
  it('names the rules that make two tokens the same', () => {
    const all = new Set<Rule>(['uzbek-apostrophes', 'title-case', 'tracking-parameters', 'escaped-underscores']);
    expect(tokenRule(t('same'), t('same'), 'body', all)).toEqual([]);
    expect(tokenRule(t("g'oya"), t('gʻoya'), 'body', all)).toEqual(['uzbek-apostrophes']);
    expect(tokenRule(t('METHODS'), t('Methods'), 'heading', all)).toEqual(['title-case']);
    expect(tokenRule(t('METHODS'), t('Methods'), 'body', all)).toBeUndefined();
    expect(tokenRule(t('https://a.uz/x\\_y?utm_medium=x'), t('https://a.uz/x_y'), 'body', all)).toEqual(['escaped-underscores', 'tracking-parameters']);
    expect(tokenRule(t("g'oya"), t('gʻoya'), 'body', new Set())).toBeUndefined();
  });
});
