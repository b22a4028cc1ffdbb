/**
 * `/sitemap.xml` (@astrojs/sitemap, see toSitemapXml): every canonical HTML page, each
 * with the same hreflang alternates its own <head> declares (x-default included).
 *
 * The alternates are read from the built page, not computed from the URL by the integration's
 * `i18n` option, because the URL rule gets three things wrong on this site: `/` (the language
 * chooser) and `/en/` both came out as hreflang="en" of one group; a parallel page's language
 * versions are not the same path under another prefix (the Kazakh version of
 * `/en/…/parallel/kz/` is `/kz/…/parallel/en/`); and a fallback page would be offered as a
 * version although its canonical is another page. The pages already say `kk` for /kz/.
 *
 * Left out: redirects (urls/redirects.yaml), files that are not pages (downloads, sources,
 * robots.txt), and any page whose canonical URL is another page or that asks not to be indexed.
 * Listed before urlManifest in astro.config.mjs, so that the manifest check sees the sitemap files.
 */
import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

export interface SiteSitemapOptions {
  redirects?: string;
}

export default function siteSitemap(options: SiteSitemapOptions = {}): AstroIntegration {
  const redirectsFile = options.redirects ?? 'urls/redirects.yaml';
  let outDir = '';
  let moved = new Set<string>();

  const inner = sitemap({
    namespaces: { xhtml: true, news: false, image: false, video: false },
    filter: (page) => {
      const path = new URL(page).pathname;
      // With trailingSlash 'always', every page ends in "/"; anything else is a file.
      return path.endsWith('/') && !moved.has(path);
    },
    serialize: (item) => describe(item, outDir),
  });
  const innerDone = inner.hooks['astro:build:done']!;
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (params) => {
        outDir = fileURLToPath(params.dir);
        moved = new Set(Object.keys((existsSync(redirectsFile) ? parseYaml(readFileSync(redirectsFile, 'utf8')) : null) ?? {}));
        await innerDone(params);
        toSitemapXml(outDir);
      },
    },
  };
}

/**
 * @astrojs/sitemap always writes an index and numbered chunks; crawlers and people look for
 * `/sitemap.xml`. One chunk (up to 45,000 URLs) becomes `/sitemap.xml` itself; with more, the
 * index takes that name and points to the chunks.
 */
export function toSitemapXml(outDir: string): void {
  const index = join(outDir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error('@astrojs/sitemap wrote no sitemap-index.xml; is `site` set in astro.config.mjs?');
  const chunks = [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)];
  if (chunks.length === 1) {
    renameSync(join(outDir, 'sitemap-0.xml'), join(outDir, 'sitemap.xml'));
    rmSync(index);
  } else renameSync(index, join(outDir, 'sitemap.xml'));
}

/** The sitemap entry for a built page, with its own alternates; undefined when it is not a canonical, indexable page. */
export function describe(item: SitemapItem, outDir: string): SitemapItem | undefined {
  const file = join(outDir, decodeURIComponent(new URL(item.url).pathname), 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  // Only the head says what the page is; parsing whole editions made the build seconds slower.
  const end = html.indexOf('</head>');
  const tree = fromHtml(end === -1 ? html : html.slice(0, end));
  if (select('meta[http-equiv="refresh"]', tree)) return undefined;
  const robots = select('meta[name="robots"]', tree)?.properties.content;
  if (typeof robots === 'string' && /noindex/i.test(robots)) return undefined;
  const canonical = select('link[rel~="canonical"]', tree)?.properties.href;
  if (typeof canonical === 'string' && canonical !== item.url) return undefined;
  const links = selectAll('link[rel~="alternate"][hreflang]', tree).map((l) => ({ lang: String(l.properties.hrefLang), url: String(l.properties.href) }));
  return links.length ? { ...item, links } : item;
}
