/**
 * `npm run urls:accept`: adds the URLs of the last build (dist/) to urls/manifest.txt. It never
 * removes one: a URL that is gone needs a redirect in urls/redirects.yaml.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { builtUrls, parseManifest, formatManifest } from '../src/lib/url-manifest.ts';

const file = 'urls/manifest.txt';
if (!existsSync('dist')) throw new Error('dist/ is missing: run npm run build first');
const before = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : [];
const built = [...builtUrls('dist')];
const added = built.filter((u) => !before.includes(u));
mkdirSync('urls', { recursive: true });
writeFileSync(file, formatManifest([...before, ...built]));
console.log(`${file}: ${added.length} URL(s) added, ${before.length + added.length} in all`);
