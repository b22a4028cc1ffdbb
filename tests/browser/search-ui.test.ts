/**
 * The search interface in real chromium, served by nginx with its CSP: the search page (a deep
 * link, typing, the address kept in step, other languages, the filters, the keyboard), the header
 * box (the `/` key; a plain form without JavaScript), the edition marking a result's words on
 * arrival, and hostile queries, which must show as text and never break the page.
 * Whether the right things are found is the query-set test's business; here a result is a result.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { startSite, type Site } from './site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const hits = 'ol.search-hits > li.search-hit';
const links = (page: Page) => page.$$eval('a.search-hit-link', (els) => els.map((a) => a.getAttribute('href')!));
const status = (page: Page) => page.textContent('[data-search-status]').then((s) => s?.trim() ?? '');
const query = (page: Page) => new URL(page.url()).searchParams;
const waitForHits = (page: Page) => page.waitForSelector(hits, { timeout: 15_000 });
/** The count once it has been written: "12 results", "30+ results", "No results." */
const settled = async (page: Page) => {
  await expect.poll(() => status(page), { timeout: 15_000 }).not.toBe('');
  return status(page);
};

/** Opens `path`, counting every request for the index (/pagefind/) and every script error. */
async function openCounting(path: string, width = 1280) {
  const opened = await site.prepare(width);
  const pagefind: string[] = [];
  const errors: string[] = [];
  opened.page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
  });
  opened.page.on('pageerror', (e) => errors.push(String(e)));
  opened.page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await opened.page.goto(site.origin + path);
  return { ...opened, pagefind, errors };
}

describe('the search page', () => {
  it('a deep link (?q=) shows the results on load, in the page language, with the count announced', async () => {
    const { page, external, errors } = await openCounting('/en/search/?q=soft%20power');
    await waitForHits(page);
    expect(await page.inputValue('#search-q')).toBe('soft power');
    expect(await settled(page)).toMatch(/^\d+ results?$/);
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    const hrefs = await links(page);
    expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
    // A text result goes to its paragraph, carrying the query for the edition to mark.
    const text = hrefs.find((h) => h.includes('/articles/'));
    expect(text).toMatch(/^\/en\/articles\/[^/]+\/\?hl=soft%20power#p-\d+$/);
    const first = page.locator(hits).first();
    expect(await first.locator('.search-hit-meta').textContent()).toMatch(/English/);
    expect(await page.locator(`${hits} mark`).count()).toBeGreaterThan(0);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says which labels it also searched in the other languages, each marked with its language', async () => {
    const { page } = await site.open('/en/search/?q=soft%20power');
    await waitForHits(page);
    const also = page.locator('[data-search-also]');
    await expect.poll(() => also.isVisible()).toBe(true);
    const terms = await also.locator('[lang]').evaluateAll((els) => els.map((e) => `${e.getAttribute('lang')}:${e.textContent}`));
    expect(terms).toContain('ru:мягкая сила');
    expect(terms.some((t) => t.startsWith('kk:'))).toBe(true);
    expect(terms.some((t) => t.startsWith('uz:'))).toBe(true);
    expect(terms.some((t) => t.startsWith('en:'))).toBe(false);
  });

  it('typing updates the results and the address (history.replaceState, no new entry)', async () => {
    const { page } = await site.open('/ru/search/');
    const before = await page.evaluate(() => history.length);
    await page.click('#search-q');
    await page.keyboard.type('культура', { delay: 40 });
    await expect.poll(() => query(page).get('q'), { timeout: 10_000 }).toBe('культура');
    await waitForHits(page);
    expect(await settled(page)).toMatch(/^Найдено результатов: \d+$/);
    await page.fill('#search-q', 'мягкая сила');
    await expect.poll(() => query(page).get('q'), { timeout: 10_000 }).toBe('мягкая сила');
    await expect.poll(() => page.locator(`${hits} mark`).first().textContent(), { timeout: 10_000 }).toMatch(/^(мягк|сил)/i);
    // Emptying the box empties the list and the address.
    await page.fill('#search-q', '');
    await expect.poll(() => page.locator(hits).count()).toBe(0);
    await expect.poll(() => page.url()).toBe(`${site.origin}/ru/search/`);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  it('the language switcher carries the search to the other languages', async () => {
    const { page } = await site.open('/ru/search/?q=%D0%BA%D1%83%D0%BB%D1%8C%D1%82%D1%83%D1%80%D0%B0');
    await waitForHits(page);
    const href = await page.getAttribute('.language-switcher a[hreflang="kk"]', 'href');
    expect(href).toBe(`/kz/search/?q=${encodeURIComponent('культура')}`);
  });

  it('"include other languages" adds them to the same list, after the page language, and is kept in the address', async () => {
    const { page } = await site.open('/en/search/?q=soft%20power');
    await waitForHits(page);
    await page.check('#search-all');
    await expect.poll(() => query(page).get('all')).toBe('1');
    // English results fill the first pages; the other languages follow them, reached by "show more".
    for (let i = 0; i < 10 && !(await links(page)).some((h) => !h.startsWith('/en/')); i++) {
      const shown = (await links(page)).length;
      if (await page.isVisible('[data-search-more]')) await page.click('[data-search-more]');
      await expect.poll(async () => (await links(page)).length, { timeout: 10_000 }).toBeGreaterThan(shown);
    }
    await expect.poll(async () => (await links(page)).some((h) => !h.startsWith('/en/')), { timeout: 10_000 }).toBe(true);
    const hrefs = await links(page);
    const firstOther = hrefs.findIndex((h) => !h.startsWith('/en/'));
    expect(hrefs.slice(firstOther).every((h) => !h.startsWith('/en/'))).toBe(true);
    // A result in another language says so, and its text is marked with its language.
    const other = page.locator(hits).nth(firstOther);
    const lang = await other.locator('.search-hit-title span').first().getAttribute('lang');
    expect(['ru', 'kk', 'uz']).toContain(lang);
    expect(await other.locator('.search-hit-snippet').getAttribute('lang')).toBe(lang);
    expect(await other.locator('.search-hit-link').getAttribute('hreflang')).toBe(lang);
    // The language boxes appear with it; Kazakh alone narrows the list to Kazakh pages.
    for (const l of ['en', 'ru', 'uz']) await page.uncheck(`#search-lang-${l}`);
    await expect.poll(() => query(page).getAll('lang')).toEqual(['kk']);
    await expect.poll(async () => (await links(page)).every((h) => h.startsWith('/kz/')), { timeout: 10_000 }).toBe(true);
    expect((await links(page)).length).toBeGreaterThan(0);
  });

  it('the filters (kind, article) narrow the results and are reflected in the address; a shared link restores them', async () => {
    const { page } = await site.open('/en/search/?q=diplomacy');
    await waitForHits(page);
    await page.click('.search-filters summary');
    await page.check('#search-kind-glossary');
    await expect.poll(() => query(page).get('kind')).toBe('glossary');
    await expect.poll(async () => (await links(page)).every((h) => h.startsWith('/en/glossary/')), { timeout: 10_000 }).toBe(true);
    expect(await page.locator(`${hits} .search-hit-kind`).first().textContent()).toBe('Glossary');

    await page.check('#search-kind-text');
    await expect.poll(async () => (await links(page)).some((h) => h.includes('/articles/')), { timeout: 10_000 }).toBe(true);
    const slug = (await links(page)).find((h) => h.includes('/articles/'))!.split('/')[3]!;
    await page.selectOption('#search-article', slug);
    await expect.poll(() => query(page).get('article')).toBe(slug);
    await expect.poll(async () => {
      const hrefs = await links(page);
      return hrefs.length > 0 && hrefs.every((h) => h.startsWith(`/en/articles/${slug}/`));
    }, { timeout: 10_000 }).toBe(true);

    const shared = await site.open(`/en/search/?${query(page).toString()}`);
    await waitForHits(shared.page);
    expect(await shared.page.isChecked('#search-kind-text')).toBe(true);
    expect(await shared.page.inputValue('#search-article')).toBe(slug);
    expect(await shared.page.getAttribute('.search-filters', 'open')).not.toBeNull();
  });

  it('keyboard: ArrowDown from the box into the results, arrows between them, Escape back, Enter opens one', async () => {
    const { page } = await site.open('/ru/search/?q=%D0%BC%D1%8F%D0%B3%D0%BA%D0%B0%D1%8F%20%D1%81%D0%B8%D0%BB%D0%B0&kind=text');
    await waitForHits(page);
    expect(await page.locator(hits).count()).toBeGreaterThan(1);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    const hrefs = await links(page);
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('search-q');
    expect(await page.inputValue('#search-q')).toBe('мягкая сила');

    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(`${url.pathname}${url.search}${url.hash}`).toBe(hrefs[0]);
    expect(url.searchParams.get('hl')).toBe('мягкая сила');
    // The paragraph is marked, and only it.
    const id = decodeURIComponent(url.hash.slice(1));
    await expect.poll(() => page.locator('mark.search-hl').count()).toBeGreaterThan(0);
    const marks = await page.$$eval('mark.search-hl', (els, id) => els.map((m) => ({ inside: !!m.closest(`[id="${id}"]`), text: m.textContent })), id);
    expect(marks.every((m) => m.inside)).toBe(true);
    expect(marks.every((m) => /^(мягк|сил)/i.test(m.text ?? ''))).toBe(true);
    // Marking kept the paragraph in view.
    const box = (await page.locator(`[id="${id}"]`).boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(900);
  });

  it('"show more" adds the next results and moves focus to the first of them', async () => {
    const { page } = await site.open('/en/search/?q=diplomacy&all=1');
    await waitForHits(page);
    const before = await page.locator(hits).count();
    expect(await page.isVisible('[data-search-more]')).toBe(true);
    await page.click('[data-search-more]');
    await expect.poll(() => page.locator(hits).count(), { timeout: 10_000 }).toBeGreaterThan(before);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe((await links(page))[before]);
    // The count is of everything found, not of what is shown.
    expect(Number((await status(page)).match(/\d+/)![0])).toBeGreaterThanOrEqual(await page.locator(hits).count());
  });

  for (const width of [360, 1280]) {
    it(`with results, other languages and the filters open, at ${width} px: no axe violation`, async () => {
      const { page, context } = await site.open('/kz/search/?q=%D0%BC%D3%99%D0%B4%D0%B5%D0%BD%D0%B8&all=1&lang=kk&lang=ru&kind=text', width);
      await waitForHits(page);
      await settled(page);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('Pagefind is loaded only on the search page, and only once its box is used', async () => {
    const edition = await openCounting('/en/articles/ustemirova-cultural-humanitarian-cooperation-geopolitical-competition/?hl=soft%20power#p-3');
    await edition.page.keyboard.press('/');
    await edition.page.keyboard.type('soft power');
    await edition.page.waitForTimeout(500);
    expect(edition.pagefind).toEqual([]);

    const empty = await openCounting('/kz/search/');
    await empty.page.waitForLoadState('networkidle');
    expect(empty.pagefind).toEqual([]);
    // Focus is the reader's intent to search: the page language's bundle loads while they type.
    await empty.page.focus('#search-q');
    await expect.poll(() => empty.pagefind.some((u) => new URL(u).pathname === '/pagefind/kk/pagefind-entry.json'), { timeout: 10_000 }).toBe(true);
    expect(empty.pagefind.some((u) => /\/pagefind\/(en|ru|uz)\//.test(u))).toBe(false);
    await empty.page.fill('#search-q', 'мәдени');
    await waitForHits(empty.page);
    expect(empty.pagefind.length).toBeGreaterThan(0);
    expect(empty.external).toEqual([]);
  });
});

describe('the header search box', () => {
  it('`/` outside a text field focuses it; inside one it is a slash; on the search page it focuses the page box', async () => {
    const { page } = await site.open('/uz/glossary/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    expect(await page.inputValue('#header-search-q')).toBe('');
    await page.focus('#gl-filter-input');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#gl-filter-input')).toBe('a/b');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gl-filter-input');

    const search = await site.open('/uz/search/');
    expect(await search.page.locator('#header-search-q').count()).toBe(0);
    await search.page.keyboard.press('/');
    expect(await search.page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  it('is labelled, in every language, and submitting it opens the search page with the query', async () => {
    for (const [path, label] of [
      ['en', 'Search the site'],
      ['ru', 'Поиск по сайту'],
      ['kz', 'Сайттан іздеу'],
      ['uz', 'Saytdan qidirish'],
    ]) {
      const { page, context } = await site.open(`/${path}/articles/`);
      expect(await page.getAttribute('form.header-search', 'role')).toBe('search');
      expect(await page.textContent('label[for="header-search-q"]')).toBe(label);
      expect(await page.getAttribute('form.header-search', 'action')).toBe(`/${path}/search/`);
      await context.close();
    }
    const { page } = await site.open('/kz/articles/');
    await page.fill('#header-search-q', 'мәдени');
    await Promise.all([page.waitForURL(/\/kz\/search\/\?q=/), page.press('#header-search-q', 'Enter')]);
    expect(query(page).get('q')).toBe('мәдени');
    await waitForHits(page);
  });

  it('without JavaScript: the header box submits to the search page, which says why it cannot search and offers the glossary and the works cited', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const external = await blockExternal(context);
    const page = await context.newPage();
    await page.goto(`${site.origin}/ru/glossary/`);
    await page.fill('#header-search-q', 'мягкая сила');
    await Promise.all([page.waitForURL(/\/ru\/search\/\?q=/), page.press('#header-search-q', 'Enter')]);
    expect(query(page).get('q')).toBe('мягкая сила');
    expect(await page.isVisible('.search-noscript')).toBe(true);
    expect(await page.textContent('.search-noscript')).toContain('JavaScript');
    const hrefs = await page.$$eval('.search-noscript a', (els) => els.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/ru/glossary/', '/ru/references/']);
    // No control that would do nothing without a script; the form itself still submits.
    expect(await page.isVisible('.search-filters')).toBe(false);
    expect(await page.isVisible('#search-all')).toBe(false);
    expect(await page.isVisible('#search-q')).toBe(true);
    await page.fill('#search-q', 'культура');
    await Promise.all([page.waitForURL(/q=%D0%BA/), page.press('#search-q', 'Enter')]);
    expect(query(page).get('q')).toBe('культура');
    expect(external).toEqual([]);
    await context.close();
  });

  it('at 360 px the header fits in every language, box included', async () => {
    for (const path of ['en', 'ru', 'kz', 'uz']) {
      const { page, context } = await site.open(`/${path}/articles/ustemirova-cultural-humanitarian-cooperation-geopolitical-competition/`, 360);
      const box = await page.locator('form.header-search').boundingBox();
      expect(box, path).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await context.close();
    }
  });
});

describe('hostile queries never break the page', () => {
  const cases: [string, string][] = [
    ['a very long query', 'мягкая сила '.repeat(100)],
    ['regular-expression characters', '(.*+?[^$]{2}|\\'],
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['right-to-left text', 'مرحبا بالعالم ‮soft‬'],
    ['only punctuation', '?!.,;:—«»…'],
  ];
  for (const [name, q] of cases) {
    it(`${name}: shown as text, cut to 200 characters, and the page answers with a count`, async () => {
      const { page, context, errors, external } = await openCounting(`/en/search/?q=${encodeURIComponent(q)}`);
      const text = await settled(page);
      expect(text).toMatch(/^(No results\.|\d+ results?)$/);
      const expected = Array.from(q).slice(0, 200).join('');
      expect(await page.inputValue('#search-q')).toBe(expected);
      expect(query(page).get('q')).toBe(expected);
      // Nothing the reader typed became markup.
      expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
      expect(await page.locator('[onerror]').count()).toBe(0);
      // Typed into the box as well, keystroke by keystroke.
      await page.fill('#search-q', '');
      await page.keyboard.type(q.slice(0, 60));
      await expect.poll(() => query(page).get('q'), { timeout: 10_000 }).toBe(q.slice(0, 60));
      await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(/^(No results\.|\d+ results?)$/);
      expect(await page.locator('main img').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await context.close();
    });
  }
});

describe('highlighting on arrival', () => {
  it('only with ?hl= and a paragraph: no marks on a plain visit, none outside the target', async () => {
    const slug = 'ustemirova-cultural-humanitarian-cooperation-geopolitical-competition';
    const plain = await site.open(`/en/articles/${slug}/#p-3`);
    expect(await plain.page.locator('mark.search-hl').count()).toBe(0);
    const noTarget = await site.open(`/en/articles/${slug}/?hl=the`);
    expect(await noTarget.page.locator('mark.search-hl').count()).toBe(0);
    // Apostrophe- and Kazakh-letter-insensitive: typed without them, found with them.
    const kk = await site.open(`/kz/search/?q=${encodeURIComponent('казакстан')}&kind=text`);
    await waitForHits(kk.page);
    const href = (await links(kk.page))[0]!;
    const { page } = await site.open(href);
    await expect.poll(() => page.locator('mark.search-hl').count()).toBeGreaterThan(0);
    const texts = await page.$$eval('mark.search-hl', (els) => els.map((e) => e.textContent));
    expect(texts.every((t) => /^қазақстан/i.test(t ?? ''))).toBe(true);
  });
});

describe('the built HTML', () => {
  it('has no inline script or style on the search page, an edition, or a page with the header box', async () => {
    for (const path of ['/en/search/', '/kz/articles/', '/uz/articles/ustemirova-cultural-humanitarian-cooperation-geopolitical-competition/']) {
      const html = await (await fetch(site.origin + path)).text();
      const inline = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/\bsrc=/.test(attrs) && !/application\/(ld\+)?json/.test(attrs));
      expect(inline, path).toEqual([]);
      expect(/\sstyle=/.test(html), path).toBe(false);
      expect(/<style[\s>]/.test(html), path).toBe(false);
    }
  });
});

async function blockExternal(context: BrowserContext): Promise<string[]> {
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.origin) || url.startsWith('data:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  return external;
}
