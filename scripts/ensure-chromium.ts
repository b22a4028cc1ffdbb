/**
 * Browser tests need Debian's chromium (a test tool's own browser download cannot work here).
 * Installs it when running as root with apt-get available; otherwise fails with the command to run.
 * It never lets the browser tests be skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chromiumPath } from '../tests/browser/chromium.ts';

function found(): string | undefined {
  return chromiumPath();
}

if (!found()) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('chromium not found: installing Debian package "chromium" with apt-get');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
}
const path = found();
if (!path) {
  console.error('Browser tests need Debian chromium: run `sudo apt-get install chromium` (or set CHROMIUM_PATH).');
  process.exit(1);
}
console.log(`chromium: ${path}`);
