/**
 * The works cited across the collection (`/{lang}/references/`) in real chromium: a work cited by
 * two articles is listed once with a link to each; every reference of every article is listed,
 * and every link lands on its item in the edition's reference list; letters follow the language;
 * the page needs no JavaScript. The gates (axe, html-validate, links) find the page type in dist/.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { startSite, type Site } from './site.ts';
import { builtPages, pageType, representatives } from '../site/pages.ts';

const khamdamov = 'khamdamov-cultural-diplomacy-regional-integration';
const ustemirova = 'ustemirova-cultural-humanitarian-cooperation-geopolitical-competition';
const localePaths = ['en', 'ru', 'kz', 'uz'] as const;

/** Every article's reference ids, from the content the site was built from. */
const referenceIds = new Map(
  readdirSync('content/articles')
    .filter((slug) => existsSync(`content/articles/${slug}/references.json`))
    .map((slug) => [slug, (JSON.parse(readFileSync(`content/articles/${slug}/references.json`, 'utf8')) as { id: string }[]).map((r) => r.id)] as const),
);
const referenceCount = [...referenceIds.values()].reduce((n, ids) => n + ids.length, 0);

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const citedLinks = (page: Page, scope = '') => page.$$eval(`${scope} .wc-cited a`, (as) => as.map((a) => a.getAttribute('href')!));

/**
 * The ids of the reference items in an edition's list (its printed references, not the missing
 * numbers), from the page as served: parsed rather than rendered, as an edition takes seconds to lay out.
 */
async function referenceItemIds(path: string): Promise<string[]> {
  const response = await fetch(site.origin + path);
  expect(response.status, path).toBe(200);
  return selectAll('section.references li.ref:not(.ref-missing)', fromHtml(await response.text())).map((li) => String(li.properties.id));
}

describe('works cited', () => {
  it.each(localePaths)('/%s/references/ lists Nye’s Soft Power once, with a link to each citing article that lands on its reference', async (l) => {
    const { page } = await site.open(`/${l}/references/`);
    const nye = () => page.locator('.wc-work').filter({ hasText: /Nye/ }).filter({ hasText: /Soft power: The means to success/i });
    expect(await nye().count()).toBe(1);
    const hrefs = await nye().locator('.wc-cited a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.map((h) => h.split('#')[0])).toEqual([`/${l}/articles/${khamdamov}/`, `/${l}/articles/${ustemirova}/`]);
    for (const [i, href] of hrefs.entries()) {
      if (i > 0) await page.goBack();
      await nye().locator('.wc-cited a').nth(i).click();
      await page.waitForURL((u) => u.pathname + u.hash === href);
      const target = await page.evaluate(() => {
        const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        return el && { tag: el.tagName, inReferences: el.closest('section.references') !== null, targeted: el.matches(':target'), text: el.textContent ?? '' };
      });
      expect(target, href).toMatchObject({ tag: 'LI', inReferences: true, targeted: true });
      expect(target!.text, href).toMatch(/Soft Power/);
    }
  });

  it.each(localePaths)('/%s/references/ lists every reference of every article under exactly one work', async (l) => {
    const { page } = await site.open(`/${l}/references/`);
    const hrefs = await citedLinks(page);
    expect(hrefs.length).toBe(referenceCount);
    expect(new Set(hrefs).size).toBe(referenceCount);
    // At least Nye's Soft Power joins two references into one work.
    const works = await page.locator('.wc-work').count();
    expect(works).toBeLessThan(referenceCount);
    expect(await page.locator('.wc-count').textContent()).toMatch(new RegExp(`\\b${works}\\b.*\\b${referenceCount}\\b`));
    // Each article's links are exactly the items of its edition's reference list.
    for (const [slug, ids] of referenceIds) {
      const url = `/${l}/articles/${slug}/`;
      const mine = hrefs.filter((h) => h.startsWith(`${url}#`)).map((h) => decodeURIComponent(h.slice(url.length + 1)));
      expect(mine.length, url).toBe(ids.length);
      expect(new Set(mine), url).toEqual(new Set(await referenceItemIds(url)));
    }
  });

  it('marks a work in another language than the page with lang, and only then', async () => {
    const { page } = await site.open('/en/references/');
    const langOf = (text: RegExp) => page.locator('.wc-work').filter({ hasText: text }).locator('.wc-ref').getAttribute('lang');
    expect(await langOf(/Нуриддинов/)).toBe('ru');
    expect(await langOf(/Кўчаров/)).toBe('uz-Cyrl');
    expect(await langOf(/Yangi Oʻzbekiston strategiyasi/)).toBe('uz');
    expect(await langOf(/Cooley/)).toBeNull();
    const ru = (await site.open('/ru/references/')).page;
    expect(await ru.locator('.wc-work').filter({ hasText: /Нуриддинов/ }).locator('.wc-ref').getAttribute('lang')).toBeNull();
    expect(await ru.locator('.wc-work').filter({ hasText: /Cooley/ }).locator('.wc-ref').getAttribute('lang')).toBe('en');
  });

  it('has one h1 and a letter h2 per group, in the language’s alphabet, with an index that leads to each', async () => {
    const letters = async (l: string) => {
      const { page } = await site.open(`/${l}/references/`);
      expect(await page.locator('main h1').count()).toBe(1);
      const h2 = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent!.trim()));
      expect(h2).toEqual(await page.$$eval('main h2.gl-letter', (hs) => hs.map((h) => h.textContent!.trim())));
      const jumps = await page.$$eval('.gl-jump a', (as) => as.map((a) => a.getAttribute('href')!));
      expect(jumps.length).toBe(h2.length);
      for (const j of jumps) expect(await page.locator(`[id="${decodeURIComponent(j.slice(1))}"]`).count(), j).toBe(1);
      return h2;
    };
    // Kazakh: Cyrillic before Latin; English: Latin before Cyrillic.
    const kz = await letters('kz');
    expect(kz.indexOf('Н')).toBeLessThan(kz.indexOf('B'));
    const en = await letters('en');
    expect(en.indexOf('B')).toBeLessThan(en.indexOf('Н'));
    // Uzbek: Sh is a letter of its own, after Z (and V).
    const uz = await letters('uz');
    expect(uz.indexOf('Sh')).toBeGreaterThan(uz.indexOf('V'));
  });

  it('works without JavaScript: every work and link is there and the letter index jumps', async () => {
    const withJs = await citedLinks((await site.open('/kz/references/')).page);
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/kz/references/`);
    expect(await citedLinks(page)).toEqual(withJs);
    // The page has no script of its own; the header's search shortcut is on every page.
    expect(await page.locator('script:not([src="/scripts/search-key.js"])').count()).toBe(0);
    const first = page.locator('.gl-jump a').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL((u) => u.hash === href);
    expect(await page.locator('.wc-work').first().isVisible()).toBe(true);
    await context.close();
  });

  it('is in the site navigation in every language, marked current on the page itself', async () => {
    for (const l of localePaths) {
      const { page } = await site.open(`/${l}/articles/`);
      expect(await page.locator(`.site-nav a[href="/${l}/references/"]`).count(), l).toBe(1);
      expect(await page.locator(`.site-footer a[href="/${l}/references/"]`).count(), l).toBe(1);
      const own = (await site.open(`/${l}/references/`)).page;
      expect(await own.locator(`.site-nav a[href="/${l}/references/"]`).getAttribute('aria-current'), l).toBe('page');
    }
  });

  it('is a page type of its own that the gates visit in all four languages', () => {
    expect(pageType('/kz/references/')).toBe('{lang}/references');
    const sample = representatives(builtPages()).filter((p) => p.type === '{lang}/references');
    expect(sample.map((p) => p.locale).sort()).toEqual(['en', 'kz', 'ru', 'uz']);
  });
});
