/**
 * Shared fixture for browser tests: dist/ served by nginx with the deploy configuration, and one
 * Debian chromium per test file.
 * Every request the page makes is recorded, so a test can prove that nothing leaves the site.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { startNginx } from './nginx.ts';
import { chromiumPath, chromiumArgs } from './chromium.ts';

export interface Site {
  origin: string;
  browser: Browser;
  /** A fresh page whose off-site requests are blocked and recorded in `external`; not navigated yet. */
  prepare(width?: number): Promise<{ page: Page; context: BrowserContext; external: string[] }>;
  /** `prepare`, then load `path` from the site. */
  open(path: string, width?: number): Promise<{ page: Page; context: BrowserContext; external: string[] }>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Debian chromium not found: run scripts/ensure-browser-deps.ts');
  const nginx = await startNginx('dist');
  const origin = nginx.origin;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const contexts: BrowserContext[] = [];
  const site: Site = {
    origin,
    browser,
    async prepare(width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      contexts.push(context);
      const external: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        external.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      return { page, context, external };
    },
    async open(path, width = 1280) {
      const opened = await site.prepare(width);
      await opened.page.goto(origin + path);
      return opened;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await nginx.stop();
    },
  };
  return site;
}
