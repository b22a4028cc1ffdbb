/**
 * Citation pages and "cite this paragraph" in real chromium, served by nginx: the styles in the
 * reader's order, both ways of citing a translation, the copy buttons, the paragraph citation
 * (picked, or arriving with ?p=N), the edition's paragraph panel (focus, Escape), the downloads
 * as nginx serves them, and the pages without JavaScript.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startSite, type Site } from './site.ts';

const slug = 'ustemirova-cultural-humanitarian-cooperation-geopolitical-competition';
const doi = '10.51889/2959-6270.2026.94.2.010';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const styleNamesOn = (page: import('playwright-core').Page, section: string) =>
  page.$$eval(`${section} .cite-style-name`, (els) => els.map((e) => e.textContent!.trim()));

describe('the citation page', () => {
  it('in English: APA first, seven styles, the DOI as a link form; no "this translation" for the original', async () => {
    const { page, external } = await site.open(`/en/articles/${slug}/cite/`);
    const names = await styleNamesOn(page, '#original-apa ~ li, #original-apa');
    expect(names[0]).toBe('APA 7');
    expect(names).toHaveLength(7);
    expect(await page.textContent('#original-apa .cite-ref')).toContain(`https://doi.org/${doi}`);
    expect(await page.textContent('#original-apa .cite-ref')).toMatch(/^Ustemirova, A\. O\./);
    expect(await page.$('#cite-edition')).toBeNull();
    expect(external).toEqual([]);
  });

  it('in Russian: GOST first, the original (English title) and the Russian translation cited as a translation by this site', async () => {
    const { page } = await site.open(`/ru/articles/${slug}/cite/`);
    expect((await styleNamesOn(page, 'section:has(#cite-original)'))[0]).toMatch(/^GOST R 7\.0\.100-2018|ГОСТ Р 7\.0\.100-2018/);
    const original = await page.textContent('#original-gost-2018 .cite-ref');
    expect(original).toContain('Cultural and Humanitarian Cooperation in Central Asia');
    expect(original).toContain(doi);
    const edition = await page.textContent('#edition-apa .cite-ref');
    expect(edition).toContain('Культурно-гуманитарное сотрудничество');
    expect(edition).toContain('Культурная дипломатия в Центральной Азии');
    expect(edition).toContain(`/ru/articles/${slug}/`);
  });

  it('a copy button copies exactly the reference and says so in a live region', async () => {
    const { page, context } = await site.open(`/en/articles/${slug}/cite/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const shown = (await page.textContent('#original-mla .cite-ref'))!.trim();
    await page.click('#original-mla button.cite-copy');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await expect.poll(() => page.textContent('.cite-status')).toBe('Copied');
  });

  it('?p=12 fills in paragraph 12 in every style and its link; choosing another paragraph updates them', async () => {
    const { page } = await site.open(`/en/articles/${slug}/cite/?p=12`);
    expect(await page.inputValue('#cite-paragraph-number')).toBe('12');
    const apa = await page.textContent('.cite-intext-row:first-child .cite-intext-ref');
    // The source prints no date for this article: APA says n.d. rather than a guessed year.
    expect(apa?.trim()).toBe('(Ustemirova, n.d., para. 12)');
    expect(await page.textContent('.cite-paragraph-url')).toMatch(new RegExp(`/en/articles/${slug}/#p-12$`));
    await page.selectOption('#cite-paragraph-number', '3');
    expect(await page.textContent('.cite-intext-row:first-child .cite-intext-ref')).toContain('para. 3');
    expect(await page.textContent('.cite-paragraph-url')).toMatch(/#p-3$/);
  });

  it('every paragraph of the edition can be chosen, and only those', async () => {
    const { page } = await site.open(`/en/articles/${slug}/cite/`);
    const options = await page.$$eval('#cite-paragraph-number option', (els) => els.map((e) => `p-${(e as HTMLOptionElement).value}`));
    const edition = await site.open(`/en/articles/${slug}/`);
    const blocks = await edition.page.$$eval('.edition-body .block[id]', (els) => els.map((e) => e.id));
    expect(options).toEqual(blocks);
  });

  it('without JavaScript: no dead buttons, the paragraph pattern with N, and the references as text', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/kz/articles/${slug}/cite/`);
    expect(await page.$$eval('button.cite-copy', (els) => els.every((e) => !(e as HTMLElement).checkVisibility()))).toBe(true);
    expect(await page.isVisible('.cite-paragraph-pattern')).toBe(true);
    expect(await page.isVisible('#cite-paragraph-number')).toBe(false);
    expect(await page.textContent('.cite-paragraph-url')).toMatch(/#p-N$/);
    expect(await page.textContent('#original-gost-2018 .cite-ref')).toContain(doi);
    await context.close();
  });
});

describe('cite this paragraph, from an edition', () => {
  it('the paragraph number opens a panel under the paragraph with its citation; Escape closes it and returns focus', async () => {
    const { page } = await site.open(`/en/articles/${slug}/`);
    await page.click('#p-5 > a.block-link');
    await page.waitForSelector('#p-5 + .para-cite');
    expect(page.url()).toMatch(/#p-5$/);
    const panel = page.locator('#p-5 + .para-cite');
    expect(await panel.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await panel.textContent()).toContain('para. 5');
    expect(await panel.textContent()).toContain(`/en/articles/${slug}/#p-5`);
    const more = await panel.locator('a[href*="/cite/"]').getAttribute('href');
    expect(more).toBe(`/en/articles/${slug}/cite/?p=5#cite-paragraph`);
    await page.keyboard.press('Escape');
    expect(await page.$('.para-cite')).toBeNull();
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe('#p-5');
  });

  it('one panel at a time; "Copy link" copies the paragraph URL', async () => {
    const { page, context } = await site.open(`/ru/articles/${slug}/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.click('#p-2 > a.block-link');
    await page.waitForSelector('#p-2 + .para-cite');
    await page.click('#p-3 > a.block-link');
    await page.waitForSelector('#p-3 + .para-cite');
    expect(await page.$$('.para-cite')).toHaveLength(1);
    await page.click('.para-cite button[data-action="copy-link"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/ru/articles/${slug}/#p-3$`));
  });

  it('the edition links to its citation page in the reader’s language', async () => {
    const { page } = await site.open(`/uz/articles/${slug}/`);
    expect(await page.getAttribute('.cite-link a', 'href')).toBe(`/uz/articles/${slug}/cite/`);
  });
});

describe('downloads', () => {
  for (const [ext, type] of [
    ['bib', 'application/x-bibtex'],
    ['ris', 'application/x-research-info-systems'],
    ['json', 'application/vnd.citationstyles.csl+json'],
  ] as const) {
    it(`${ext} is served as ${type}, UTF-8, and names the article`, async () => {
      const res = await fetch(`${site.origin}/downloads/articles/${slug}.${ext}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type.replace(/[.+]/g, '\\$&')}; charset=utf-8$`));
      expect(await res.text()).toContain('Ustemirova');
    });
  }
});
