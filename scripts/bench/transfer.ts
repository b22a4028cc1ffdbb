/**
 * Page types of a built site and what loading one page of each type transfers.
 *
 * Types are discovered from dist/'s URL patterns (root chooser, /{lang}/, /{lang}/articles/,
 * /{lang}/articles/{slug}/, 404, and any other pattern, e.g. /sources/{file}.txt). The
 * representative page of a type is its largest file (the worst case). Each is loaded in a fresh
 * chromium context from nginx with the deploy configuration; every response is recorded:
 * compressed = the encoded body bytes nginx sent to chromium (which asks for br, gzip, …);
 * gzip = the same URL fetched again with `Accept-Encoding: gzip` only; raw = the decoded size.
 */
import { pageType } from '../../tests/site/pages.ts';
import { readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { locales } from '../../src/i18n/locales.ts';
import { encodedSize } from './util.ts';

export const chromiumExecutable = '/usr/bin/chromium';
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/**
 * Browser language for every load: one that is not the site's, so that the root page shows the
 * chooser (with en/ru/kk/uz first, its script sends the reader to that language's home page).
 */
export const browserLocale = 'fr-FR';

/**
 * A control page that is not part of the site: minimal valid HTML (title, description, viewport,
 * lang), no CSS, no JS. Lighthouse scores it next to the real pages, so that what this machine and
 * headless chromium cost by themselves (e.g. Total Blocking Time on a slow, shared 2-CPU VM) can
 * be told apart from what the site costs. Written into the served dist/ after discovery.
 */
export const controlPage: PageType = {
  type: 'control',
  pattern: '(control: minimal HTML, not a site page)',
  path: '/bench-control/',
  files: 0,
  expectedStatus: 200,
  html: true,
};

export function writeControlPage(distDir: string): void {
  mkdirSync(join(distDir, 'bench-control'), { recursive: true });
  writeFileSync(
    join(distDir, 'bench-control', 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark control page</title>
<link rel="icon" href="data:,">
<meta name="description" content="A minimal page without CSS or JavaScript, to calibrate Lighthouse on this machine.">
</head>
<body>
<main>
<h1>Benchmark control page</h1>
<p>Minimal HTML: one heading and one paragraph, no stylesheet, no script, no image. Whatever Lighthouse finds to criticise here is the cost of the machine and the browser, not of the site.</p>
</main>
</body>
</html>
`,
  );
}

export const kinds = ['html', 'css', 'js', 'font', 'other'] as const;
export type Kind = (typeof kinds)[number];

export interface PageType {
  /** Short name: root, home, collection, edition, 404, or the URL pattern. */
  type: string;
  pattern: string;
  /** Path of the representative page, as requested. */
  path: string;
  /** How many built files have this pattern. */
  files: number;
  expectedStatus: number;
  /** text/html pages get Lighthouse; other documents (raw sources) only a transfer figure. */
  html: boolean;
}

const assetDirs = new Set(['_astro', 'scripts', 'pagefind', 'fonts']);
// _redirects and _redirects.nginx.map configure servers; nginx answers 404 for them.
const ignoredRootFiles = /^(favicon\.|robots\.txt$|sitemap|manifest|site\.webmanifest|_redirects)/;

function files(dir: string, root = dir): { rel: string; size: number }[] {
  const out: { rel: string; size: number }[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (dir === root && assetDirs.has(e.name)) continue;
      out.push(...files(p, root));
    } else out.push({ rel: relative(root, p), size: statSync(p).size });
  }
  return out;
}

const friendly: Record<string, string> = {
  '/{lang}/glossary/': 'glossary',
  '/{lang}/glossary/by-type/': 'glossary by type',
  '/{lang}/glossary/*/': 'glossary entry',
  '/{lang}/articles/*/parallel/*/': 'parallel view',
};

export function discoverPageTypes(distDir: string): PageType[] {
  const langs = locales.map((l) => l.path).join('|');
  const known: [string, string, RegExp][] = [
    ['root', '/', /^\/$/],
    ['home', '/{lang}/', new RegExp(`^/(${langs})/$`)],
    ['collection', '/{lang}/articles/', new RegExp(`^/(${langs})/articles/$`)],
    ['edition', '/{lang}/articles/{slug}/', new RegExp(`^/(${langs})/articles/[^/]+/$`)],
  ];
  const all = files(distDir).filter((f) => !(f.rel.split('/').length === 1 && ignoredRootFiles.test(f.rel)));
  const siblings = new Map<string, number>();
  for (const f of all) {
    const parent = f.rel.split('/').slice(0, -1).join('/');
    siblings.set(parent, (siblings.get(parent) ?? 0) + 1);
  }
  const groups = new Map<string, { type: string; pattern: string; members: { path: string; size: number }[]; html: boolean }>();
  const add = (type: string, pattern: string, path: string, size: number, html: boolean) => {
    const g = groups.get(pattern) ?? { type, pattern, members: [], html };
    g.members.push({ path, size });
    groups.set(pattern, g);
  };
  for (const f of all) {
    // The glossary downloads are files to save, not pages: chromium downloads them instead of loading.
    if (f.rel.startsWith('downloads/')) continue;
    if (f.rel === '404.html') {
      add('404', '/{missing}/ (404.html)', '/bench-no-such-page/', f.size, true);
      continue;
    }
    const isHtml = f.rel.endsWith('.html');
    const path = f.rel.endsWith('index.html') ? `/${f.rel.slice(0, -'index.html'.length)}` : `/${f.rel}`;
    const hit = known.find(([, , re]) => re.test(path));
    if (hit && isHtml) {
      add(hit[0], hit[1], path, f.size, true);
      continue;
    }
    // Any other page: the page type the site gates use (tests/site/pages.ts), so that one
    // glossary entry or parallel view stands for all of them.
    if (isHtml) {
      const pattern = `/${pageType(path)}/`.replace('//', '/');
      add(friendly[pattern] ?? pattern, pattern, path, f.size, true);
      continue;
    }
    // Other files: the language segment and a name among siblings become placeholders.
    const segments = path.split('/').filter(Boolean).map((s) => (locales.some((l) => l.path === s) ? '{lang}' : s));
    const parent = f.rel.split('/').slice(0, -1).join('/');
    if (!f.rel.endsWith('index.html') && (siblings.get(parent) ?? 0) > 1)
      segments[segments.length - 1] = `{name}${extname(f.rel)}`;
    const pattern = `/${segments.join('/')}${path.endsWith('/') ? '/' : ''}`;
    add(pattern, pattern, path, f.size, isHtml);
  }
  const order = ['root', 'home', 'collection', 'edition', '404'];
  return [...groups.values()]
    .map((g) => {
      const largest = g.members.reduce((a, b) => (b.size > a.size ? b : a));
      return { type: g.type, pattern: g.pattern, path: largest.path, files: g.members.length, expectedStatus: g.type === '404' ? 404 : 200, html: g.html };
    })
    .sort((a, b) => (order.indexOf(a.type) + 1 || 99) - (order.indexOf(b.type) + 1 || 99) || a.pattern.localeCompare(b.pattern));
}

export interface Bytes {
  requests: number;
  raw: number;
  compressed: number;
  gzip: number;
}

export interface ResponseRecord {
  url: string;
  status: number;
  kind: Kind;
  contentType: string;
  contentEncoding: string;
  raw: number;
  compressed: number;
  gzip: number;
}

export interface NoJsCheck {
  /** Visible text of the page without JavaScript, as a share of the text with JavaScript. */
  textRatio: number;
  blocksVisible: number;
  blocks: number;
  readable: boolean;
}

export interface TransferResult {
  type: string;
  pattern: string;
  path: string;
  files: number;
  status: number;
  byKind: Record<Kind, Bytes>;
  total: Bytes;
  responses: ResponseRecord[];
  noJs?: NoJsCheck;
}

function kindOf(contentType: string, url: string): Kind {
  const ct = contentType.toLowerCase();
  if (ct.includes('text/html')) return 'html';
  if (ct.includes('text/css')) return 'css';
  if (ct.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  if (ct.startsWith('font/') || ct.includes('woff') || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  return 'other';
}

const emptyBytes = (): Bytes => ({ requests: 0, raw: 0, compressed: 0, gzip: 0 });

async function loadAndRecord(browser: Browser, origin: string, path: string): Promise<{ status: number; responses: ResponseRecord[] }> {
  const context = await browser.newContext({ locale: browserLocale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pending: Promise<ResponseRecord | undefined>[] = [];
  page.on('response', (res) => {
    pending.push(
      (async () => {
        const url = res.url();
        if (!url.startsWith('http')) return undefined;
        const headers = res.headers();
        const sizes = await res.request().sizes().catch(() => undefined);
        const body = await res.body().catch(() => Buffer.alloc(0));
        const contentType = headers['content-type'] ?? '';
        return {
          url,
          status: res.status(),
          kind: kindOf(contentType, url),
          contentType,
          contentEncoding: headers['content-encoding'] ?? 'identity',
          raw: body.length,
          compressed: sizes?.responseBodySize ?? body.length,
          gzip: NaN,
        };
      })(),
    );
  });
  const main = await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const status = main?.status() ?? 0;
  const responses = (await Promise.all(pending)).filter((r): r is ResponseRecord => r !== undefined);
  await context.close();
  for (const r of responses) r.gzip = await encodedSize(r.url, 'gzip');
  return { status, responses };
}

/** Whether the page can be read with JavaScript off: same text, every numbered block visible. */
async function checkNoJs(browser: Browser, origin: string, path: string): Promise<NoJsCheck> {
  const read = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ locale: browserLocale, javaScriptEnabled, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const r = await page.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      const blocks = [...document.querySelectorAll('.edition-body .block')];
      return {
        text: (main as HTMLElement).innerText.replace(/\s+/g, ' ').trim().length,
        blocks: blocks.length,
        visible: blocks.filter((b) => (b as HTMLElement).checkVisibility() && (b as HTMLElement).innerText.trim().length > 0).length,
      };
    });
    await context.close();
    return r;
  };
  const withJs = await read(true);
  const without = await read(false);
  const textRatio = withJs.text ? without.text / withJs.text : 0;
  return {
    textRatio,
    blocksVisible: without.visible,
    blocks: without.blocks,
    readable: textRatio >= 0.99 && without.blocks > 0 && without.visible === without.blocks,
  };
}

export async function measureTransfer(origin: string, types: PageType[]): Promise<TransferResult[]> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumFlags });
  const results: TransferResult[] = [];
  try {
    for (const t of types) {
      const { status, responses } = await loadAndRecord(browser, origin, t.path);
      const byKind = Object.fromEntries(kinds.map((k) => [k, emptyBytes()])) as Record<Kind, Bytes>;
      const total = emptyBytes();
      for (const r of responses)
        for (const b of [byKind[r.kind], total]) {
          b.requests += 1;
          b.raw += r.raw;
          b.compressed += r.compressed;
          b.gzip += r.gzip;
        }
      results.push({
        type: t.type,
        pattern: t.pattern,
        path: t.path,
        files: t.files,
        status,
        byKind,
        total,
        responses,
        ...(t.type === 'edition' ? { noJs: await checkNoJs(browser, origin, t.path) } : {}),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}
