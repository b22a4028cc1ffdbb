/**
 * After every build: every URL in urls/manifest.txt is still built or redirected (urls/redirects.yaml),
 * and every built URL is in the manifest. Redirects are emitted for static hosts as HTML pages
 * (meta refresh, rel=canonical), as a `_redirects` file, and as an nginx map (`_redirects.nginx.map`,
 * included by deploy/redirects-map.conf, so that nginx answers 301). The fragments readers cite,
 * paragraph anchors, are held to urls/anchors.yaml the same way (./paragraph-anchors.ts).
 * A broken promise fails the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { builtUrls, parseManifest, checkManifest, redirectPage, nginxRedirectMap, nginxRedirectMapFile } from '../lib/url-manifest.ts';
import { checkParagraphAnchors } from './paragraph-anchors.ts';

export interface UrlManifestOptions {
  manifest?: string;
  redirects?: string;
  anchors?: string;
}

export default function urlManifest(options: UrlManifestOptions = {}): AstroIntegration {
  const manifestFile = options.manifest ?? 'urls/manifest.txt';
  const redirectsFile = options.redirects ?? 'urls/redirects.yaml';
  const anchorsFile = options.anchors ?? 'urls/anchors.yaml';
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
        const anchors = checkParagraphAnchors(out, anchorsFile);
        if (!anchors) logger.warn(`${anchorsFile} not found: paragraph anchors are not checked (create it with npm run urls:accept)`);
        // Both checks report at once: one build shows every broken promise.
        const anchorProblems = anchors?.problems ?? [];
        if (problems.length || anchorProblems.length)
          throw new Error(
            [...(problems.length ? ['URL manifest:', ...problems] : []), ...(anchorProblems.length ? ['Paragraph anchors:', ...anchorProblems] : [])].join('\n'),
          );
        // Before anything is written: a redirect nginx cannot take fails the build whole.
        const nginxMap = nginxRedirectMap(redirects, redirectsFile);
        const lines: string[] = [];
        for (const [from, to] of redirects) {
          if (from.endsWith('/')) {
            mkdirSync(join(out, from), { recursive: true });
            writeFileSync(join(out, from, 'index.html'), redirectPage(to, site ? new URL(to, site).href : to));
          }
          lines.push(`${from} ${to} 301`);
        }
        writeFileSync(join(out, '_redirects'), lines.length ? `${lines.join('\n')}\n` : '');
        // Written even when empty: nginx refuses to start on a missing include.
        writeFileSync(join(out, nginxRedirectMapFile), nginxMap);
        logger.info(`${built.size} URLs, all in ${manifestFile}; ${redirects.size} redirect(s)`);
        if (anchors) logger.info(anchors.summary);
      },
    },
  };
}
