/** Finds Debian's chromium (CHROMIUM_PATH overrides). */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const which = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  const p = which.stdout.trim();
  return p && existsSync(p) ? p : undefined;
}

/** Flags that keep chromium from reaching for the network (closed here) or a sandbox (root). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
