/**
 * Reading across languages in real chromium: the language switcher lands on the same paragraph of
 * the other edition, every edition names all four in hreflang alternates, a translation says what
 * it is and marks the authors' own text, and the parallel view aligns paragraphs (side by side on
 * a desktop, stacked in pairs on a phone).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startSite, type Site } from './site.ts';

const slug = 'ustemirova-cultural-humanitarian-cooperation-geopolitical-competition';
const edition = (lang: string) => `/${lang}/articles/${slug}/`;

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the language switcher keeps the place', () => {
  it('from a paragraph URL, the Russian link opens the Russian edition at the same paragraph', async () => {
    const { page } = await site.open(`${edition('en')}#p-17`);
    await page.locator('.language-switcher a[hreflang="ru"]').click();
    await page.waitForURL(/\/ru\/articles\//);
    expect(new URL(page.url()).pathname).toBe(edition('ru'));
    expect(new URL(page.url()).hash).toBe('#p-17');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-17');
    expect(await page.locator('#p-17').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ru');
  });

  it('after scrolling, the link carries the paragraph at the top of the window (keyboard too)', async () => {
    const { page } = await site.open(edition('kz'));
    await page.locator('#p-30').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.locator('.language-switcher a[hreflang="uz"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/uz\/articles\//);
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/^#p-(29|30|31)$/);
  });

  it('without JavaScript the links still lead to the other edition', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${edition('en')}#p-5`);
    expect(await page.locator('.language-switcher a[hreflang="kk"]').getAttribute('href')).toBe(edition('kz'));
    await context.close();
  });
});

describe('every edition names all four', () => {
  it('has rel=alternate hreflang links to the four editions and no fallback notice', async () => {
    for (const path of ['en', 'ru', 'kz', 'uz']) {
      const { page } = await site.open(edition(path));
      const alternates = await page.$$eval('link[rel=alternate][hreflang]:not([hreflang=x-default])', (ls) =>
        ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
      expect(new Map(alternates as [string, string][])).toEqual(
        new Map([
          ['en', edition('en')],
          ['ru', edition('ru')],
          ['kk', edition('kz')],
          ['uz', edition('uz')],
        ]),
      );
      expect(await page.locator('.fallback-notice').count()).toBe(0);
    }
  });
});

describe('provenance', () => {
  it('a translation says it is an editorial translation and links to the original', async () => {
    const { page } = await site.open('/uz/articles/kalykov-turkistan-summit-turkic-states/');
    const notice = page.locator('.translation-notice');
    await expect.poll(() => notice.textContent()).toContain('qozoq tilidan');
    expect(await notice.locator('a').getAttribute('href')).toBe('/kz/articles/kalykov-turkistan-summit-turkic-states/');
  });

  it('the original says nothing of the kind', async () => {
    const { page } = await site.open(edition('en'));
    expect(await page.locator('.translation-notice').count()).toBe(0);
  });

  it('the authors\' own Russian abstract is marked as theirs, block by block; the translated body is not', async () => {
    const { page } = await site.open(edition('ru'));
    const marked = await page.$$eval('[data-provenance=author]', (els) => els.map((e) => e.id));
    expect(marked).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(await page.locator('#p-2 .provenance-label').textContent()).toBe('Текст авторов');
    expect(await page.locator('#p-5 .provenance-label').count()).toBe(0);
    expect(await page.locator('.translation-notice').textContent()).toContain('Текст авторов');
  });
});

describe('the parallel view', () => {
  const parallel = `/en/articles/${slug}/parallel/ru/`;

  it('is linked from the edition', async () => {
    const { page } = await site.open(edition('en'));
    expect(await page.locator(`a[href="${parallel}"]`).count()).toBe(1);
  });

  it('puts each English paragraph beside its Russian one on a desktop', async () => {
    const { page } = await site.open(parallel, 1280);
    const rows = await page.$$eval('.parallel-row:not(.parallel-head)', (rows) =>
      rows.map((r) => {
        const [a, b] = [...r.querySelectorAll(':scope > .parallel-cell')].map((c) => c.firstElementChild as HTMLElement);
        return { a: a!.id, b: b!.id, lang: [a!.closest('[lang]')!.getAttribute('lang'), b!.closest('[lang]')!.getAttribute('lang')], dy: Math.abs(a!.getBoundingClientRect().top - b!.getBoundingClientRect().top), side: b!.getBoundingClientRect().left > a!.getBoundingClientRect().right };
      }),
    );
    expect(rows.length).toBeGreaterThan(40);
    const blocks = rows.filter((r) => /^p-\d+$/.test(r.a));
    expect(blocks.length).toBeGreaterThan(30);
    for (const r of blocks) {
      expect(r.b).toBe(`ru-${r.a}`);
      expect(r.lang).toEqual(['en', 'ru']);
      expect(r.dy).toBeLessThan(2);
      expect(r.side).toBe(true);
    }
  });

  it('stacks each pair on a phone, the English paragraph right above its Russian one', async () => {
    const { page } = await site.open(parallel, 360);
    const pair = await page.$eval('#p-12', (a) => {
      const b = document.getElementById('ru-p-12')!;
      return { below: b.getBoundingClientRect().top > a.getBoundingClientRect().bottom, sameRow: a.closest('.parallel-row') === b.closest('.parallel-row') };
    });
    expect(pair).toEqual({ below: true, sameRow: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('works without JavaScript, and a paragraph URL lands on its row', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${parallel}#p-20`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-20');
    expect(await page.locator('#ru-p-20').count()).toBe(1);
    await context.close();
  });
});
