/**
 * Validates every article.yaml, edition frontmatter, references.json and glossary entry against the
 * schemas in src/content.config.ts, then the rules across files (src/lib/consistency.ts,
 * src/lib/load-glossary.ts). Each problem is printed with its file, field and fix; exit 1 when there is any.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleSchema, editionSchema, referenceSchema, type Article, type Edition } from '../src/content.config.ts';
import { describeIssues, readReferencesFile } from '../src/lib/load-references.ts';
import { checkConsistency, type Located } from '../src/lib/consistency.ts';
import { checkGlossary, readGlossaryFile, type GlossaryFile } from '../src/lib/load-glossary.ts';

const base = 'content/articles';
const problems: string[] = [];
const articles: Located<Article>[] = [];
const editions: Located<Edition>[] = [];
const references: Located<{ article: string; ids: string[] }>[] = [];

const attempt = (file: string, fn: () => void) => {
  try {
    fn();
  } catch (e) {
    const message = (e as Error).message;
    // YAML and JSON parsers do not know the file; every message must name it.
    problems.push(message.startsWith(file) ? message : `${file}: ${message.trim()} — fix the syntax (see docs/content-model.md)`);
  }
};

for (const slug of readdirSync(base).sort()) {
  const dir = join(base, slug);
  const meta = join(dir, 'article.yaml');
  if (existsSync(meta))
    attempt(meta, () => {
      const r = articleSchema.safeParse(parseYaml(readFileSync(meta, 'utf8')));
      if (!r.success) throw new Error(describeIssues(meta, '', r.error.issues));
      articles.push({ file: meta, data: r.data });
    });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const file = join(dir, f);
    attempt(file, () => {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
      if (!m) throw new Error(`${file}: no frontmatter block: start the file with --- … --- (see docs/content-model.md)`);
      const r = editionSchema.safeParse(parseYaml(m[1]!));
      if (!r.success) throw new Error(describeIssues(file, 'frontmatter', r.error.issues));
      editions.push({ file, data: r.data });
    });
  }
  const refs = join(dir, 'references.json');
  if (existsSync(refs))
    attempt(refs, () => references.push({ file: refs, data: { article: slug, ids: readReferencesFile(refs, referenceSchema).map((r) => r.id) } }));
}

const glossaryDir = 'content/glossary';
const glossary: GlossaryFile[] = [];
for (const name of readdirSync(glossaryDir).filter((f) => f.endsWith('.yaml')).sort()) {
  const file = join(glossaryDir, name);
  attempt(file, () => glossary.push({ file, entry: readGlossaryFile(file) }));
}

const sourceFiles = readdirSync('content/sources').filter((f) => f.endsWith('.txt'));
// Cross-file rules only make sense once every file parses; otherwise they repeat the same problem.
if (problems.length === 0) {
  problems.push(...checkConsistency({ articles, editions, references, sourceFiles }));
  problems.push(...checkGlossary(glossary));
  // Whether the paragraph exists needs the rendered edition: tests/content/glossary.test.ts checks that.
  const folders = readdirSync(base).filter((slug) => existsSync(join(base, slug, 'article.yaml')));
  for (const { file, entry } of glossary)
    entry.sources.forEach((s, i) => {
      if (!folders.includes(s.article))
        problems.push(
          `${file}: sources.${i}.article: no article "${s.article}" (no ${join(base, s.article, 'article.yaml')}); fix: use one of ${folders.join(', ')}`,
        );
    });
}

for (const p of problems) console.error(p);
console.log(problems.length ? `${problems.length} problem(s) in content/` : `content valid: ${articles.length} articles, ${editions.length} editions, ${glossary.length} glossary entries`);
process.exit(problems.length ? 1 : 0);
