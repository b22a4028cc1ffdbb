/**
 * Every internal link, asset reference and #fragment in every built page resolves, and no page
 * is an orphan (each is linked from another page, except the entry points).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { builtPages } from './pages.ts';

const dist = 'dist';
const pages = builtPages(dist);
const origin = 'http://site.invalid';

/** The file a URL path is served from (as nginx's try_files $uri $uri/index.html does). */
function fileFor(pathname: string): string | undefined {
  const p = join(dist, decodeURIComponent(pathname));
  if (existsSync(p) && statSync(p).isFile()) return p;
  const index = join(p, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    ids = new Set(selectAll('[id]', tree).map((e) => String(e.properties.id)));
    for (const a of selectAll('a[name]', tree)) ids.add(String(a.properties.name));
    idsCache.set(file, ids);
  }
  return ids;
}

interface Ref {
  from: string;
  url: URL;
  raw: string;
}

const refs: Ref[] = [];
for (const page of pages) {
  const tree = fromHtml(readFileSync(page.file, 'utf8'));
  const base = new URL(page.path, origin);
  for (const el of selectAll('a[href], link[href], script[src], img[src], source[src], form[action]', tree)) {
    const raw = String(el.properties.href ?? el.properties.src ?? el.properties.action);
    if (/^(mailto|tel|data):/.test(raw)) continue;
    const url = new URL(raw, base);
    if (url.origin !== origin) continue;
    refs.push({ from: page.path, url, raw });
  }
}

describe('links', () => {
  it('finds links to check', () => {
    expect(refs.length).toBeGreaterThan(100);
  });

  it('every internal link and asset resolves to a built file', () => {
    const broken = refs.filter((r) => !fileFor(r.url.pathname)).map((r) => `${r.from} → ${r.raw}`);
    expect(broken).toEqual([]);
  });

  it('every #fragment exists in the page it points to', () => {
    const broken = refs
      .filter((r) => r.url.hash.length > 1)
      .filter((r) => {
        const file = fileFor(r.url.pathname);
        return file !== undefined && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(r.url.hash.slice(1)));
      })
      .map((r) => `${r.from} → ${r.raw}`);
    expect(broken).toEqual([]);
  });

  it('no page is an orphan', () => {
    const linked = new Set(refs.filter((r) => r.url.pathname !== r.from).map((r) => fileFor(r.url.pathname)));
    // Moved URLs (urls/redirects.yaml) are reached from outside: their page only sends the reader on.
    const moved = pages.filter((p) => readFileSync(p.file, 'utf8').includes('http-equiv="refresh"')).map((p) => p.path);
    const entryPoints = new Set(['/', '/404.html', ...moved]);
    const orphans = pages.filter((p) => !entryPoints.has(p.path) && !linked.has(p.file)).map((p) => p.path);
    expect(orphans).toEqual([]);
  });
});
