/**
 * The reading page in real chromium: paragraph permalinks, citation links and back-links,
 * annotations by keyboard, layout at phone and desktop widths, and no request leaving the site.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startSite, type Site } from './site.ts';

const ustemirova = '/en/articles/ustemirova-cultural-humanitarian-cooperation-geopolitical-competition/';
const khamdamov = '/en/articles/khamdamov-cultural-diplomacy-regional-integration/';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

describe('paragraph permalinks', () => {
  it('numbers blocks p-1…p-n in order, each with a link to itself', async () => {
    const { page } = await site.open(ustemirova);
    const blocks = await page.$$eval('article .block', (els) =>
      els.map((el) => ({ id: el.id, href: el.querySelector(':scope > a.block-link')?.getAttribute('href') })),
    );
    expect(blocks.length).toBeGreaterThan(40);
    blocks.forEach((b, i) => expect(b).toEqual({ id: `p-${i + 1}`, href: `#p-${i + 1}` }));
  });

  it('a paragraph URL lands on that paragraph, and its permalink shows on focus and hover', async () => {
    const { page } = await site.open(`${ustemirova}#p-12`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-12');
    const top = await page.$eval('#p-12', (el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(200);
    const link = page.locator('#p-20 > a.block-link');
    const opacity = () => link.evaluate((el) => Number(getComputedStyle(el).opacity));
    await page.mouse.move(0, 0);
    const idle = await opacity();
    await link.focus();
    const focused = await link.evaluate((el) => {
      const s = getComputedStyle(el);
      return { opacity: Number(s.opacity), outline: s.outlineStyle, visible: s.visibility };
    });
    expect(focused.opacity).toBe(1);
    expect(focused.visible).toBe('visible');
    expect(focused.outline).not.toBe('none');
    await page.locator('#p-21').hover();
    expect(Number(await page.locator('#p-21 > a.block-link').evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThan(idle === 1 ? 0.99 : idle);
  });
});

describe('citations', () => {
  it('a marker links to its reference, and the reference links back to that marker', async () => {
    const { page } = await site.open(ustemirova);
    const marker = page.locator('a.cite', { hasText: '[7,p.241]' });
    expect(await marker.getAttribute('href')).toBe('#ref-7');
    const markerId = await marker.getAttribute('id');
    await marker.click();
    expect(new URL(page.url()).hash).toBe('#ref-7');
    const ref = page.locator('#ref-7');
    await expect.poll(() => ref.textContent()).toContain('Humanitarian diplomacy as an instrument');
    const back = ref.locator(`a[href="#${markerId}"]`);
    expect(await back.count()).toBe(1);
    await back.click();
    expect(new URL(page.url()).hash).toBe(`#${markerId}`);
  });

  it('every marker and back-link on every edition points at an element that exists', async () => {
    for (const path of [ustemirova, khamdamov]) {
      const { page } = await site.open(path);
      const broken = await page.$$eval('a.cite, a[href^="#cite-"], a[href^="#note-"], a[href^="#ann-"]', (els) =>
        els.map((a) => a.getAttribute('href')!).filter((h) => !document.getElementById(h.slice(1))),
      );
      expect(broken, path).toEqual([]);
    }
  });

  it('markers resolve through the article\'s citation map where printed numbers run ahead (001)', async () => {
    const { page } = await site.open(khamdamov);
    const ref2 = await page.locator('#ref-2').textContent();
    expect(ref2).toContain('Khidoyatov');
  });
});

describe('annotations', () => {
  it('on a phone, a note opens and closes by keyboard and returns focus', async () => {
    const { page } = await site.open(khamdamov, 360);
    const ref = page.locator('.ann-ref').first();
    const noteId = (await ref.getAttribute('aria-describedby'))!;
    const note = page.locator(`#${noteId}`);
    expect(await note.isVisible()).toBe(false);
    await ref.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await ref.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => note.isVisible()).toBe(false);
    expect(await ref.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('ann-ref');
    await page.keyboard.press(' ');
    await expect.poll(() => note.isVisible()).toBe(true);
  });

  it('on a wide screen, notes stand in the margin beside the text', async () => {
    const { page } = await site.open(khamdamov, 1280);
    const note = page.locator('.sidenote').first();
    expect(await note.isVisible()).toBe(true);
    const [noteBox, textBox] = await Promise.all([note.boundingBox(), page.locator('article p.block').first().boundingBox()]);
    expect(noteBox!.x).toBeGreaterThanOrEqual(textBox!.x + textBox!.width - 1);
  });

  it('without JavaScript, a note marker leads to the note in the list of editorial notes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.origin + khamdamov);
    const ref = page.locator('.ann-ref').first();
    const href = (await ref.getAttribute('href'))!;
    expect(href).toMatch(/^#note-/);
    await ref.click();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(href.slice(1));
    await context.close();
  });
});

describe('layout', () => {
  for (const width of [360, 1280]) {
    it(`at ${width} px nothing overflows sideways and lines hold a readable measure`, async () => {
      const { page, external } = await site.open(ustemirova, width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const perLine = await page.evaluate(() => {
        // The running text only: side notes and the paragraph number are not part of the line.
        const text = (el: HTMLElement) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.sidenote, .block-link, .ann-ref').forEach((n) => n.remove());
          return copy.textContent!.replace(/\s+/g, ' ').trim();
        };
        const plain = [...document.querySelectorAll<HTMLElement>('article p.block')].filter((p) => !p.querySelector('.ann'));
        const p = plain.sort((a, b) => text(b).length - text(a).length)[0]!;
        const lh = parseFloat(getComputedStyle(p).lineHeight);
        const lines = Math.round(p.getBoundingClientRect().height / lh);
        return text(p).length / lines;
      });
      if (width === 1280) {
        expect(perLine).toBeGreaterThanOrEqual(60);
        expect(perLine).toBeLessThanOrEqual(80);
      } else {
        expect(perLine).toBeGreaterThanOrEqual(30);
      }
      expect(external).toEqual([]);
    });
  }
});

describe('languages', () => {
  // Every article now exists in all four languages; which edition a page shows when one is missing
  // (the original, with a notice) is unit-tested in tests/lib/editions.test.ts.
  it('each edition is in its own language, and lang says so on the page and on the text', async () => {
    for (const [path, lang] of [['en', 'en'], ['ru', 'ru'], ['kz', 'kk'], ['uz', 'uz']]) {
      const { page } = await site.open(ustemirova.replace('/en/', `/${path}/`));
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getAttribute('article.edition', 'lang')).toBe(lang);
      expect(await page.locator('.fallback-notice').count()).toBe(0);
    }
  });

  it('the Kazakh original is served at /kz/ with no translation notice; its English edition says it is translated from Kazakh', async () => {
    const { page } = await site.open('/kz/articles/kalykov-turkistan-summit-turkic-states/');
    expect(await page.getAttribute('article.edition', 'lang')).toBe('kk');
    expect(await page.locator('.translation-notice').count()).toBe(0);
    const en = await site.open('/en/articles/kalykov-turkistan-summit-turkic-states/');
    expect(await en.page.getAttribute('article.edition', 'lang')).toBe('en');
    expect(await en.page.locator('.translation-notice').textContent()).toContain('from Kazakh');
  });
});
