/** Validates every article.yaml, edition frontmatter and references.json against the schemas. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleSchema, editionSchema, referenceSchema } from '../src/content.config.ts';
import { describeIssues, readReferencesFile } from '../src/lib/load-references.ts';

const base = 'content/articles';
let errors = 0;
for (const slug of readdirSync(base).sort()) {
  const dir = join(base, slug);
  const check = (fn: () => void) => {
    try { fn(); } catch (e) { errors++; console.error((e as Error).message); }
  };
  const meta = join(dir, 'article.yaml');
  if (existsSync(meta)) check(() => {
    const r = articleSchema.safeParse(parseYaml(readFileSync(meta, 'utf8')));
    if (!r.success) throw new Error(describeIssues(meta, '', r.error.issues));
  });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const file = join(dir, f);
    check(() => {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
      if (!m) throw new Error(`${file}: no frontmatter block`);
      const r = editionSchema.safeParse(parseYaml(m[1]!));
      if (!r.success) throw new Error(describeIssues(file, 'frontmatter', r.error.issues));
    });
  }
  const refs = join(dir, 'references.json');
  if (existsSync(refs)) check(() => readReferencesFile(refs, referenceSchema));
}
console.log(errors ? `${errors} file(s) invalid` : 'all content valid');
process.exit(errors ? 1 : 0);
