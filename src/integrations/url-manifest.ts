/**
 * After every build: every URL in urls/manifest.txt is still built or redirected (urls/redirects.yaml),
 * and every built URL is in the manifest. Redirects are emitted for static hosts as HTML pages
 * (meta refresh, rel=canonical) and as a `_redirects` file. A broken promise fails the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { builtUrls, parseManifest, checkManifest, redirectPage } from '../lib/url-manifest.ts';

export interface UrlManifestOptions {
  manifest?: string;
  redirects?: string;
}

export default function urlManifest(options: UrlManifestOptions = {}): AstroIntegration {
  const manifestFile = options.manifest ?? 'urls/manifest.txt';
  const redirectsFile = options.redirects ?? 'urls/redirects.yaml';
  let site: URL | undefined;
  return {
    name: 'url-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!existsSync(manifestFile)) {
          logger.warn(`${manifestFile} not found: URL stability is not checked (create it with npm run urls:accept)`);
          return;
        }
        const out = fileURLToPath(dir);
        const redirects = new Map(Object.entries((existsSync(redirectsFile) ? parseYaml(readFileSync(redirectsFile, 'utf8')) : null) ?? {}) as [string, string][]);
        const built = builtUrls(out);
        const { missing, unlisted, brokenRedirects } = checkManifest(parseManifest(readFileSync(manifestFile, 'utf8')), built, redirects);
        const problems = [
          ...missing.map((u) => `${manifestFile}: ${u} is no longer built; published URLs never break: add a redirect to ${redirectsFile} ("${u}": "/new/url/")`),
          ...brokenRedirects.map((r) => `${redirectsFile}: ${r}: the target is not built; point the redirect at a page that exists`),
          ...(unlisted.length
            ? [`${manifestFile}: ${unlisted.length} new URL(s) not in the manifest (${unlisted.slice(0, 5).join(', ')}${unlisted.length > 5 ? ', …' : ''}); add them on purpose: npm run urls:accept`]
            : []),
        ];
        if (problems.length) throw new Error(`URL manifest:\n${problems.join('\n')}`);
        const lines: string[] = [];
        for (const [from, to] of redirects) {
          if (from.endsWith('/')) {
            mkdirSync(join(out, from), { recursive: true });
            writeFileSync(join(out, from, 'index.html'), redirectPage(to, site ? new URL(to, site).href : to));
          }
          lines.push(`${from} ${to} 301`);
        }
        writeFileSync(join(out, '_redirects'), lines.length ? `${lines.join('\n')}\n` : '');
        logger.info(`${built.size} URLs, all in ${manifestFile}; ${redirects.size} redirect(s)`);
      },
    },
  };
}
