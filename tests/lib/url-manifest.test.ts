import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { urlOfFile, parseManifest, formatManifest, checkManifest, redirectPage } from '../../src/lib/url-manifest.ts';

describe('url manifest', () => {
  it('maps built files to their public URLs and leaves hashed assets out', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('en/articles/x/index.html')).toBe('/en/articles/x/');
    expect(urlOfFile('downloads/glossary.tbx')).toBe('/downloads/glossary.tbx');
    expect(urlOfFile('_astro/Base.Cx12.css')).toBeUndefined();
    expect(urlOfFile('_redirects')).toBeUndefined();
  });

  it('finds a listed URL that is gone without a redirect, a new URL not listed, and a redirect to nowhere', () => {
    const manifest = parseManifest('# comment\n/\n/en/old/\n/en/moved/\n\n');
    const built = new Set(['/', '/en/new/']);
    const redirects = new Map([
      ['/en/moved/', '/en/new/'],
      ['/en/gone/', '/en/nowhere/'],
    ]);
    expect(checkManifest(manifest, built, redirects)).toEqual({
      missing: ['/en/old/'],
      unlisted: ['/en/new/'],
      brokenRedirects: ['/en/gone/ → /en/nowhere/'],
    });
    expect(checkManifest(['/', '/en/moved/'], new Set(['/', '/en/new/']), new Map([['/en/moved/', '/en/new/']])).missing).toEqual([]);
  });

  it('writes the manifest sorted and without duplicates, and reads it back', () => {
    expect(parseManifest(formatManifest(['/b/', '/a/', '/b/']))).toEqual(['/a/', '/b/']);
  });

  it('a redirect page refreshes at once to the new URL and names it canonical', () => {
    const html = redirectPage('/en/new/', 'https://example.org/en/new/');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/en/new/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/en/new/">');
    expect(html).toContain('<a href="/en/new/">');
  });

  it('the site has its manifest, and the build checks it', () => {
    expect(existsSync('urls/manifest.txt')).toBe(true);
    expect(parseManifest(readFileSync('urls/manifest.txt', 'utf8'))).toContain('/en/articles/ustemirova-cultural-humanitarian-cooperation-geopolitical-competition/');
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/integrations: \[[^\]]*urlManifest\(\)/);
  });
});
