/**
 * Browser tests need Debian's chromium (a test tool's own browser download cannot work here) and
 * Debian's nginx (the tests run against the deploy configuration). Installs what is missing when
 * running as root with apt-get; otherwise fails with the command to run. Never lets the browser
 * tests be skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../tests/browser/chromium.ts';

const nginxPresent = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].some((p) => existsSync(p));
const brotliPresent = () => existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so');

const missing = [
  ...(chromiumPath() ? [] : ['chromium']),
  ...(nginxPresent() ? [] : ['nginx']),
  ...(brotliPresent() ? [] : ['libnginx-mod-http-brotli-filter']),
];

if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  }
}
const browser = chromiumPath();
if (!browser || !nginxPresent()) {
  console.error('Browser tests need Debian chromium and nginx: run `sudo apt-get install chromium nginx libnginx-mod-http-brotli-filter`.');
  process.exit(1);
}
console.log(`chromium: ${browser}; nginx: present; brotli: ${brotliPresent() ? 'present' : 'absent (gzip only)'}`);
