/**
 * Bad input fails the build with one clear message naming the file and the fix — never a
 * half-built site. Each case breaks one file in a throwaway copy of the project and runs
 * `npm run build` there (content checks, then Astro).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, symlinkSync, existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseMdx } from '../../src/lib/check/parse-edition.ts';
import { parseLedger } from '../../src/lib/anchors.ts';

const slug = 'ustemirova-cultural-humanitarian-cooperation-geopolitical-competition';

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'scripts', 'public', 'urls', 'csl'])
    cpSync(f, join(dir, f), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

function build(dir: string) {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, built: existsSync(join(dir, 'dist', 'index.html')) };
}

/** The 0-based line ranges of the top-level paragraphs of an edition, in order. */
function paragraphLines(mdx: string): [number, number][] {
  return (parseMdx(mdx).tree.children ?? []).filter((n) => n.type === 'paragraph').map((n) => [n.position!.start.line - 1, n.position!.end.line - 1]);
}

function breakFile(dir: string, file: string, edit: (s: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

describe('bad input fails the build with the file and the fix', { timeout: 120_000 }, () => {
  let pristine: ReturnType<typeof build>;
  beforeAll(() => {
    pristine = build(copyProject());
  }, 120_000);

  it('the unbroken copy builds (so the failures below are the breakage, not the copy)', () => {
    expect(pristine.status, pristine.output).toBe(0);
    expect(pristine.built).toBe(true);
  });

  it('malformed frontmatter', () => {
    const dir = copyProject();
    breakFile(dir, `content/articles/${slug}/en.mdx`, (s) => s.replace('provenance: original', 'provenance: [original'));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.built).toBe(false);
    expect(r.output).toContain(`content/articles/${slug}/en.mdx: `);
    expect(r.output).toMatch(/fix the syntax/);
  });

  it('a frontmatter field of the wrong form', () => {
    const dir = copyProject();
    breakFile(dir, `content/articles/${slug}/article.yaml`, (s) => s.replace(/^originalLanguage: en$/m, 'originalLanguage: english'));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(`content/articles/${slug}/article.yaml:  field "originalLanguage": must be one of en, ru, kk, uz`);
  });

  it('broken CSL-JSON', () => {
    const dir = copyProject();
    breakFile(dir, `content/articles/${slug}/references.json`, (s) => s.replace(/\]\s*$/, ''));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.built).toBe(false);
    expect(r.output).toMatch(new RegExp(`content/articles/${slug}/references.json: not valid JSON .*Fix the syntax; the file must be a CSL-JSON array`));
  });

  it('a citation marker with no reference', () => {
    const dir = copyProject();
    breakFile(dir, `content/articles/${slug}/en.mdx`, (s) => s.replace('diplomatic resources [12].', 'diplomatic resources [12], [42].'));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.built).toBe(false);
    expect(r.output).toMatch(new RegExp(`content/articles/${slug}/en.mdx:\\d+: .*\\[42\\].*fix:`, 's'));
  });

  it('an annotation id that does not exist', () => {
    const dir = copyProject();
    breakFile(dir, `content/articles/${slug}/en.mdx`, (s) => s.replace('<Ann id="rossotrudnichestvo">', '<Ann id="rossotrudnichestvoo">'));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.built).toBe(false);
    expect(r.output).toContain('rossotrudnichestvoo');
    expect(r.output).toContain(`content/articles/${slug}/en.mdx`);
  });

  it('an unknown glossary id', () => {
    const dir = copyProject();
    breakFile(dir, 'content/glossary/soft-power.yaml', (s) => s.replace('related: [public-diplomacy,', 'related: [public-diplomcy,'));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.built).toBe(false);
    expect(r.output).toContain('content/glossary/soft-power.yaml: related: unknown glossary id "public-diplomcy"; fix:');
  });

  // Two full builds (each with the search index): a longer limit, like the anchors case below.
  it('a published URL that disappears; with a redirect it builds, and the old URL leads to the new one', { timeout: 240_000 }, () => {
    const dir = copyProject();
    rmSync(join(dir, 'src/pages/[lang]/glossary/by-type'), { recursive: true });
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('urls/manifest.txt: /en/glossary/by-type/ is no longer built; published URLs never break: add a redirect to urls/redirects.yaml');
    writeFileSync(
      join(dir, 'urls/redirects.yaml'),
      ['en', 'ru', 'kz', 'uz'].map((l) => `"/${l}/glossary/by-type/": "/${l}/glossary/"`).join('\n') + '\n',
    );
    const fixed = build(dir);
    expect(fixed.status, fixed.output).toBe(0);
    const page = readFileSync(join(dir, 'dist/ru/glossary/by-type/index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/ru/glossary/">');
    expect(readFileSync(join(dir, 'dist/_redirects'), 'utf8')).toContain('/ru/glossary/by-type/ /ru/glossary/ 301');
  });

  it('a paragraph id given twice', () => {
    const dir = copyProject();
    breakFile(dir, `content/articles/${slug}/en.mdx`, (s) => s.replace(/^The analysis was conducted in three stages/m, '<Anchor id="p-3" /> $&'));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.built).toBe(false);
    expect(r.output).toMatch(new RegExp(`content/articles/${slug}/en.mdx:\\d+`));
    expect(r.output).toContain('Paragraph id "p-3" occurs twice; every block needs its own id');
    expect(r.output).toContain('Fix: if this is a new or split paragraph, give it a letter id, <Anchor id="p-3a" />');
  });

  // Two builds.
  it('a paragraph deleted from every edition loses a published anchor; with <Anchor id also> the ids are kept and it builds', { timeout: 240_000 }, () => {
    const dir = copyProject();
    const langs = ['en', 'ru', 'kk', 'uz'];
    const editions = langs.map((l) => `content/articles/${slug}/${l}.mdx`);
    const published = parseLedger(readFileSync('urls/anchors.yaml', 'utf8')).get(slug)!;
    const last = published.at(-1)!;
    // The paragraph, found by its text in the canonical edition and by its place in the others.
    const en = readFileSync(join(dir, editions[0]!), 'utf8');
    const k = paragraphLines(en).findIndex(([from]) => en.split('\n')[from]!.startsWith('The analysis was conducted in three stages'));
    expect(k).toBeGreaterThan(0);
    const source = readFileSync(join(dir, 'content/sources/003_a7e4db10b822936a.txt'), 'utf8').split('\n');
    const sourceLine = source.findIndex((l) => l.startsWith('The analysis was conducted in three stages')) + 1;
    for (const file of editions)
      breakFile(dir, file, (s) => {
        const lines = s.split('\n');
        const [from, to] = paragraphLines(s)[k]!;
        lines.splice(from, to - from + 2);
        return lines.join('\n');
      });
    // A deletion is an editorial decision the source check must know about.
    breakFile(dir, `content/articles/${slug}/article.yaml`, (s) =>
      s.replace('  omit:\n', `  omit:\n    - lines: [${sourceLine}, ${sourceLine}]\n      reason: "Deleted to test that paragraph anchors survive a deletion."\n`),
    );
    const r = build(dir);
    expect(r.status).not.toBe(0);
    // Every later paragraph moved up one number, so the id that disappears is the last one.
    expect(r.output).toContain(`${editions.join(', ')}: published paragraph anchor(s) #${last} (urls/anchors.yaml) no longer on the page`);
    expect(r.output).toContain('give the first paragraph whose number changed its published id, and keep the deleted paragraph\'s id on it as a retired id: <Anchor id="p-6" also="p-5" />');

    // The failed build shows the renumbering: the successor now has the deleted paragraph's id.
    const [next] = paragraphLines(en)[k + 1]!;
    const opening = en.split('\n')[next]!.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const moved = new RegExp(`<p id="(p-\\d+)" class="block"><a class="block-link"[^>]*>\\d+</a>${opening}`).exec(readFileSync(join(dir, `dist/en/articles/${slug}/index.html`), 'utf8'));
    expect(moved, opening).not.toBeNull();
    const deleted = moved![1]!;
    const successor = `p-${Number(deleted.slice(2)) + 1}`;
    expect(published).toContain(successor);
    for (const file of editions)
      breakFile(dir, file, (s) => {
        const lines = s.split('\n');
        const [from] = paragraphLines(s)[k]!;
        lines[from] = `<Anchor id="${successor}" also="${deleted}" /> ${lines[from]}`;
        return lines.join('\n');
      });
    const fixed = build(dir);
    expect(fixed.status, fixed.output).toBe(0);
    const page = readFileSync(join(dir, `dist/ru/articles/${slug}/index.html`), 'utf8');
    expect(page).toMatch(new RegExp(`<p id="${successor}" class="block"><a class="block-link" href="#${successor}"[^>]*>${successor.slice(2)}</a><span class="block-anchor" id="${deleted}"></span>`));
    expect(page).toContain(`id="${last}"`);
  });
});
