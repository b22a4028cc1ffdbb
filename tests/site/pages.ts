/**
 * The built pages, discovered from dist/ rather than listed by hand, so that a page type added
 * later (glossary, citation page, search…) joins every gate the day it is built.
 */
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** URL path, e.g. `/en/articles/x/` or `/404.html`. */
  path: string;
  file: string;
  /** Locale path segment (`en`, `ru`, `kz`, `uz`) or `''` for pages outside a language. */
  locale: string;
  /** Page type: the path with the language and every slug-like segment generalized, e.g. `{lang}/articles/*`. */
  type: string;
}

const localePaths = new Set(['en', 'ru', 'kz', 'uz']);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** `/en/articles/some-slug/` → `{lang}/articles/*`; fixed words of the URL scheme stay. */
export function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const fixed = new Set(['articles', 'glossary', 'by-type', 'references', 'search', 'cite', 'parallel', 'sources']);
  return (
    segments
      .map((s, i) => (i === 0 && localePaths.has(s) ? '{lang}' : fixed.has(s) || s.endsWith('.html') ? s : '*'))
      .join('/') || '/'
  );
}

export function builtPages(dist = 'dist'): BuiltPage[] {
  return walk(dist)
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const first = path.split('/')[1] ?? '';
      return { path, file, locale: localePaths.has(first) ? first : '', type: pageType(path) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Up to `perType` pages of each type in each locale: the sample the browser gates visit. */
export function representatives(pages: BuiltPage[], perType = 1): BuiltPage[] {
  const groups = new Map<string, BuiltPage[]>();
  for (const p of pages) {
    const key = `${p.type}|${p.locale}`;
    const g = groups.get(key) ?? [];
    if (g.length < perType) g.push(p);
    groups.set(key, g);
  }
  return [...groups.values()].flat();
}

/** Pages of a type whose content differs in kind (an original vs. a fallback edition) are all kept. */
export function html(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}
