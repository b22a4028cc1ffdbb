/**
 * `npm run urls:accept`: adds the URLs of the last build (dist/) to urls/manifest.txt, and the
 * paragraph anchors of its edition pages to urls/anchors.yaml. It never removes one: a URL that is
 * gone needs a redirect in urls/redirects.yaml, an anchor that is gone an <Anchor> in its edition.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtUrls, parseManifest, formatManifest } from '../src/lib/url-manifest.ts';
import { anchorsOfPage, editionPages, formatLedger, mergeLedger, parseLedger } from '../src/lib/anchors.ts';
import { localePaths } from '../src/i18n/locales.ts';

const file = 'urls/manifest.txt';
const anchorsFile = 'urls/anchors.yaml';
if (!existsSync('dist')) throw new Error('dist/ is missing: run npm run build first');
const before = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : [];
const built = [...builtUrls('dist')];
const added = built.filter((u) => !before.includes(u));
mkdirSync('urls', { recursive: true });
writeFileSync(file, formatManifest([...before, ...built]));
console.log(`${file}: ${added.length} URL(s) added, ${before.length + added.length} in all`);

const ledger = existsSync(anchorsFile) ? parseLedger(readFileSync(anchorsFile, 'utf8'), anchorsFile) : new Map<string, string[]>();
const pages = editionPages('dist', localePaths).map((p) => ({ slug: p.slug, ids: anchorsOfPage(readFileSync(join('dist', p.file), 'utf8')) }));
const merged = mergeLedger(ledger, pages);
writeFileSync(anchorsFile, formatLedger(merged.ledger));
const total = [...merged.ledger.values()].reduce((s, ids) => s + ids.length, 0);
console.log(`${anchorsFile}: ${merged.added} paragraph anchor(s) added, ${total} in all`);
