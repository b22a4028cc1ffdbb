/**
 * Serves dist/ with Debian's nginx and the project's own deploy/ configuration, on 127.0.0.1 and
 * a free port, from a private prefix directory; stopped by the caller. Browser tests run against
 * what a reader would really get, headers included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => res(port));
    });
  });
}

function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((res, rej) => {
    const attempt = () => {
      const sock = connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        res();
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > until) rej(new Error(`nginx did not listen on 127.0.0.1:${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** The deploy configuration with this run's root, port and include directory. */
export function siteConfig(template: string, root: string, port: number, includeDir: string): string {
  return template
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`)
    .replaceAll('/etc/nginx/editions/', `${includeDir}/`);
}

/** The http-level redirect map with this run's dist/ (the map file the build writes there). */
export function redirectsMapConfig(template: string, root: string): string {
  return template.replace(/^(\s*include\s+)\S*\/(_redirects\.nginx\.map;)/m, `$1${root}/$2`);
}

export interface Nginx {
  origin: string;
  stop(): Promise<void>;
}

export async function startNginx(dist = 'dist'): Promise<Nginx> {
  if (!nginxBinary) throw new Error('nginx not found: the test command installs Debian nginx (scripts/ensure-browser-deps.ts)');
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const includeDir = join(prefix, 'editions');
  mkdirSync(includeDir);
  mkdirSync(join(prefix, 'logs'));
  copyFileSync('deploy/headers.conf', join(includeDir, 'headers.conf'));
  const brotli = existsSync(brotliModule);
  if (brotli) copyFileSync('deploy/brotli.conf', join(includeDir, 'brotli.conf'));
  if (brotli) copyFileSync('deploy/no-brotli.conf', join(includeDir, 'no-brotli.conf'));
  const port = await freePort();
  writeFileSync(join(prefix, 'site.conf'), siteConfig(readFileSync('deploy/site.conf', 'utf8'), resolve(dist), port, includeDir));
  writeFileSync(join(prefix, 'redirects-map.conf'), redirectsMapConfig(readFileSync('deploy/redirects-map.conf', 'utf8'), resolve(dist)));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`).join('\n  ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    // As root, workers would drop to `nobody`, who may not read a checkout under a private temp dir.
    `${brotli ? `load_module ${brotliModule};\n` : ''}${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { text/javascript mjs; application/wasm wasm; }
  default_type application/octet-stream;
  access_log off;
  ${temp}
  include ${prefix}/redirects-map.conf;
  include ${prefix}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(nginxBinary, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await Promise.race([
      waitForPort(port, 10_000),
      exited.then(() => {
        throw new Error(`nginx exited: ${stderr}`);
      }),
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** One response as nginx sends it for this Accept-Encoding: status, headers, body bytes undecoded. */
export function rawResponse(url: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
