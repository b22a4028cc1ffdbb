/**
 * `npm run urls:accept`: adds the URLs of the last build (dist/) to urls/manifest.txt. It never
 * removes one: a URL that is gone needs a redirect in urls/redirects.yaml.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { urlOfFile, parseManifest, formatManifest } from '../src/lib/url-manifest.ts';

const file = 'urls/manifest.txt';
const walk = (dir: string, out: string[] = []): string[] => {
  for (const n of readdirSync(dir)) {
    const f = join(dir, n);
    if (statSync(f).isDirectory()) walk(f, out);
    else out.push(f);
  }
  return out;
};
if (!existsSync('dist')) throw new Error('dist/ is missing: run npm run build first');
const before = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : [];
const built = walk('dist').map((f) => urlOfFile(relative('dist', f).split(sep).join('/'))).filter((u): u is string => u !== undefined);
const added = built.filter((u) => !before.includes(u));
mkdirSync('urls', { recursive: true });
writeFileSync(file, formatManifest([...before, ...built]));
console.log(`${file}: ${added.length} URL(s) added, ${before.length + added.length} in all`);
