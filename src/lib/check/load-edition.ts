/**
 * Loads every article tree under `{root}/content/articles/`: article.yaml, references.json and the
 * editions ({lang}.mdx), validated with the content schemas, plus the article's raw source file.
 * A file that cannot be read or does not match its schema becomes one `unreadable` problem (the
 * schema validator, scripts/validate-content.ts, gives the details) and its checks are skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleSchema, editionSchema, referenceSchema, type Article, type Edition, type Reference } from '../../content.config.ts';
import { Locator } from './positions.ts';
import { parseMdx } from './parse-edition.ts';
import type { Problem } from './report.ts';

export interface LoadedEdition {
  file: string;
  raw: string;
  data: Edition;
  /** Lines of frontmatter fields. */
  fm: Locator;
  tree: ReturnType<typeof parseMdx>['tree'];
}

export interface LoadedArticle {
  slug: string;
  articleFile: string;
  article: Article | undefined;
  loc: Locator;
  referencesFile: string;
  references: Reference[];
  /** Index of each of `references` in the references.json array (for line numbers). */
  referenceIndex: number[];
  /** False when references.json is unreadable or has invalid items (uncited checks are then skipped). */
  referencesOk: boolean;
  refsLoc: Locator;
  editions: LoadedEdition[];
  sourceFile: string | undefined;
  sourceLines: string[] | undefined;
}

const unreadable = (file: string, line: number, message: string, fix: string): Problem => ({ file, line, kind: 'unreadable', message, fix });

const schemaFix = 'run `node scripts/validate-content.ts` and fix what it reports';

function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const i = issues[0];
  if (!i) return 'does not match the schema';
  return `${i.path.length ? `field "${i.path.map(String).join('.')}": ` : ''}${i.message}`;
}

export function loadArticles(root: string): { articles: LoadedArticle[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const articles: LoadedArticle[] = [];
  const base = join(root, 'content', 'articles');
  if (!existsSync(base)) return { articles, problems };
  for (const slug of readdirSync(base).sort()) {
    const dirAbs = join(base, slug);
    if (!statSync(dirAbs).isDirectory()) continue;
    const dir = `content/articles/${slug}`;
    const articleFile = `${dir}/article.yaml`;
    const referencesFile = `${dir}/references.json`;
    let article: Article | undefined;
    let loc = new Locator('');
    if (existsSync(join(root, articleFile))) {
      const text = readFileSync(join(root, articleFile), 'utf8');
      loc = new Locator(text);
      try {
        const r = articleSchema.safeParse(parseYaml(text));
        if (r.success) article = r.data;
        else problems.push(unreadable(articleFile, loc.line(r.error.issues[0]?.path.map((p) => (typeof p === 'number' ? p : String(p))) ?? []), `article.yaml does not match the schema (${firstIssue(r.error.issues)}); its edition checks are skipped`, schemaFix));
      } catch (e) {
        problems.push(unreadable(articleFile, 1, `article.yaml is not valid YAML (${(e as Error).message.split('\n')[0]})`, 'fix the YAML syntax'));
      }
    } else problems.push(unreadable(articleFile, 1, `no article.yaml in ${dir}/`, 'add it (see docs/content-model.md)'));

    let references: Reference[] = [];
    const referenceIndex: number[] = [];
    // No references.json means no references (a complete, empty list).
    let referencesOk = !existsSync(join(root, referencesFile));
    let refsLoc = new Locator('');
    if (!referencesOk) {
      const text = readFileSync(join(root, referencesFile), 'utf8');
      refsLoc = new Locator(text);
      try {
        const parsed: unknown = JSON.parse(text);
        if (!Array.isArray(parsed)) throw new Error('not a JSON array');
        const items: Reference[] = [];
        parsed.forEach((item, i) => {
          const r = referenceSchema.safeParse(item);
          if (r.success) {
            items.push(r.data);
            referenceIndex.push(i);
          }
          else problems.push(unreadable(referencesFile, refsLoc.line([i]), `reference item ${i + 1} does not match the schema (${firstIssue(r.error.issues)})`, schemaFix));
        });
        references = items;
        referencesOk = items.length === parsed.length;
      } catch (e) {
        problems.push(unreadable(referencesFile, 1, `references.json is not a valid CSL-JSON array (${(e as Error).message})`, 'fix the JSON syntax'));
      }
    }

    const editions: LoadedEdition[] = [];
    for (const name of readdirSync(dirAbs).filter((f) => f.endsWith('.mdx')).sort()) {
      const file = `${dir}/${name}`;
      const raw = readFileSync(join(root, file), 'utf8');
      let parsed: ReturnType<typeof parseMdx>;
      try {
        parsed = parseMdx(raw);
      } catch (e) {
        const err = e as Error & { line?: number; place?: { line?: number; start?: { line?: number } } };
        const line = err.line ?? err.place?.line ?? err.place?.start?.line ?? 1;
        problems.push(unreadable(file, line, `the MDX does not parse (${err.message.split('\n')[0]})`, 'fix the MDX syntax (escape { } < as \\{ \\} \\<)'));
        continue;
      }
      if (parsed.yaml === undefined) {
        problems.push(unreadable(file, 1, 'no frontmatter', 'start the file with a --- … --- block (see docs/content-model.md)'));
        continue;
      }
      const fm = new Locator(parsed.yaml, parsed.yamlLine);
      try {
        const r = editionSchema.safeParse(parseYaml(parsed.yaml));
        if (!r.success) {
          problems.push(unreadable(file, fm.line(r.error.issues[0]?.path.map((p) => (typeof p === 'number' ? p : String(p))) ?? []), `frontmatter does not match the schema (${firstIssue(r.error.issues)}); this edition is not checked`, schemaFix));
          continue;
        }
        editions.push({ file, raw, data: r.data, fm, tree: parsed.tree });
      } catch (e) {
        problems.push(unreadable(file, parsed.yamlLine, `frontmatter is not valid YAML (${(e as Error).message.split('\n')[0]})`, 'fix the YAML syntax'));
      }
    }

    let sourceFile: string | undefined;
    let sourceLines: string[] | undefined;
    if (article) {
      sourceFile = `content/sources/${article.source.file}`;
      if (existsSync(join(root, sourceFile))) sourceLines = readFileSync(join(root, sourceFile), 'utf8').split(/\r?\n/);
      else problems.push(unreadable(articleFile, loc.line(['source', 'file']), `source file ${sourceFile} does not exist`, 'name a file in content/sources/'));
    }
    articles.push({ slug, articleFile, article, loc, referencesFile, references, referenceIndex, referencesOk, refsLoc, editions, sourceFile, sourceLines });
  }
  return { articles, problems };
}
