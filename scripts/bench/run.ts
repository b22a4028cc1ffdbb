/**
 * `npm run bench`: prints build, transfer and Lighthouse figures with the targets next to them,
 * and writes the same as JSON. It measures; it never fails on a figure (exit 1 only when it could
 * not measure at all).
 *
 * Environment:
 *   BENCH_RUNS=3            cold builds per row (min and median are reported)
 *   BENCH_SIZES=50,500      synthetic sites (articles × 4 languages); "" for none
 *   BENCH_OUT=/tmp/bench-results.json
 *   BENCH_PRESETS=mobile,desktop   Lighthouse presets
 *   BENCH_LH_RUNS=3         Lighthouse runs per page type and preset (median reported)
 *   BENCH_SKIP=…            comma list of: real-build, transfer, lighthouse, synthetic, plugins-row
 *                           (plugins-row: the third build per size, bare pages + the project's plugins)
 *   BENCH_KEEP=1            keep the temporary projects (their paths are printed)
 *
 * Progress goes to stderr, the report to stdout.
 */
import { writeFileSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, cpus, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';
import { copyProject, makeTempDir, readJson, repoRoot } from './util.ts';
import { timeBuilds, memoryMethod } from './build-timing.ts';
import { harvestPool, writeContent, writeBareProject, benchLangs } from './generate-site.ts';
import { discoverPageTypes, measureTransfer, writeControlPage, controlPage } from './transfer.ts';
import { runLighthouse, type LighthouseResult, type Preset } from './lighthouse.ts';
import { evaluateTargets, renderReport, type BenchResults, type SizeResult } from './report.ts';
import { startNginx } from '../../tests/browser/nginx.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const envList = (name: string, fallback: string) =>
  (process.env[name] ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const sizes = envList('BENCH_SIZES', '50,500').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const out = process.env.BENCH_OUT ?? join(tmpdir(), 'bench-results.json');
const presets = envList('BENCH_PRESETS', 'mobile,desktop').filter((p): p is Preset => p === 'mobile' || p === 'desktop');
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3) || 3);
const skip = new Set(envList('BENCH_SKIP', ''));
const keep = process.env.BENCH_KEEP === '1';
const withPlugins = !skip.has('plugins-row');

const temps: string[] = [];
const temp = (prefix: string) => {
  const d = makeTempDir(prefix);
  temps.push(d);
  return d;
};
const cleanup = (dir: string) => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
};

function git(...args: string[]): string {
  const r = spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

function countContent(dir: string): { articles: number; editions: number } {
  const base = join(dir, 'content', 'articles');
  const slugs = readdirSync(base).filter((s) => existsSync(join(base, s, 'article.yaml')));
  return { articles: slugs.length, editions: slugs.reduce((n, s) => n + readdirSync(join(base, s)).filter((f) => f.endsWith('.mdx')).length, 0) };
}

/** The generated content must pass the project's own validation before it is timed. */
function validate(projectDir: string): void {
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'validate-content.ts')], { cwd: projectDir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`generated content does not validate:\n${(r.stderr + r.stdout).slice(-3000)}`);
  log(`  ${r.stdout.trim()}`);
}

const dirty = git('status', '--porcelain').split('\n').filter(Boolean).length;
const results: BenchResults = {
  environment: {
    date: new Date().toISOString(),
    commit: `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${dirty ? ` + ${dirty} uncommitted change(s)` : ''}`,
    node: process.version,
    astro: readJson<{ version: string }>(join(repoRoot, 'node_modules', 'astro', 'package.json')).version,
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    runs,
    sizes,
    lighthouseRuns,
    presets,
    memoryMethod,
  },
  sizes: [],
  targets: [],
};

async function realSite(): Promise<void> {
  log('real site: copying the project (config, src, public, content) to a temporary directory');
  const dir = temp('bench-real-');
  copyProject(dir, true);
  const counts = countContent(dir);
  results.realSite = counts;
  try {
    if (skip.has('real-build')) {
      // Transfer and Lighthouse still need a dist/: one build, not reported as a timing.
      log('real site: one build for the pages (timing skipped)');
      await timeBuilds([{ label: 'real', dir }], 1, log);
    } else {
      log(`real site: ${runs} cold build(s)`);
      results.realSite.build = (await timeBuilds([{ label: 'real site', dir }], runs, log))[0]!;
    }
  } catch (e) {
    results.realSite.error = (e as Error).message;
    log(`real site build failed: ${(e as Error).message}`);
    return;
  }
  if (skip.has('transfer') && skip.has('lighthouse')) return cleanup(dir);
  const dist = join(dir, 'dist');
  const types = discoverPageTypes(dist);
  log(`page types: ${types.map((t) => `${t.pattern} (${t.files})`).join(', ')}`);
  writeControlPage(dist);
  const nginx = await startNginx(dist);
  try {
    if (!skip.has('transfer')) {
      log('transfer: loading one page per type in chromium');
      try {
        results.transfer = await measureTransfer(nginx.origin, types);
      } catch (e) {
        results.transferError = (e as Error).message;
        log(`transfer failed: ${(e as Error).message}`);
      }
    }
    if (!skip.has('lighthouse')) {
      const lh: LighthouseResult[] = [];
      const audited = [...types.filter((t) => t.html), controlPage];
      for (const t of audited)
        for (const preset of presets)
          for (let i = 1; i <= lighthouseRuns; i++) {
            const r = await runLighthouse(nginx.origin, t, preset);
            log(`lighthouse ${t.type} ${preset} ${i}/${lighthouseRuns}: ${Object.values(r.scores).join(' / ')}${r.error ? ` (${r.error})` : ''}`);
            lh.push(r);
          }
      results.lighthouse = lh;
    }
  } finally {
    await nginx.stop();
  }
  cleanup(dir);
}

async function synthetic(): Promise<void> {
  if (skip.has('synthetic') || sizes.length === 0) return;
  const pool = harvestPool();
  for (const n of sizes) {
    log(`synthetic: ${n} articles × ${benchLangs.length} languages`);
    const projectDir = temp(`bench-project-${n}-`);
    const bareDir = temp(`bench-bare-${n}-`);
    const pluginsDir = withPlugins ? temp(`bench-bare-plugins-${n}-`) : undefined;
    copyProject(projectDir, false);
    const content = writeContent(projectDir, n, pool);
    const entry: SizeResult = { articles: n, editions: content.editions, words: content.words };
    results.sizes.push(entry);
    try {
      validate(projectDir);
      writeBareProject(bareDir, join(projectDir, 'content', 'articles'));
      if (pluginsDir) writeBareProject(pluginsDir, join(projectDir, 'content', 'articles'), { plugins: true });
      const [project, bare, plugins] = await timeBuilds(
        [
          { label: `project ${n}×4`, dir: projectDir },
          { label: `bare ${n}×4`, dir: bareDir },
          ...(pluginsDir ? [{ label: `bare+plugins ${n}×4`, dir: pluginsDir }] : []),
        ],
        runs,
        log,
      );
      entry.project = project!;
      entry.bare = bare!;
      if (plugins) entry.barePlugins = plugins;
    } catch (e) {
      entry.error = (e as Error).message;
      log(`synthetic ${n} failed: ${(e as Error).message}`);
    }
    cleanup(projectDir);
    cleanup(bareDir);
    if (pluginsDir) cleanup(pluginsDir);
  }
}

try {
  await realSite();
  await synthetic();
} finally {
  if (keep) log(`kept: ${temps.join(' ')}`);
  else for (const d of temps) rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

results.targets = evaluateTargets(results);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${renderReport(results)}\n\nJSON: ${out}\n`);
const measuredNothing = !results.realSite?.build && !results.transfer && !results.lighthouse?.length && !results.sizes.some((s) => s.project);
process.exit(measuredNothing ? 1 : 0);
