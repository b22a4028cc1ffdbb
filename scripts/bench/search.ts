/**
 * `npm run bench:search`: what search costs a reader and the build. It measures and prints; it
 * never fails on a figure (exit 1 only when it could not measure at all).
 *
 * For the real site and for synthetic sites (scripts/bench/generate-site.ts), each built from a
 * temporary copy of the project and served by nginx with the deploy configuration:
 *   - build: the search-index integration's own time (what search adds to `astro build`), records;
 *   - index: bytes of dist/pagefind by part;
 *   - first query, cold cache, on /en/search/: every request the query makes, by type, raw and as
 *     nginx sends it to chromium (compressed), and the time from the keystroke to the results;
 *   - warm queries (the index loaded, chunks fetched as new words need them): median and p95 of
 *     keystroke → results rendered (the next frame after the result list changes), and of the
 *     engine's search() alone.
 * Then a larger index without its build: the largest synthetic site's records repeated N times
 * under other slugs (the synthetic text is drawn from one pool of real paragraphs, so N copies
 * hold about the vocabulary and postings of an N-times larger synthetic site), served with the
 * same pages.
 *
 * Environment:
 *   BENCH_SEARCH_SIZES=50    synthetic sites built in full, in articles (× 4 languages); "" for none
 *   BENCH_SEARCH_SCALE=10    the index-only row: the largest synthetic site's records × N; 0 for none
 *   BENCH_SEARCH_ROUNDS=5    rounds over the query set for the warm figures
 *   BENCH_KEEP=1             keep the temporary projects
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, mkdirSync, symlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { copyProject, makeTempDir, cleanBuildState, kib, load1, repoRoot, encodedSize } from './util.ts';
import { harvestPool, writeContent } from './generate-site.ts';
import { startNginx } from '../../tests/browser/nginx.ts';
import { chromiumPath, chromiumArgs } from '../../tests/browser/chromium.ts';
import { siteRecords, writeSearchIndex, type SearchRecord } from '../../src/integrations/search-index.ts';
import { nginxRedirectMap, nginxRedirectMapFile } from '../../src/lib/url-manifest.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const sizes = (process.env.BENCH_SEARCH_SIZES ?? '50').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const scale = Math.max(0, Number(process.env.BENCH_SEARCH_SCALE ?? 10) || 0);
const rounds = Math.max(1, Number(process.env.BENCH_SEARCH_ROUNDS ?? 5) || 5);
const keep = process.env.BENCH_KEEP === '1';

/** Typed on the page of their language; each has results on the real and the synthetic sites. */
const queries: { path: string; lang: 'en' | 'ru' | 'kk' | 'uz'; q: string[] }[] = [
  { path: 'en', lang: 'en', q: ['cultural diplomacy', 'education', 'soft power', 'Uzbekistan'] },
  { path: 'ru', lang: 'ru', q: ['дипломатией', 'мягкая сила', 'образование'] },
  { path: 'kz', lang: 'kk', q: ['казакстан', 'жұмсақ күш', 'білім'] },
  { path: 'uz', lang: 'uz', q: ["O'zbekiston", 'madaniy meros'] },
];
const firstQuery = 'cultural diplomacy';

// ---------------------------------------------------------------- build

interface Built {
  dir: string;
  wallMs: number;
  indexMs: number;
  readMs: number;
  analyseMs: number;
  pagefindMs: number;
  records: string;
}

async function buildProject(dir: string): Promise<Built> {
  cleanBuildState(dir);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  const started = performance.now();
  const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (out += String(d)));
  const code = await new Promise<number | null>((res) => child.once('close', res));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`astro build failed in ${dir}:\n${out.slice(-4000)}`);
  const m = /\[search-index\] (\d+ records \([^)]*\)) in (\d+) ms: reading the pages (\d+) ms, analysing (\d+) ms, Pagefind (\d+) ms/.exec(out.replace(/\x1b\[[0-9;]*m/g, ''));
  if (!m) throw new Error(`the build of ${dir} did not report the search index (is searchIndex() in astro.config.mjs?):\n${out.slice(-2000)}`);
  return { dir, wallMs, records: m[1]!, indexMs: Number(m[2]), readMs: Number(m[3]), analyseMs: Number(m[4]), pagefindMs: Number(m[5]) };
}

/** Bytes of dist/pagefind by part, over the per-language bundles (index, fragment, filter, js, wasm, terms, meta). */
function bundleBytes(bundle: string): Record<string, number> {
  const parts: Record<string, number> = {};
  const add = (k: string, n: number) => (parts[k] = (parts[k] ?? 0) + n);
  const walk = (dir: string, depth: number) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      // A brotli copy is another encoding of a file counted already (src/lib/search/brotli-copies.ts).
      if (e.name.endsWith('.br')) continue;
      if (e.isDirectory() && depth === 0) walk(p, 1);
      else if (e.isDirectory()) for (const f of readdirSync(p).filter((f) => !f.endsWith('.br'))) add(e.name, statSync(join(p, f)).size);
      else add(e.name.endsWith('.js') ? 'js' : e.name.startsWith('wasm.') ? 'wasm' : e.name === 'terms.json' ? 'terms' : 'meta', statSync(p).size);
    }
  };
  walk(bundle, 0);
  return parts;
}

// ---------------------------------------------------------------- browser

const KINDS = ['js', 'wasm', 'meta', 'terms', 'index', 'filter', 'fragments'] as const;
type Kind = (typeof KINDS)[number];

/** What a request of the query is; undefined for what the browser fetches anyway (its favicon). */
function kindOf(path: string): Kind | undefined {
  if (path === '/pagefind/terms.json') return 'terms';
  // Each language's bundle is /pagefind/{lang}/ (src/integrations/search-index.ts).
  const part = path.replace(/^\/pagefind\/[a-z]{2,3}\//, '/pagefind/');
  if (part.startsWith('/pagefind/index/')) return 'index';
  if (part.startsWith('/pagefind/fragment/')) return 'fragments';
  if (part.startsWith('/pagefind/filter/')) return 'filter';
  if (/\.m?js$/.test(path)) return 'js';
  if (part.startsWith('/pagefind/wasm.')) return 'wasm';
  if (path.startsWith('/pagefind/')) return 'meta';
  return undefined;
}

interface Probe {
  input: number;
  rendered: number;
}
declare global {
  interface Window {
    __searchProbe?: Probe;
  }
}

/** Times each input of the box to the frame after the result list next changes. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const box = document.querySelector('input[data-search-input]');
    const list = document.querySelector('[data-search-list]');
    if (!box || !list) throw new Error('the search page has no input[data-search-input] or [data-search-list]');
    const probe: Probe = { input: 0, rendered: 0 };
    window.__searchProbe = probe;
    box.addEventListener('input', () => Object.assign(probe, { input: performance.now(), rendered: 0 }), true);
    new MutationObserver(() => {
      if (probe.input && !probe.rendered) requestAnimationFrame(() => (probe.rendered ||= performance.now()));
    }).observe(list, { childList: true });
  });
}

const rendered = (page: Page, timeout = 10_000) =>
  page.waitForFunction(() => (window.__searchProbe?.rendered ?? 0) > 0, undefined, { timeout, polling: 5 }).then(
    () => true,
    () => false,
  );

/** Types `q` with its last character as the measured keystroke; the ms to results, or NaN. */
async function timeKeystroke(page: Page, q: string): Promise<number> {
  const box = page.locator('input[data-search-input]');
  await box.fill(q.slice(0, -1));
  await rendered(page, 3000);
  await page.waitForTimeout(250);
  await page.evaluate(() => Object.assign(window.__searchProbe!, { input: 0, rendered: 0 }));
  await page.keyboard.type(q.slice(-1));
  if (!(await rendered(page))) return NaN;
  return page.evaluate(() => window.__searchProbe!.rendered - window.__searchProbe!.input);
}

let engineJs: string | undefined;
const ENGINE = '/__bench__/search-engine.js';

/** The engine's search() alone, in the page, served from the site's origin (so its CSP applies). */
async function timeEngine(page: Page, lang: string, q: string): Promise<number> {
  const args = [q, lang, { limit: 30 }].map((a) => JSON.stringify(a)).join(', ');
  return page.evaluate(`import(${JSON.stringify(ENGINE)}).then(async (e) => { const t = performance.now(); await e.search(${args}); return performance.now() - t; })`) as Promise<number>;
}

interface Measured {
  searchPage: boolean;
  pageJs: { raw: number; compressed: number };
  firstQuery: Record<Kind, { requests: number; raw: number; compressed: number }>;
  firstQueryMs: number;
  keystrokeMs: number[];
  engineMs: number[];
}

async function measure(browser: Browser, origin: string): Promise<Measured> {
  engineJs ??= (await esbuild({ entryPoints: [join(repoRoot, 'src/scripts/search/engine.ts')], bundle: true, format: 'esm', write: false, target: 'es2022', logLevel: 'silent' })).outputFiles[0]!.text;
  const searchPage = await fetch(`${origin}/en/search/`).then((r) => r.ok);

  // First query, cold: a fresh context, the search page loaded, then the query typed.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(origin + ENGINE, (route) => route.fulfill({ contentType: 'text/javascript', body: engineJs! }));
  const page = await context.newPage();
  const atLoad: string[] = [];
  const afterLoad: string[] = [];
  let loaded = false;
  context.on('request', (r) => (loaded ? afterLoad : atLoad).push(r.url()));
  let firstQueryMs = NaN;
  await page.goto(`${origin}${searchPage ? '/en/search/' : '/en/'}`, { waitUntil: 'networkidle' });
  loaded = true;
  if (searchPage) {
    await installProbe(page);
    // Entered at once (one input event), so that the time runs from the query to its results.
    await page.locator('input[data-search-input]').fill(firstQuery);
    if (await rendered(page, 30_000)) firstQueryMs = await page.evaluate(() => window.__searchProbe!.rendered - window.__searchProbe!.input);
  } else await timeEngine(page, 'en', firstQuery);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);

  const enc = 'gzip, deflate, br, zstd';
  const bytes = Object.fromEntries(KINDS.map((k) => [k, { requests: 0, raw: 0, compressed: 0 }])) as Measured['firstQuery'];
  for (const url of new Set(afterLoad.filter((u) => u.startsWith(origin) && !u.includes(ENGINE)))) {
    const kind = kindOf(new URL(url).pathname);
    if (!kind) continue;
    const b = bytes[kind];
    b.requests += 1;
    b.raw += await encodedSize(url, 'identity');
    b.compressed += await encodedSize(url, enc);
  }
  const pageJs = { raw: 0, compressed: 0 };
  for (const url of new Set(atLoad.filter((u) => /\/_astro\/.*\.js$|\/scripts\/search[^/]*\.js$/.test(u)))) {
    pageJs.raw += await encodedSize(url, 'identity');
    pageJs.compressed += await encodedSize(url, enc);
  }

  // Warm: each language's page once (its index chunks fetched by a first query), then the rounds.
  const keystrokeMs: number[] = [];
  const engineMs: number[] = [];
  for (const { path, lang, q } of queries) {
    await page.goto(`${origin}/${path}/${searchPage ? 'search/' : ''}`, { waitUntil: 'networkidle' });
    if (searchPage) await installProbe(page);
    await timeEngine(page, lang, q[0]!);
    if (searchPage) await timeKeystroke(page, q[0]!);
    for (let r = 0; r < rounds; r++)
      for (const query of q) {
        if (searchPage) keystrokeMs.push(await timeKeystroke(page, query));
        engineMs.push(await timeEngine(page, lang, query));
      }
  }
  await context.close();
  return { searchPage, pageJs, firstQuery: bytes, firstQueryMs, keystrokeMs, engineMs };
}

// ---------------------------------------------------------------- report

const quantile = (xs: number[], p: number) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');

interface Row {
  label: string;
  records: string;
  /** Wall time of the whole build; absent for the index-only row. */
  buildMs?: number;
  /** What the search index adds to the build, and its parts. */
  search: { totalMs: number; readMs: number; analyseMs: number; pagefindMs: number; readEstimated?: boolean };
  bundle: Record<string, number>;
  m: Measured;
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)];
}

function report(rows: Row[]): string {
  const out: string[] = [];
  const nQueries = queries.reduce((n, g) => n + g.q.length, 0);
  out.push('# Search benchmark', '', `Load average ${load1()} at the end (2 CPUs here; timings move with other work on the machine).`, '');
  out.push('## What search adds to the build, and the index', '');
  out.push(
    ...table(
      ['site', 'records', 'build', 'search adds', 'reading pages', 'analysing', 'Pagefind', 'index', 'fragments', 'dist/pagefind'],
      rows.map((r) => [
        r.label,
        r.records,
        r.buildMs === undefined ? '–' : ms(r.buildMs),
        `${r.search.readEstimated ? '≈' : ''}${ms(r.search.totalMs)}`,
        `${r.search.readEstimated ? '≈' : ''}${ms(r.search.readMs)}`,
        ms(r.search.analyseMs),
        ms(r.search.pagefindMs),
        kib(r.bundle.index ?? 0),
        kib(r.bundle.fragment ?? 0),
        kib(Object.values(r.bundle).reduce((a, b) => a + b, 0)),
      ]),
    ),
  );
  if (rows.some((r) => r.search.readEstimated)) out.push('', '≈ reading the pages not run for the index-only row: the synthetic build\'s reading time × N.');
  out.push('', `## Bytes of a first query ("${firstQuery}" typed on /en/search/, cold cache): raw / as nginx sends it to chromium`, '');
  const total = (r: Row) => Object.values(r.m.firstQuery).reduce((a, b) => ({ requests: a.requests + b.requests, raw: a.raw + b.raw, compressed: a.compressed + b.compressed }));
  const cell = (b: { requests: number; raw: number; compressed: number }) => (b.requests ? `${kib(b.raw)} / ${kib(b.compressed)} (${b.requests})` : '–');
  out.push(
    ...table(
      ['part (requests)', ...rows.map((r) => r.label)],
      [...KINDS.filter((k) => rows.some((r) => r.m.firstQuery[k].requests)).map((k) => [k, ...rows.map((r) => cell(r.m.firstQuery[k]))]), ['total', ...rows.map((r) => cell(total(r)))]],
    ),
  );
  const pageJs = rows[0]?.m.pageJs;
  if (pageJs?.raw) out.push('', `Not counted above: the search page's own script (UI, engine, analyser), loaded with the page: ${kib(pageJs.raw)} / ${kib(pageJs.compressed)}.`);
  out.push('', `## Time in chromium on localhost (warm: ${rounds} rounds over ${nQueries} queries in 4 languages, after one query per language)`, '');
  out.push(
    ...table(
      ['site', 'first query, cold', 'keystroke → results, median', 'p95', 'search() alone, median', 'p95'],
      rows.map((r) => [r.label, ms(r.m.firstQueryMs), ms(quantile(r.m.keystrokeMs, 0.5)), ms(quantile(r.m.keystrokeMs, 0.95)), ms(quantile(r.m.engineMs, 0.5)), ms(quantile(r.m.engineMs, 0.95))]),
    ),
  );
  if (rows.some((r) => !r.m.searchPage)) out.push('', 'No /en/search/ page in the build: keystroke figures not measured; bytes are those of search() called on /en/.');
  out.push(
    '',
    'keystroke → results: from the input event of the last character to the frame after the result list changes (the page',
    'searches at every keystroke, with no debounce). first query: the whole query entered at once on a freshly loaded page,',
    "Pagefind and the terms not loaded yet (the box's focus, which starts loading them, comes with the keystroke). search():",
    'the engine alone, limit 30, same queries.',
  );
  return out.join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  process.chdir(repoRoot);
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Debian chromium not found: run scripts/ensure-browser-deps.ts');
  const temps: string[] = [];
  const rows: Row[] = [];
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const serveAndMeasure = async (label: string, dist: string, row: Pick<Row, 'records' | 'buildMs' | 'search'>) => {
      // A copy without urls/ skips the URL manifest, which also writes the map nginx includes.
      if (!existsSync(join(dist, nginxRedirectMapFile))) writeFileSync(join(dist, nginxRedirectMapFile), nginxRedirectMap(new Map()));
      const nginx = await startNginx(dist);
      try {
        log(`  measuring ${label} …`);
        rows.push({ label, ...row, bundle: bundleBytes(join(dist, 'pagefind')), m: await measure(browser, nginx.origin) });
      } finally {
        await nginx.stop();
      }
    };

    log('real site: building …');
    const real = makeTempDir('bench-search-real-');
    temps.push(real);
    copyProject(real, true);
    const realBuild = await buildProject(real);
    const fromBuild = (b: Built): Pick<Row, 'records' | 'buildMs' | 'search'> => ({
      records: b.records,
      buildMs: b.wallMs,
      search: { totalMs: b.indexMs, readMs: b.readMs, analyseMs: b.analyseMs, pagefindMs: b.pagefindMs },
    });
    await serveAndMeasure('real site (5 articles × 4)', join(real, 'dist'), fromBuild(realBuild));

    let largest: { n: number; dist: string; readMs: number } | undefined;
    if (sizes.length) {
      const pool = harvestPool();
      for (const n of sizes) {
        log(`synthetic ${n} × 4: generating and building …`);
        const dir = makeTempDir(`bench-search-${n}-`);
        temps.push(dir);
        copyProject(dir, false);
        writeContent(dir, n, pool);
        const b = await buildProject(dir);
        await serveAndMeasure(`synthetic ${n} articles × 4`, join(dir, 'dist'), fromBuild(b));
        if (!largest || n > largest.n) largest = { n, dist: join(dir, 'dist'), readMs: b.readMs };
      }
    }

    if (largest && scale > 1) {
      log(`index only: ${largest.n} × 4 records × ${scale} …`);
      const base = siteRecords(largest.dist);
      // The articles' records again under other slugs; the glossary stays one glossary.
      const records: SearchRecord[] = [...base];
      for (let k = 1; k < scale; k++)
        for (const r of base)
          if (r.article) {
            const slug = `${r.article}-x${k}`;
            records.push({ ...r, article: slug, url: r.url.replace(`/articles/${r.article}/`, `/articles/${slug}/`) });
          }
      // The pages of the largest synthetic site, with the larger index in place of its own.
      const site = makeTempDir('bench-search-scaled-');
      temps.push(site);
      for (const e of readdirSync(largest.dist)) if (e !== 'pagefind') symlinkSync(join(largest.dist, e), join(site, e));
      mkdirSync(join(site, 'pagefind'));
      const { analyseMs, pagefindMs } = await writeSearchIndex(records, join(site, 'pagefind'), join(repoRoot, 'content', 'glossary'));
      const kinds = new Map<string, number>();
      for (const r of records) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
      const readMs = largest.readMs * scale;
      await serveAndMeasure(`index only: ${largest.n * scale} × 4 (${largest.n} × 4, ×${scale})`, site, {
        records: `${records.length} records (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`,
        search: { totalMs: readMs + analyseMs + pagefindMs, readMs, analyseMs, pagefindMs, readEstimated: true },
      });
    }
  } finally {
    await browser.close();
    if (!keep) for (const d of temps) rmSync(d, { recursive: true, force: true });
    else log(`kept: ${temps.join(' ')}`);
  }
  process.stdout.write(`${report(rows)}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench:search could not measure: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
