/**
 * Times cold `astro build` runs of a project directory and records their peak memory.
 *
 * Memory, two ways:
 * - peak tree RSS: /proc is polled every 50 ms and the RSS of the build process and all its
 *   descendants (esbuild's service, workers) is summed; the highest sum is kept;
 * - max process RSS: GNU time's `%M`, the largest RSS of any single process of the tree (getrusage),
 *   when /usr/bin/time is installed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { cleanBuildState, median, min, load1, repoRoot } from './util.ts';

export interface BuildRun {
  wallMs: number;
  /** CPU seconds (user + system) of the whole tree; NaN without /usr/bin/time. */
  cpuS: number;
  peakTreeRssBytes: number;
  maxProcessRssBytes: number;
  htmlPages: number;
  distBytes: number;
  /** 1-minute load average just before the run (other work on the machine skews timings). */
  loadBefore: number;
}

export interface Stat {
  min: number;
  median: number;
}

export interface BuildSeries {
  label: string;
  runs: BuildRun[];
  wallMs: Stat;
  cpuS: Stat;
  peakTreeRssBytes: Stat;
  maxProcessRssBytes: Stat;
  htmlPages: number;
}

const gnuTime = (() => {
  if (!existsSync('/usr/bin/time')) return undefined;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 ? '/usr/bin/time' : undefined;
})();

const pageSize = (() => {
  const r = spawnSync('getconf', ['PAGESIZE'], { encoding: 'utf8' });
  const n = Number(r.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 4096;
})();

export const memoryMethod = gnuTime
  ? 'peak tree RSS: /proc polled every 50 ms (sum over the process tree); max process RSS: /usr/bin/time -f %M'
  : 'peak tree RSS: /proc polled every 50 ms (sum over the process tree); /usr/bin/time not found';

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    /* the process ended between two reads */
  }
  return out;
}

function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
    } catch {
      continue;
    }
    stack.push(...childrenOf(pid));
  }
  return total;
}

function walk(dir: string): { html: number; bytes: number } {
  let html = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const r = walk(p);
      html += r.html;
      bytes += r.bytes;
    } else {
      bytes += statSync(p).size;
      if (e.name.endsWith('.html')) html += 1;
    }
  }
  return { html, bytes };
}

/** One cold build of `projectDir`; throws with the end of the build log when it fails. */
export async function buildOnce(projectDir: string): Promise<BuildRun> {
  cleanBuildState(projectDir);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const command = [process.execPath, astro, 'build'];
  const [file, ...args] = gnuTime ? [gnuTime, '-f', '%e %U %S %M', '-o', timeFile, ...command] : command;
  const env = {
    ...process.env,
    PATH: `${join(repoRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  };
  const loadBefore = load1();
  const started = performance.now();
  const child = spawn(file!, args, { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (d: Buffer) => {
    log = (log + String(d)).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 50);
  const code = await new Promise<number | null>((res) => child.once('close', res));
  const wallMs = performance.now() - started;
  clearInterval(poll);
  if (code !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`astro build failed in ${projectDir} (exit ${code}):\n${log.slice(-4000)}`);
  }
  let cpuS = NaN;
  let maxProcessRssBytes = NaN;
  if (gnuTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [, user, sys, maxKb] = last.split(' ').map(Number);
    cpuS = (user ?? NaN) + (sys ?? NaN);
    maxProcessRssBytes = (maxKb ?? NaN) * 1024;
  }
  rmSync(scratch, { recursive: true, force: true });
  const { html, bytes } = walk(join(projectDir, 'dist'));
  return { wallMs, cpuS, peakTreeRssBytes: peak, maxProcessRssBytes, htmlPages: html, distBytes: bytes, loadBefore };
}

const stat = (xs: number[]): Stat => ({ min: min(xs), median: median(xs) });

function series(label: string, runs: BuildRun[]): BuildSeries {
  return {
    label,
    runs,
    wallMs: stat(runs.map((r) => r.wallMs)),
    cpuS: stat(runs.map((r) => r.cpuS)),
    peakTreeRssBytes: stat(runs.map((r) => r.peakTreeRssBytes)),
    maxProcessRssBytes: stat(runs.map((r) => r.maxProcessRssBytes)),
    htmlPages: runs.at(-1)?.htmlPages ?? 0,
  };
}

/**
 * `runs` cold builds of each project, interleaved (A1 B1 A2 B2 …) so that a change in the
 * machine's load affects every project alike. The dist/ of each project's last run is left in place.
 */
export async function timeBuilds(
  projects: { label: string; dir: string }[],
  runs: number,
  log: (line: string) => void,
): Promise<BuildSeries[]> {
  const results = projects.map(() => [] as BuildRun[]);
  for (let i = 1; i <= runs; i++)
    for (const [k, p] of projects.entries()) {
      const r = await buildOnce(p.dir);
      log(
        `  ${p.label} run ${i}/${runs}: ${(r.wallMs / 1000).toFixed(1)} s, peak tree RSS ${(r.peakTreeRssBytes / 2 ** 20).toFixed(0)} MiB, ${r.htmlPages} pages (load before ${r.loadBefore})`,
      );
      results[k]!.push(r);
    }
  return projects.map((p, k) => series(p.label, results[k]!));
}
