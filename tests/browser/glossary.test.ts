/**
 * The glossary in real chromium: the index in each language's alphabetical order, the filter
 * (cross-language, announced), the index by type, an entry's concordance against the editions it
 * points into, and in an edition the term links, their popovers (focus, hover, Escape, Tab) and
 * the edition's own glossary, with and without JavaScript.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './site.ts';

const ustemirova = '/en/articles/ustemirova-cultural-humanitarian-cooperation-geopolitical-competition/';
const kalykov = '/kz/articles/kalykov-turkistan-summit-turkic-states/';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const labels = (page: Page, scope = '') => page.$$eval(`${scope} .gl-index-label`, (els) => els.map((e) => e.textContent!.trim()));
const visibleLabels = (page: Page) =>
  page.$$eval('.gl-index-label', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent!.trim()));

describe('index by letter', () => {
  it('in Kazakh, letters follow the Kazakh alphabet (Ә after А, Қ after К, Ө after О, Ұ Ү after У, І after Ы), Latin after Cyrillic', async () => {
    const { page } = await site.open('/kz/glossary/');
    const letters = await page.$$eval('h2.gl-letter', (els) => els.map((e) => e.textContent!.trim()));
    const alphabet = [...'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ'];
    const cyrillic = letters.filter((l) => alphabet.includes(l));
    const positions = cyrillic.map((l) => alphabet.indexOf(l));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The letters that Russian order files elsewhere are there, each right after its base letter's group.
    expect(letters.indexOf('Қ')).toBe(letters.indexOf('К') + 1);
    expect(letters.indexOf('Ө')).toBe(letters.indexOf('О') + 1);
    expect(letters.indexOf('Ұ')).toBeGreaterThan(letters.indexOf('Т'));
    expect(letters.indexOf('Ұ')).toBeLessThan(letters.indexOf('Ф'));
    // Entries in Latin script (TechOrda, IT Park) come after the whole Cyrillic alphabet.
    const firstLatin = letters.findIndex((l) => /^[A-Z]$/.test(l));
    expect(firstLatin).toBeGreaterThan(letters.indexOf('Ш'));
    expect(letters.slice(firstLatin).every((l) => /^[A-Z]$/.test(l))).toBe(true);
  });

  it('in Kazakh, entries sort letter by letter in the Kazakh order (І after Ы and К, Қ after К)', async () => {
    const { page } = await site.open('/kz/glossary/');
    const all = await labels(page);
    const at = (label: string) => {
      const i = all.indexOf(label);
      expect(i, label).toBeGreaterThanOrEqual(0);
      return i;
    };
    // Russian order puts І with И, so "Түрікменстан" would come before "Түркі…"; Kazakh puts І after Ы.
    expect(at('Түркі мемлекеттері ұйымы')).toBeLessThan(at('Түрікменстан'));
    expect(at('Түркістан саммиті')).toBeLessThan(at('Түрікменстан'));
    expect(at('көші-қон')).toBeLessThan(at('Қазақстан'));
    expect(at('Орталық Азия')).toBeLessThan(at('Өзбекстан'));
    expect(at('Өзбекстан')).toBeLessThan(at('Ресей'));
    expect(at('Ұлы ойын')).toBeLessThan(at('форсайт'));
  });

  it('in Uzbek, Oʻ and Sh are letters of their own after Z', async () => {
    const { page } = await site.open('/uz/glossary/');
    const letters = await page.$$eval('h2.gl-letter', (els) => els.map((e) => e.textContent!.trim()));
    expect(letters.slice(-2)).toEqual(['Oʻ', 'Sh']);
    const oz = await labels(page, '#letter-oʻ');
    expect(oz).toContain('Oʻzbekiston');
    expect(await labels(page, '#letter-sh')).toEqual(['Shanxay hamkorlik tashkiloti']);
  });

  it('lists every entry once, with its type, a one-sentence definition and a link to the entry', async () => {
    const { page } = await site.open('/en/glossary/');
    const items = await page.$$eval('.gl-index-entry', (els) =>
      els.map((li) => ({
        href: li.querySelector('a.gl-index-label')!.getAttribute('href'),
        type: li.querySelector('.gl-index-type')?.textContent,
        def: li.querySelector('.gl-index-def')!.textContent!.trim(),
      })),
    );
    expect(items.length).toBeGreaterThanOrEqual(55);
    expect(new Set(items.map((i) => i.href)).size).toBe(items.length);
    const soft = items.find((i) => i.href === '/en/glossary/soft-power/')!;
    expect(soft.type).toBe('concept');
    expect(soft.def).toMatch(/^The ability to shape others’ preferences .*\(J\. Nye’s classic distinction, cited by Ustemirova\)\.$/);
    // The letter index leads to every group.
    const jumps = await page.$$eval('.gl-jump a', (as) => as.map((a) => a.getAttribute('href')!));
    for (const j of jumps) expect(await page.locator(j.replace(/^#/, '[id="') + '"]').count(), j).toBe(1);
  });

  it('links to the order by type and to the three downloads', async () => {
    const { page } = await site.open('/ru/glossary/');
    expect(await page.locator('.gl-views a', { hasText: 'По типам' }).getAttribute('href')).toBe('/ru/glossary/by-type/');
    const downloads = await page.$$eval('.gl-downloads li', (lis) => lis.map((li) => [li.querySelector('a')!.getAttribute('href'), li.textContent!]));
    expect(downloads.map((d) => d[0])).toEqual(['/downloads/glossary.csv', '/downloads/glossary.json', '/downloads/glossary.tbx']);
    expect(downloads[2]![1]).toContain('терминологических');
    for (const [href] of downloads) {
      const r = await page.request.get(site.origin + href!);
      expect(r.status(), href!).toBe(200);
    }
  });

  it('the site header links to the glossary on every kind of page', async () => {
    for (const path of ['/uz/', '/uz/articles/', ustemirova.replace('/en/', '/uz/'), '/uz/glossary/soft-power/']) {
      const { page } = await site.open(path);
      expect(await page.locator('.site-nav a[href="/uz/glossary/"]').textContent(), path).toContain('Glossariy');
    }
  });
});

describe('filter', () => {
  it('narrows the list as one types, announces the count, and finds a term typed in another language', async () => {
    const { page } = await site.open('/ru/glossary/');
    const total = (await labels(page)).length;
    const input = page.getByLabel('Найти термин на любом из четырёх языков');
    expect(await input.isVisible()).toBe(true);
    const status = page.locator('[role="status"]');
    expect(await status.textContent()).toBe('');

    await input.pressSequentially('soft power');
    await expect.poll(() => visibleLabels(page)).toEqual(['мягкая сила']);
    await expect.poll(() => status.textContent()).toBe('Найдено терминов: 1');
    // The form that matched is shown beside the Russian label, in its language.
    const match = page.locator('.gl-index-entry:not([hidden]) .gl-index-match');
    expect(await match.textContent()).toBe('soft power');
    expect(await match.getAttribute('lang')).toBe('en');
    // Letter groups without a match are hidden, and so are their links in the letter index.
    expect(await page.locator('section.gl-group:not([hidden])').count()).toBe(1);
    expect(await page.locator('.gl-jump li:not([hidden])').count()).toBe(1);

    await input.fill('дипломат');
    await input.dispatchEvent('input');
    await expect.poll(async () => (await visibleLabels(page)).length).toBeGreaterThan(3);
    const n = (await visibleLabels(page)).length;
    expect(n).toBeLessThan(total);
    await expect.poll(() => status.textContent()).toBe(`Найдено терминов: ${n}`);
    expect(await visibleLabels(page)).toContain('культурная дипломатия');

    await input.fill('');
    await input.dispatchEvent('input');
    await expect.poll(async () => (await visibleLabels(page)).length).toBe(total);
    await expect.poll(() => status.textContent()).toBe('');
  });

  it('ignores case, Kazakh letters typed on a Russian keyboard and Uzbek apostrophes', async () => {
    const { page } = await site.open('/en/glossary/');
    const input = page.locator('#gl-filter-input');
    const search = async (q: string) => {
      await input.fill(q);
      await input.dispatchEvent('input');
      return visibleLabels(page);
    };
    expect(await search('КАЗАКСТАН')).toContain('Kazakhstan');
    expect(await search("o'zbekiston")).toContain('Uzbekistan');
    expect(await search('jumsaq')).toEqual(['soft power']);
    expect(await search('nothing-like-this')).toEqual([]);
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('No term matches.');
  });

  it('without JavaScript the filter is not shown and every entry is listed', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + '/en/glossary/');
    expect(await page.locator('[data-gl-filter]').isVisible()).toBe(false);
    expect((await visibleLabels(page)).length).toBe((await labels(page)).length);
    await context.close();
  });
});

describe('index by type', () => {
  it('groups the entries under the types in a fixed order, each group alphabetical in the language', async () => {
    const { page } = await site.open('/uz/glossary/by-type/');
    const headings = await page.$$eval('section.gl-group > h2', (els) => els.map((e) => e.textContent!.trim()));
    expect(headings).toEqual(['Tushunchalar', 'Tashkilotlar', 'Dasturlar', 'Hujjatlar', 'Tadbirlar', 'Geografik nomlar']);
    const places = await labels(page, '#type-place');
    expect(places).toContain('Xitoy');
    // Uzbek order: Oʻzbekiston after X (and after every other place).
    expect(places.at(-1)).toBe('Oʻzbekiston');
    expect(await labels(page, '#type-concept')).toContain('yumshoq kuch');
    expect(await labels(page, '#type-concept')).not.toContain('Xitoy');
    const total = (await site.open('/uz/glossary/')).page;
    expect((await labels(page)).length).toBe((await labels(total)).length);
    expect(await page.locator('.gl-views a[aria-current="page"]').getAttribute('href')).toBe('/uz/glossary/by-type/');
  });
});

describe('entry page', () => {
  it('gives the label, type, definition and the labels in the other languages, each linking to its entry', async () => {
    const { page } = await site.open('/ru/glossary/soft-power/');
    expect(await page.locator('h1').textContent()).toBe('мягкая сила');
    expect(await page.locator('.gl-entry-meta').textContent()).toContain('понятие');
    const others = await page.$$eval('.gl-langs a', (as) => as.map((a) => [a.getAttribute('lang'), a.getAttribute('href'), a.textContent!.trim()]));
    expect(others).toEqual([
      ['en', '/en/glossary/soft-power/', 'soft power'],
      ['kk', '/kz/glossary/soft-power/', 'жұмсақ күш'],
      ['uz', '/uz/glossary/soft-power/', 'yumshoq kuch'],
    ]);
    // The Kazakh label is the authors' own keyword translation, the Uzbek one is not.
    expect(await page.locator('.gl-langs dd', { hasText: 'жұмсақ күш' }).locator('.gl-author-label').count()).toBe(1);
    expect(await page.locator('.gl-langs dd', { hasText: 'yumshoq kuch' }).locator('.gl-author-label').count()).toBe(0);
    // Uzbek Cyrillic forms are set apart and tagged as such.
    expect(await page.locator('ul.gl-forms[lang="uz-Cyrl"]').textContent()).toContain('юмшоқ куч');
    const alternates = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect(alternates).toEqual(expect.arrayContaining([['en', '/en/glossary/soft-power/'], ['kk', '/kz/glossary/soft-power/'], ['uz', '/uz/glossary/soft-power/']]));
  });

  it('every concordance line links to an edition paragraph that exists and contains the keyword', async () => {
    for (const path of ['/en/glossary/soft-power/', '/en/glossary/central-asia/', '/kz/glossary/turkistan-summit/']) {
      const { page } = await site.open(path);
      const lines = await page.$$eval('a.kwic-line', (as) => as.map((a) => ({ href: a.getAttribute('href')!, key: a.querySelector('mark')!.textContent! })));
      expect(lines.length, path).toBeGreaterThan(0);
      const editions = new Map<string, Page>();
      for (const { href, key } of lines) {
        const [url, hash] = href.split('#') as [string, string];
        expect(url, href).toMatch(/^\/(en|ru|kz|uz)\/articles\/[a-z0-9-]+\/$/);
        expect(url.slice(0, 4), href).toBe(path.slice(0, 4));
        expect(hash, href).toMatch(/^p-\d+$/);
        let edition = editions.get(url);
        if (!edition) {
          edition = (await site.open(url)).page;
          editions.set(url, edition);
        }
        const text = await edition.evaluate((id) => document.getElementById(id)?.textContent ?? null, hash);
        expect(text, href).not.toBeNull();
        expect(text!.replace(/\s+/g, ' ').toLowerCase(), href).toContain(key.replace(/\s+/g, ' ').toLowerCase());
      }
    }
  });

  it('the paragraphs the definition draws on are links to edition paragraphs', async () => {
    const { page } = await site.open('/kz/glossary/soft-power/');
    const hrefs = await page.$$eval('.gl-sources a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toContain('/kz/articles/ustemirova-cultural-humanitarian-cooperation-geopolitical-competition/#p-29');
  });
});

describe('in an edition', () => {
  it('a term links to its entry, and the page\'s glossary lists exactly the linked terms', async () => {
    const { page } = await site.open(ustemirova);
    const terms = await page.$$eval('.edition-body a.term', (as) => as.map((a) => ({ id: a.getAttribute('data-term')!, href: a.getAttribute('href')! })));
    expect(terms.length).toBeGreaterThan(10);
    for (const t of terms) expect(t.href).toBe(`/en/glossary/${t.id}/`);
    const listed = await page.$$eval('#glossary .gl-term', (els) => els.map((e) => e.id));
    expect(new Set(listed)).toEqual(new Set(terms.map((t) => `glossary-${t.id}`)));
    expect(listed.length).toBe(new Set(listed).size);
    // Alphabetical in the edition's language.
    const shown = await page.$$eval('#glossary .gl-term-label', (els) => els.map((e) => e.textContent!.trim()));
    expect(shown).toEqual([...shown].sort(new Intl.Collator('en', { ignorePunctuation: true }).compare));
    // The contents link to it.
    expect(await page.locator('nav.toc a[href="#glossary"]').count()).toBe(1);
    // Each item: its other-language labels link to their entries.
    const soft = await page.$$eval('#glossary-soft-power .gl-term-langs a', (as) => as.map((a) => a.getAttribute('href')));
    expect(soft).toEqual(['/ru/glossary/soft-power/', '/kz/glossary/soft-power/', '/uz/glossary/soft-power/']);

    await page.locator('.edition-body a.term[data-term="soft-power"]').first().click();
    await page.waitForURL(/\/en\/glossary\/soft-power\/$/);
    expect(await page.locator('h1').textContent()).toBe('soft power');
  });

  it('the Kazakh original has its glossary in Kazakh', async () => {
    const { page } = await site.open(kalykov);
    const terms = await page.$$eval('.edition-body a.term', (as) => [...new Set(as.map((a) => a.getAttribute('data-term')!))]);
    const listed = await page.$$eval('#glossary .gl-term', (els) => els.map((e) => e.id.replace(/^glossary-/, '')));
    expect(new Set(listed)).toEqual(new Set(terms));
    expect(await page.getAttribute('#glossary dl', 'lang')).toBe('kk');
    expect(await page.locator('#glossary-turkistan-summit .gl-term-label').textContent()).toBe('Түркістан саммиті');
  });

  it('focus opens the popover after the term: definition and three language links, reached by Tab; Escape closes it and keeps the focus', async () => {
    const { page } = await site.open(ustemirova, 360);
    const term = page.locator('.edition-body a.term[data-term="soft-power"]').first();
    // Where the term stands in its paragraph, and the paragraph's size: the popover must change neither.
    const layout = () =>
      term.evaluate((a) => {
        const block = a.closest('.block')!.getBoundingClientRect();
        const r = a.getBoundingClientRect();
        return { x: r.left - block.left, y: r.top - block.top, width: block.width, height: block.height };
      });
    const before = await layout();
    await term.focus();
    const pop = page.locator('.term-pop');
    await expect.poll(() => pop.isVisible()).toBe(true);
    // Placed right after the term in the DOM, without moving the text.
    expect(await term.evaluate((a) => (a.nextElementSibling as HTMLElement | null)?.className)).toBe('term-pop');
    expect(await layout()).toEqual(before);
    const definition = await page.locator('#glossary-soft-power .gl-term-def').textContent();
    expect(await pop.locator('.term-pop-def').textContent()).toBe(definition!.trim());
    const links = await pop.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('lang'), a.getAttribute('href')]));
    expect(links).toEqual([
      ['ru', '/ru/glossary/soft-power/'],
      ['kk', '/kz/glossary/soft-power/'],
      ['uz', '/uz/glossary/soft-power/'],
    ]);
    // It fits the 360 px viewport.
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);

    const active = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Tab');
    expect(await active()).toBe('/ru/glossary/soft-power/');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('/kz/glossary/soft-power/');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await active()).toBe('/en/glossary/soft-power/');
    expect(await pop.isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => pop.count()).toBe(0);
    expect(await active()).toBe('/en/glossary/soft-power/');

    // Focus that comes anew opens it again; Escape from inside it returns the focus to its term.
    await term.blur();
    await term.focus();
    await expect.poll(() => page.locator('.term-pop').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await active()).toBe('/ru/glossary/soft-power/');
    await page.keyboard.press('Escape');
    expect(await active()).toBe('/en/glossary/soft-power/');
    expect(await page.locator('.term-pop').count()).toBe(0);
  });

  it('focus leaving the term and its popover closes it', async () => {
    const { page } = await site.open(ustemirova);
    const term = page.locator('.edition-body a.term[data-term="soft-power"]').first();
    await term.focus();
    await expect.poll(() => page.locator('.term-pop').count()).toBe(1);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.term-pop') === null)).toBe(true);
    await expect.poll(() => page.locator('.term-pop', { hasText: 'The ability to shape' }).count()).toBe(0);
  });

  it('hover opens the popover after a short delay; the pointer can move onto it; it closes when the pointer leaves both', async () => {
    const { page } = await site.open(ustemirova);
    const term = page.locator('.edition-body a.term[data-term="soft-power"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const pop = page.locator('.term-pop');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.locator('.term-pop-label').textContent()).toBe('soft power');
    // Onto the popover, across the gap: it stays.
    const box = (await pop.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await pop.isVisible()).toBe(true);
    // Escape dismisses it while the pointer is still on it.
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.count()).toBe(0);
    // Away from both: after hovering again, leaving closes it.
    await term.hover();
    await expect.poll(() => page.locator('.term-pop').isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('.term-pop').count()).toBe(0);
  });

  it('without JavaScript a term is a plain link to its entry and there is no popover', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.origin + ustemirova);
    const term = page.locator('.edition-body a.term[data-term="soft-power"]').first();
    expect(await term.getAttribute('href')).toBe('/en/glossary/soft-power/');
    await term.focus();
    await term.hover();
    await page.waitForTimeout(600);
    expect(await page.locator('.term-pop').count()).toBe(0);
    // The page's glossary is there all the same.
    expect(await page.locator('#glossary-soft-power').isVisible()).toBe(true);
    await context.close();
  });

  it('the popover script is loaded only on pages with term links', async () => {
    const scripts = async (path: string) => (await site.open(path)).page.$$eval('script[src]', (ss) => ss.map((s) => s.getAttribute('src')));
    expect(await scripts(ustemirova)).toContain('/scripts/glossary-popover.js');
    expect(await scripts('/en/glossary/')).not.toContain('/scripts/glossary-popover.js');
    expect(await scripts('/en/articles/')).not.toContain('/scripts/glossary-popover.js');
  });
});
