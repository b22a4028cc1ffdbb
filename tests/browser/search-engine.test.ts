/**
 * The search engine (src/scripts/search/engine.ts) against the built index (dist/pagefind/), in
 * chromium, from a page of the site served by nginx with the deploy configuration (its CSP
 * included). The engine is bundled here and served from the site's own origin at a test-only URL,
 * so that its API is tested as such, apart from the search page that shows its results.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './site.ts';
import { rawResponse } from './nginx.ts';
import type { SearchLang, SearchOptions, SearchResponse } from '../../src/scripts/search/engine.ts';

const ENGINE = '/__test__/search-engine.js';
let site: Site;
let engineJs: string;

beforeAll(async () => {
  if (!existsSync('dist/pagefind/en/pagefind.js')) throw new Error('dist/pagefind/en/ is missing: the build writes it (src/integrations/search-index.ts)');
  const out = await build({ entryPoints: ['src/scripts/search/engine.ts'], bundle: true, format: 'esm', write: false, target: 'es2022', logLevel: 'silent' });
  engineJs = out.outputFiles[0]!.text;
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

async function openWithEngine(path = '/en/') {
  const opened = await site.prepare();
  const requests: string[] = [];
  const warnings: string[] = [];
  opened.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  opened.page.on('console', (m) => (m.type() === 'warning' || m.type() === 'error') && warnings.push(m.text()));
  await opened.context.route(site.origin + ENGINE, (route) => route.fulfill({ contentType: 'text/javascript', body: engineJs }));
  await opened.page.goto(site.origin + path);
  return { ...opened, requests, warnings };
}

function run(page: Page, query: string, lang: SearchLang, options?: SearchOptions): Promise<SearchResponse> {
  // A string, not a function: vitest would rewrite a function's import() into its own loader.
  const args = [query, lang, options ?? {}].map((a) => JSON.stringify(a)).join(', ');
  return page.evaluate(`import(${JSON.stringify(ENGINE)}).then((engine) => engine.search(${args}))`) as Promise<SearchResponse>;
}

const marked = (h: SearchResponse['hits'][number]) => h.snippet.marks.map(([s, e]) => h.snippet.text.slice(s, e));

describe('search engine on the built index', () => {
  let page: Page;
  let requests: string[];
  let external: string[];
  let warnings: string[];

  beforeAll(async () => {
    ({ page, requests, external, warnings } = await openWithEngine('/en/'));
  });

  it('loads nothing of the index before the first search, then only what the query needs', async () => {
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const r = await run(page, 'cultural diplomacy', 'en', { limit: 5 });
    expect(r.hits).toHaveLength(5);
    expect(r.total).toBeGreaterThan(5);
    const loaded = requests.filter((p) => p.startsWith('/pagefind/'));
    for (const f of ['/pagefind/en/pagefind.js', '/pagefind/en/pagefind-entry.json', '/pagefind/en/wasm.unknown.pagefind', '/pagefind/terms.json'])
      expect(loaded).toContain(f);
    expect(loaded.filter((p) => p.startsWith('/pagefind/en/index/')).length).toBeGreaterThan(0);
    // The search runs on the page's thread: Pagefind's worker script is not fetched.
    expect(loaded.filter((p) => p.endsWith('pagefind-worker.js'))).toEqual([]);
    // Only the page language's bundle: the others are not needed for a search in it.
    expect(loaded.filter((p) => /^\/pagefind\/(ru|kk|uz)\//.test(p))).toEqual([]);
    // Fragments only for the hits returned.
    expect(loaded.filter((p) => p.startsWith('/pagefind/en/fragment/')).length).toBeLessThanOrEqual(5);
    expect(external).toEqual([]);
  });

  it("merges another language's bundle when a search first needs it, without a second WebAssembly", async () => {
    const before = requests.length;
    const r = await run(page, 'образование', 'ru', { limit: 3 });
    expect(r.hits.length).toBeGreaterThan(0);
    const loaded = requests.slice(before).filter((p) => p.startsWith('/pagefind/'));
    expect(loaded).toContain('/pagefind/ru/pagefind-entry.json');
    expect(loaded.filter((p) => p.endsWith('.pagefind') || p.endsWith('pagefind.js'))).toEqual([]);
    // Pagefind warns of options it does not know; the engine gives it none.
    expect(warnings).toEqual([]);
  });

  it('fetches no fragment for a search aborted while Pagefind was answering', async () => {
    const before = requests.length;
    const outcome = await page.evaluate(`import(${JSON.stringify(ENGINE)}).then((engine) => {
      const c = new AbortController();
      const p = engine.search('education policy', 'en', { signal: c.signal });
      c.abort();
      return p.then(() => 'resolved', (e) => e.name);
    })`);
    expect(outcome).toBe('AbortError');
    expect(requests.slice(before).filter((p) => p.includes('/fragment/'))).toEqual([]);
  });

  it('finds inflected Russian forms and marks them in the snippet', async () => {
    const r = await run(page, 'дипломатией', 'ru', { limit: 10 });
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) expect(h.lang).toBe('ru');
    const text = r.hits.filter((h) => h.kind === 'text');
    expect(text.length).toBeGreaterThan(0);
    for (const h of text) {
      expect(h.url).toMatch(/^\/ru\/articles\/[^/]+\/#p-/);
      expect(h.para).toBe(h.url.split('#p-')[1]);
      expect(marked(h).some((w) => w.toLowerCase().startsWith('диплом'))).toBe(true);
    }
  });

  it('finds Kazakh words typed without Kazakh letters', async () => {
    const r = await run(page, 'казакстан', 'kk', { limit: 20 });
    const words = r.hits.flatMap(marked);
    expect(words.some((w) => w.startsWith('Қазақстан'))).toBe(true);
    for (const h of r.hits) expect(h.url.startsWith('/kz/')).toBe(true);
  });

  it('finds the same Uzbek records whichever apostrophe is typed, or none', async () => {
    const urls = async (q: string) => (await run(page, q, 'uz', { limit: 50 })).hits.map((h) => h.url);
    const ref = await urls('Oʻzbekiston');
    expect(ref.length).toBeGreaterThan(0);
    for (const q of ["O'zbekiston", 'O‘zbekiston', 'O’zbekiston', 'Ozbekiston', 'Ўзбекистон']) expect(await urls(q)).toEqual(ref);
  });

  it('also searches the labels, in the page language, of a glossary term named in another language', async () => {
    const r = await run(page, 'мягкая сила', 'en', { limit: 10 });
    expect(r.also.map((a) => a.id)).toContain('soft-power');
    expect(r.hits.map((h) => h.url)).toContain('/en/glossary/soft-power/');
    for (const h of r.hits) expect(h.lang).toBe('en');
    expect(r.hits.flatMap(marked).map((w) => w.toLowerCase())).toContain('soft');
  });

  it('with all languages, gives the page language first, each record once', async () => {
    const r = await run(page, 'soft power', 'ru', { allLanguages: true, limit: 500 });
    const order = ['ru', 'en', 'kk', 'uz'];
    const ranks = r.hits.map((h) => order.indexOf(h.lang));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(4);
    expect(new Set(r.hits.map((h) => h.url)).size).toBe(r.hits.length);
    expect(r.hits.length).toBe(r.total);
  });

  it('keeps to the languages, article and kind asked for', async () => {
    const kk = await run(page, 'soft power', 'en', { allLanguages: true, filters: { lang: ['kk'] } });
    expect(kk.hits.length).toBeGreaterThan(0);
    for (const h of kk.hits) expect(h.lang).toBe('kk');

    const glossary = await run(page, 'diplomacy', 'en', { filters: { kind: ['glossary'] } });
    expect(glossary.hits.length).toBeGreaterThan(0);
    for (const h of glossary.hits) expect([h.kind, h.url.startsWith('/en/glossary/')]).toEqual(['glossary', true]);

    const slug = 'khamdamov-cultural-diplomacy-regional-integration';
    const article = await run(page, 'diplomacy', 'en', { filters: { article: [slug], kind: ['text', 'references'] } });
    expect(article.hits.length).toBeGreaterThan(0);
    for (const h of article.hits) expect(h.url.startsWith(`/en/articles/${slug}/`)).toBe(true);

    const refs = await run(page, 'Nye', 'en', { filters: { kind: ['references'] } });
    expect(refs.hits.length).toBeGreaterThan(0);
    for (const h of refs.hits) expect(h.url).toMatch(/#ref-|\/cite\/$/);
    const cite = await run(page, 'cite', 'en', { filters: { kind: ['references'] } });
    expect(cite.hits.some((h) => h.url.endsWith('/cite/') && h.articleTitle !== undefined && h.articleTitle !== h.title)).toBe(true);
  });

  it('shows the text of a paragraph without its number, note markers, side-notes or citation markers', async () => {
    const r = await run(page, 'Khidoyatov', 'en', { filters: { kind: ['text'] } });
    const p6 = r.hits.find((h) => h.url === '/en/articles/khamdamov-cultural-diplomacy-regional-integration/#p-6');
    expect(p6).toBeDefined();
    expect(p6!.snippet.text).not.toMatch(/source reads|Emendation|\[\d+\]/);
    expect(p6!.snippet.text).not.toMatch(/^6/);
    expect(marked(p6!).some((w) => w.startsWith('Khidoyatov'))).toBe(true);
  });

  it('answers a query with nothing to search with no hits', async () => {
    for (const q of ['', '   ', '«» — …']) expect((await run(page, q, 'en')).hits).toEqual([]);
  });

  it('works the same from a page in another language', async () => {
    const other = await openWithEngine('/kz/');
    const here = await run(page, 'жұмсақ күш', 'kk', { limit: 10 });
    const there = await run(other.page, 'жұмсақ күш', 'kk', { limit: 10 });
    expect(there.hits.map((h) => h.url)).toEqual(here.hits.map((h) => h.url));
    expect(there.hits.length).toBeGreaterThan(0);
  });
});


describe("Pagefind's data as nginx sends it (deploy/site.conf)", () => {
  it('sends the brotli copy, with Content-Encoding br, to a browser that accepts br; the same data once decoded', async () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/kk/pagefind-entry.json', 'utf8')) as { languages: { und: { hash: string } } };
    for (const path of ['/pagefind/en/wasm.unknown.pagefind', `/pagefind/kk/pagefind.${entry.languages.und.hash}.pf_meta`]) {
      const br = await rawResponse(site.origin + path, 'gzip, deflate, br, zstd');
      expect([path, br.status, br.headers['content-encoding'], br.headers.vary]).toEqual([path, 200, 'br', 'Accept-Encoding']);
      const plain = await rawResponse(site.origin + path, 'gzip');
      expect([path, plain.status, plain.headers['content-encoding'], plain.headers.vary]).toEqual([path, 200, undefined, 'Accept-Encoding']);
      // Pagefind's own file is gzip it undoes itself; both come to the same signed data.
      expect(brotliDecompressSync(br.body)).toEqual(gunzipSync(plain.body));
      expect(brotliDecompressSync(br.body).subarray(0, 12).toString()).toBe('pagefind_dcd');
      expect(br.body.length).toBeLessThan(plain.body.length);
    }
  });

  it('sends the loader and the JSON files as brotli of the files themselves, with their own types', async () => {
    for (const [path, type] of [['/pagefind/ru/pagefind.js', 'application/javascript'], ['/pagefind/terms.json', 'application/json'], ['/pagefind/uz/pagefind-entry.json', 'application/json']] as const) {
      const br = await rawResponse(site.origin + path, 'gzip, deflate, br, zstd');
      expect([path, br.status, br.headers['content-encoding'], String(br.headers['content-type']).split(';')[0]]).toEqual([path, 200, 'br', type]);
      expect(brotliDecompressSync(br.body)).toEqual(readFileSync(`dist${path}`));
      // The build's quality-11 copy, not nginx compressing on the fly.
      expect(br.body).toEqual(readFileSync(`dist${path}.br`));
    }
  });

  it('keeps the copies out of reach as URLs of their own', async () => {
    expect((await rawResponse(`${site.origin}/pagefind/en/wasm.unknown.pagefind.br`, 'br')).status).toBe(404);
  });
});

