/**
 * `npm run check:content`: checks every edition under content/articles/ against its source and for
 * leftovers of the raw text (see src/lib/check/). Prints one line per problem,
 *
 *   path:line: problem — fix: what to do
 *
 * and exits 1 when there is any; otherwise prints a one-line summary and exits 0.
 *
 * Usage: node scripts/check-content.ts [--root DIR]   (DIR holds content/; default: the repo root)
 */
import { existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/check/check-articles.ts';
import { formatProblem } from '../src/lib/check/report.ts';

const args = process.argv.slice(2);
let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--root' && args[i + 1] !== undefined) root = resolve(args[++i]!);
  else if (a.startsWith('--root=')) root = resolve(a.slice('--root='.length));
  else {
    console.error(`check-content: unknown argument ${a}\nusage: node scripts/check-content.ts [--root DIR]`);
    process.exit(2);
  }
}

if (!existsSync(join(root, 'content', 'articles'))) {
  console.error(`check-content: ${join(root, 'content', 'articles')} does not exist; give --root the folder that holds content/`);
  process.exit(2);
}

const result = checkContent(root);
for (const p of result.problems) console.log(formatProblem(p));
if (result.problems.length) {
  console.error(`check:content: ${result.problems.length} problem(s) in ${result.editions} edition(s) of ${result.articles} article(s)`);
  process.exit(1);
}
console.log(
  `check:content: ok — ${result.articles} article(s), ${result.editions} edition(s), ${result.traced} traced to their source`,
);
