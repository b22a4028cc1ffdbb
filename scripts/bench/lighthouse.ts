/**
 * Lighthouse (npm module, Node API) for one page per type, against the nginx-served site, with
 * Debian's chromium. Presets: mobile (Lighthouse's default: Moto G Power emulation, simulated slow
 * 4G) and desktop (lighthouse/core/config/desktop-config.js). A fresh chromium (own profile) per run,
 * started here with a DevTools port, so that no other launcher package is needed.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable, browserLocale, type PageType } from './transfer.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type Preset = 'mobile' | 'desktop';

export interface LighthouseResult {
  type: string;
  path: string;
  preset: Preset;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  metrics: Record<string, number | null>;
  /** Audits that cost points: category, id, title, score, and Lighthouse's displayed value. */
  failing: { category: Category; id: string; title: string; score: number | null; displayValue?: string; items?: string[] }[];
  finalUrl: string;
  /** Lighthouse's own CPU benchmark of the machine (higher is faster; a 2019 desktop is ~1,000+). */
  benchmarkIndex: number | null;
  warnings: string[];
  error?: string;
}

export const lighthouseFlags = ['--headless', '--no-sandbox', '--disable-gpu', `--lang=${browserLocale}`, `--accept-lang=${browserLocale}`];

const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Starts chromium with a DevTools port chosen by chromium itself; resolves once it listens. */
async function startChromium(): Promise<{ port: number; kill(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(
    chromiumExecutable,
    [
      ...lighthouseFlags,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    // Its own process group, so that the helper processes it forks end with it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* the group has already ended */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    // Helpers may still be writing into the profile for a moment: retry, and never fail the run on it.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      process.stderr.write(`could not remove ${profile}: ${(e as Error).message}\n`);
    }
  };
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not open a DevTools port: ${err.slice(-500)}`)), 20_000);
    child.stderr.on('data', (d: Buffer) => {
      err += String(d);
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chromium exited (${code}): ${err.slice(-500)}`));
    });
  }).catch(async (e: unknown) => {
    await kill();
    throw e;
  });
  return { port, kill };
}

/** Up to three rows of an audit's details table (what exactly cost the points), as text. */
function itemsOf(details: unknown): string[] {
  const rows = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(rows)) return [];
  return rows.slice(0, 3).map((row) => {
    const r = row as Record<string, unknown>;
    const source = r.source as { url?: string } | string | undefined;
    const parts = [r.description, r.url, typeof source === 'object' ? source?.url : source].filter((x) => typeof x === 'string' && x);
    return parts.length ? parts.join(' — ').slice(0, 200) : JSON.stringify(r).slice(0, 200);
  });
}

export async function runLighthouse(origin: string, page: PageType, preset: Preset): Promise<LighthouseResult> {
  const chrome = await startChromium();
  const empty = Object.fromEntries(categories.map((c) => [c, null])) as Record<Category, number | null>;
  try {
    const result = await lighthouse(
      origin + page.path,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
        // The 404 page answers 404 by design; without this Lighthouse refuses to audit it.
        ...(page.expectedStatus === 404 ? { ignoreStatusCode: true } : {}),
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    const scores = { ...empty };
    const failing: LighthouseResult['failing'] = [];
    for (const c of categories) {
      const cat = lhr.categories[c];
      scores[c] = cat?.score === null || cat?.score === undefined ? null : Math.round(cat.score * 100);
      for (const ref of cat?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0) continue;
        if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual' || audit.scoreDisplayMode === 'informative') continue;
        if (audit.score !== null && audit.score >= 1) continue;
        const items = itemsOf(audit.details);
        failing.push({
          category: c,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          ...(audit.displayValue ? { displayValue: String(audit.displayValue) } : {}),
          ...(items.length ? { items } : {}),
        });
      }
    }
    const metrics = Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.numericValue ?? null]));
    return {
      type: page.type,
      path: page.path,
      preset,
      scores,
      metrics,
      failing,
      finalUrl: lhr.finalDisplayedUrl,
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      warnings: (lhr.runWarnings ?? []).map(String),
      ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    };
  } catch (e) {
    return { type: page.type, path: page.path, preset, scores: empty, metrics: {}, failing: [], finalUrl: '', benchmarkIndex: null, warnings: [], error: (e as Error).message };
  } finally {
    await chrome.kill();
  }
}
