/**
 * Gates on every page type (discovered from dist/, so new types join on the day they are built),
 * in every language, at phone and desktop widths, as served by nginx with its CSP:
 * axe-core finds no WCAG 2.2 AA violation, no request leaves the site, the console reports no
 * CSP violation and no error, and nothing visibly moves while the page loads (a control that needs
 * JavaScript is there from the first paint, data-js-only, not un-hidden by its script).
 */

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './site.ts';
import { builtPages, representatives } from '../site/pages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sample = representatives(builtPages());
const widths = [360, 1280];

/**
 * Layout shift allowed per page load. The shifts this gate was written for, JavaScript un-hiding a
 * control, scored 0.02–0.06 (search, glossary filter) and 0.003–0.008 (copy buttons on the
 * citation page). What remains on an unchanged page is up to 0.006 now and then, under load: the
 * header's navigation or search form moving a little, seen on Uzbek and Kazakh glossary pages; its
 * cause is not traced (the system's fonts do have ʻ). Lighthouse calls 0.1 good.
 */
const MAX_LAYOUT_SHIFT = 0.01;

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not block the audit script.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
  });
  return violations;
}

describe('page types found in dist/', () => {
  it('covers every type in all four languages', () => {
    const types = new Set(sample.map((p) => p.type));
    expect([...types].sort()).toEqual(expect.arrayContaining(['/', '404.html', '{lang}', '{lang}/articles', '{lang}/articles/*']));
    for (const type of types) {
      if (type === '/' || type === '404.html' || type.startsWith('sources')) continue;
      expect(new Set(sample.filter((p) => p.type === type).map((p) => p.locale)), type).toEqual(new Set(['en', 'ru', 'kz', 'uz']));
    }
  });
});

for (const width of widths) {
  describe(`at ${width} px`, () => {
    for (const p of sample.filter((s) => s.path.endsWith('/') || s.path.endsWith('.html'))) {
      it(`${p.path} (${p.type}): no axe violation, no request off the site, no CSP or console error`, async () => {
        const { page, context, external } = await site.prepare(width);
        // nginx serves the 404 page only as the answer to a missing URL (it is `internal`).
        const url = site.origin + (p.type === '404.html' ? '/en/no-such-page/' : p.path);
        const console: string[] = [];
        page.on('console', (m) => {
          const ownStatus = p.type === '404.html' && m.location().url === url && /status of 404/.test(m.text());
          if (!ownStatus && (m.type() === 'error' || /Content Security Policy/i.test(m.text()))) console.push(m.text());
        });
        page.on('pageerror', (e) => console.push(String(e)));
        await page.addInitScript(() => {
          const w = window as unknown as { __shifts: string[] };
          w.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
              if (e.hadRecentInput || e.value === 0) continue;
              const nodes = (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.localName}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName)));
              w.__shifts.push(`${e.value.toFixed(4)} ${nodes.join(' ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(url, { waitUntil: 'networkidle' });
        const axe = await axeViolations(page);
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
        const shifted = shifts.reduce((sum, s) => sum + Number(s.split(' ')[0]), 0);
        expect({ axe, external, console, shifts: shifted < MAX_LAYOUT_SHIFT ? [] : shifts }).toEqual({ axe: [], external: [], console: [], shifts: [] });
        await context.close();
      });
    }
  });
}

describe('not found', () => {
  it('a missing URL answers 404 with the four-language page', async () => {
    const { page } = await site.open('/');
    const response = await page.goto(`${site.origin}/en/articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    const langs = await page.$$eval('[lang]', (els) => els.map((e) => e.getAttribute('lang')));
    for (const l of ['en', 'ru', 'kk', 'uz']) expect(langs).toContain(l);
  });
});
