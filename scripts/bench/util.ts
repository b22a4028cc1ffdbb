/** Small helpers shared by the benchmark modules: statistics, temp projects, formatting. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, readFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { rawResponse } from '../../tests/browser/nginx.ts';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export function min(xs: readonly number[]): number {
  return xs.length ? Math.min(...xs) : NaN;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Gives a temp project its own node_modules: a real directory whose entries are symlinks to the
 * repository's packages. Dot entries (`.astro`, `.vite`, …) are left out on purpose: Astro keeps
 * its content-layer cache in `node_modules/.astro`, and a shared cache would both touch the
 * repository and make every build after the first a warm one.
 */
export function linkNodeModules(projectDir: string): void {
  const source = join(repoRoot, 'node_modules');
  const target = join(projectDir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

/**
 * A copy of the project (config, sources, public files) in `projectDir`, with its own
 * node_modules; `withContent` also copies content/ (the real site), otherwise the caller writes it.
 */
export function copyProject(projectDir: string, withContent: boolean): void {
  mkdirSync(projectDir, { recursive: true });
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(repoRoot, f), join(projectDir, f));
  // With the real content, its URL ledger too: the build then checks it as the real one does, and
  // writes the redirect map that nginx's configuration includes.
  for (const d of ['src', 'public', 'csl', ...(withContent ? ['content', 'urls'] : [])])
    cpSync(join(repoRoot, d), join(projectDir, d), { recursive: true });
  linkNodeModules(projectDir);
}

/** Removes every build output and cache of a temp project, so that the next build is a cold one. */
export function cleanBuildState(projectDir: string): void {
  for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.vite-temp'])
    rmSync(join(projectDir, d), { recursive: true, force: true });
}

export function load1(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

export function kib(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function mib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : '–';
}

export function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–';
}

/** Word count of plain text (letters/digits runs), as a reader would count. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'ʻʼ’-]*/gu)?.length ?? 0;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Body bytes of `url` as nginx sends them for this Accept-Encoding (no decoding). */
export async function encodedSize(url: string, acceptEncoding: string): Promise<number> {
  return (await rawResponse(url, acceptEncoding)).body.length;
}
