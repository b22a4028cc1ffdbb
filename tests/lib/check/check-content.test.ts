/**
 * The content checker on fixture trees (tests/fixtures/check-content/{case}/content/…): `clean` is
 * one small article that passes every check; each other case is the same article with one kind of
 * problem, which must be reported at exactly this file and line, and nothing else.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/check/check-articles.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/check-content/', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const A = 'content/articles/doe-cultural-ties';
const S = 'content/sources/test.txt';

const check = (name: string) => checkContent(`${fixtures}${name}`);
const found = (name: string) => check(name).problems.map((p) => `${p.file}:${p.line} ${p.kind}`);

const expected: Record<string, string[]> = {
  clean: [],
  // 1. running header left in the body (and, since the rule drops it from the source, not traced)
  'running-header': [`${A}/en.mdx:45 running-header`, `${A}/en.mdx:45 trace-difference`],
  // 2. "his-tory", "coopera-tion" kept (the source prints them so: no trace difference)
  hyphenation: [`${A}/en.mdx:45 hyphenation`, `${A}/en.mdx:45 hyphenation`],
  // 3.
  'double-space': [`${A}/en.mdx:45 double-space`],
  // 4. a closing bracket dropped
  unbalanced: [`${A}/en.mdx:45 trace-difference`, `${A}/en.mdx:45 unbalanced`],
  // 5. Cyrillic а in "Kazakhstan"
  'mixed-script': [`${A}/en.mdx:39 mixed-script`, `${A}/en.mdx:39 trace-difference`],
  // 6. in the uz edition and in the display of a reference in Uzbek
  'uzbek-apostrophes': [`${A}/references.json:50 uzbek-apostrophe`, `${A}/uz.mdx:17 uzbek-apostrophe`],
  // 7. utm_source kept in the body and in a reference display
  'tracking-parameters': [`${A}/en.mdx:45 tracking-parameter`, `${A}/references.json:36 tracking-parameter`],
  // 8. [9] printed in the source, no reference 9
  'citation-unresolved': [`${A}/en.mdx:49 citation-unresolved`],
  // 9. reference 4 neither cited nor listed in citations.uncited / listed but not explained
  'reference-uncited': [`${A}/references.json:40 reference-uncited`],
  'uncited-note-missing': [`${A}/en.mdx:11 uncited-note-missing`],
  // 10. traceability
  'trace-difference': [`${A}/en.mdx:45 trace-difference`],
  'trace-missing-lines': [`${S}:19 trace-missing-lines`],
  'trace-rule-not-listed': [`${A}/en.mdx:4 trace-difference`],
  'omit-not-found': [`${A}/article.yaml:17 omit-not-found`],
  'source-uncovered': [`${S}:36 source-uncovered`],
  // 11. printed references, annotations, keywords
  'printed-not-found': [`${A}/references.json:24 printed-not-found`, `${S}:34 trace-missing-lines`],
  'ann-unknown-id': [`${A}/en.mdx:11 annotation-without-ann`, `${A}/en.mdx:47 ann-unknown-id`, `${A}/en.mdx:47 trace-difference`],
  'emendation-mismatch': [`${A}/en.mdx:47 emendation-reading-mismatch`],
  'keyword-missing': [`${A}/en.mdx:41 keyword-missing`],
};

describe('checkContent on fixture trees', () => {
  for (const [name, problems] of Object.entries(expected))
    it(`${name}: ${problems.length ? problems.join(', ') : 'no problems'}`, () => {
      expect(found(name)).toEqual(problems);
    });

  it('counts what it checked in the clean tree', () => {
    const r = check('clean');
    expect([r.articles, r.editions, r.traced]).toEqual([1, 2, 1]);
  });

  it('gives both readings, the source line and the fix for a trace difference', () => {
    const [p] = check('trace-difference').problems;
    expect(p!.message).toBe('differs from the source (content/sources/test.txt:11): source “neighbours”, edition “neighbors”');
    expect(p!.fix).toBe('record an emendation <Ann> with original “neighbours” and reading “neighbors”, or restore the source text');
  });

  it('names the unlisted rule that would account for a difference', () => {
    const [p] = check('trace-rule-not-listed').problems;
    expect(p!.message).toContain('source “CULTURAL TIES IN CENTRAL ASIA”, edition “Cultural Ties in Central Asia”');
    expect(p!.fix).toContain('add "title-case" to source.rules');
  });

  it('shows the missing source line', () => {
    const [p] = check('trace-missing-lines').problems;
    expect(p!.message).toContain('“The history of the treaty is short.”');
  });
});

describe('scripts/check-content.ts', () => {
  const cli = (name: string) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['scripts/check-content.ts', '--root', `${fixtures}${name}`], { cwd: repo, encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('exits 0 with a one-line summary on a clean tree', () => {
    const r = cli('clean');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^check:content: ok — 1 article\(s\), 2 edition\(s\), 1 traced to their source\n$/);
  });

  it('exits 1 and prints one `path:line: problem — fix: …` line per problem', () => {
    const r = cli('ann-unknown-id');
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^content\/articles\/doe-cultural-ties\/en\.mdx:\d+: .+ — fix: .+$/);
    expect(lines[1]).toBe(
      'content/articles/doe-cultural-ties/en.mdx:47: <Ann id="kazakhstan-typ"> names no annotation in the frontmatter — fix: add an annotation with id: kazakhstan-typ to the frontmatter, or fix the id',
    );
  });
});
