/**
 * The stable-URL guarantee: a committed manifest lists every public URL the build emits; a listed
 * URL that the build no longer emits must have a redirect, and a new URL is added on purpose.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Public URL of a built file (`en/index.html` → `/en/`), or undefined for build assets. */
export function urlOfFile(rel: string): string | undefined {
  // Hashed assets change name with every build; they are never cited. So does the search index
  // (/pagefind/: its chunks are named by content hash, and the loader beside them is no page
  // either). The redirect lists are configuration for the server, not pages.
  if (rel.startsWith('_astro/') || rel.startsWith('pagefind/') || rel === '_redirects' || rel === nginxRedirectMapFile) return undefined;
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The public URLs of a built site (`dist/`). */
export function builtUrls(dir: string): Set<string> {
  const urls = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const url = urlOfFile(relative(dir, full).split(sep).join('/'));
        if (url !== undefined) urls.add(url);
      }
    }
  };
  walk(dir);
  return urls;
}

/** Manifest text: one URL per line; blank lines and `#` comments are ignored. */
export function parseManifest(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function formatManifest(urls: Iterable<string>): string {
  return `# Every public URL the site has ever published (npm run urls:accept adds new ones; never remove a line).\n${[...new Set(urls)].sort().join('\n')}\n`;
}

export interface ManifestCheck {
  /** Listed, no longer built, no redirect. */
  missing: string[];
  /** Built, not listed yet. */
  unlisted: string[];
  /** Redirects whose target is not built. */
  brokenRedirects: string[];
}

export function checkManifest(manifest: readonly string[], built: ReadonlySet<string>, redirects: ReadonlyMap<string, string>): ManifestCheck {
  return {
    missing: manifest.filter((u) => !built.has(u) && !redirects.has(u)),
    unlisted: [...built].filter((u) => !manifest.includes(u)).sort(),
    brokenRedirects: [...redirects].filter(([, to]) => !built.has(to)).map(([from, to]) => `${from} → ${to}`),
  };
}

/** The page a static host serves at a moved URL: an immediate refresh, and the canonical URL. */
export function redirectPage(to: string, canonical: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved</title>
<meta http-equiv="refresh" content="0; url=${esc(to)}">
<link rel="canonical" href="${esc(canonical)}">
<meta name="robots" content="noindex">
</head>
<body>
<main><p>This page has moved: <a href="${esc(to)}">${esc(to)}</a></p></main>
</body>
</html>
`;
}

/** Where the build writes the redirects for nginx (deploy/redirects-map.conf includes it). */
export const nginxRedirectMapFile = '_redirects.nginx.map';

/**
 * The body of nginx's `map $uri $editions_redirect { … }`: one `"from" "to";` line per redirect,
 * and the same without its trailing slash (nginx would otherwise serve the old page's refresh).
 * nginx reads `$` as a variable and a key beginning with `~` as a regex, so a URL must be a plain
 * path; anything else fails the build rather than the next reload of the server.
 */
export function nginxRedirectMap(redirects: ReadonlyMap<string, string>, file = 'urls/redirects.yaml'): string {
  const plain = /^\/[^\s\p{Cc}"'\\$;{}?#]*$/u;
  const entries = new Map<string, string>();
  for (const [from, to] of redirects) {
    let key: string | undefined;
    try {
      // $uri is decoded: a percent-encoded key would never match.
      key = decodeURI(from);
    } catch {
      key = undefined;
    }
    for (const u of [key, to])
      if (u === undefined || !plain.test(u))
        throw new Error(
          `${file}: "${from}": "${to}": ${JSON.stringify(u ?? from)} is not a plain site path; write both as paths such as "/en/old/" (no quotes, spaces, $, ;, braces, query or fragment)`,
        );
    // deploy/redirects-map.conf sizes nginx's map hash for keys up to this length.
    if (Buffer.byteLength(key!) > 200) throw new Error(`${file}: "${from}": longer than 200 bytes, more than nginx's map in deploy/redirects-map.conf holds; choose a shorter URL or raise map_hash_bucket_size there`);
    entries.set(key!, to);
  }
  for (const [from, to] of [...entries])
    if (from.length > 1 && from.endsWith('/') && !entries.has(from.slice(0, -1))) entries.set(from.slice(0, -1), to);
  const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, to]) => `"${from}" "${to}";`);
  return `# Generated by the build from ${file}; included inside map $uri $editions_redirect (deploy/redirects-map.conf).\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}
