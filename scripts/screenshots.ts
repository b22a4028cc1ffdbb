/**
 * Screenshots of built pages in Debian chromium at phone and desktop widths, for a person to look at.
 * Usage: node scripts/screenshots.ts [path ...]   (default: an edition in all four languages)
 * Writes .screenshots/{name}-{width}.png; serves dist/ with the project's nginx configuration.
 * FOCUS=selector focuses that element first (e.g. FOCUS='a.term' to show a glossary popover), and
 * the shot is of the viewport around it. CLICK=selector clicks it first (e.g. a paragraph number,
 * to show "cite this paragraph").
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startNginx } from '../tests/browser/nginx.ts';
import { chromiumPath, chromiumArgs } from '../tests/browser/chromium.ts';

const paths = process.argv.slice(2);
const targets = paths.length
  ? paths
  : ['en', 'ru', 'kz', 'uz'].map((l) => `/${l}/articles/ustemirova-cultural-humanitarian-cooperation-geopolitical-competition/`);
const widths = (process.env.WIDTHS ?? '360,1280').split(',').map(Number);
const full = process.env.FULL === '1';
const focus = process.env.FOCUS;
const click = process.env.CLICK;

mkdirSync('.screenshots', { recursive: true });
const nginx = await startNginx('dist');
const browser = await chromium.launch({ executablePath: chromiumPath()!, args: chromiumArgs });
try {
  for (const path of targets) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 780 : 900 }, colorScheme: process.env.DARK === '1' ? 'dark' : 'light' });
      await page.goto(nginx.origin + path);
      // A search page with a query in its address: shoot the results, not the search under way.
      if (/\/search\/\?(.*&)?q=/.test(path))
        await page.waitForFunction(() => document.querySelector('.search-hit, [data-search-none]:not([hidden])') !== null, undefined, { timeout: 20_000 }).catch(() => {});
      if (focus) {
        const target = page.locator(focus).first();
        await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await target.focus();
        await page.waitForTimeout(300);
      }
      if (click) {
        await page.locator(click).first().click();
        await page.waitForTimeout(300);
      }
      const name = (path.replace(/^\/|\/$/g, '').replace(/[/#?=&]/g, '_') || 'root') + (focus ? '-focus' : '') + (click ? '-click' : '');
      const file = `.screenshots/${name}-${width}${process.env.DARK === '1' ? '-dark' : ''}.png`;
      await page.screenshot({ path: file, fullPage: full });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await nginx.stop();
}
