import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliDecompressSync } from 'node:zlib';
import { writeBrotliCopies } from '../../../src/lib/search/brotli-copies.ts';

const data = (s: string) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(s.repeat(50))]);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brotli-copies-'));
  for (const lang of ['en', 'ru']) {
    mkdirSync(join(dir, lang, 'index'), { recursive: true });
    mkdirSync(join(dir, lang, 'fragment'), { recursive: true });
    writeFileSync(join(dir, lang, 'wasm.unknown.pagefind'), gzipSync(data('wasm ')));
    writeFileSync(join(dir, lang, 'index', `und_${lang}.pf_index`), gzipSync(data(`index of ${lang} `)));
    writeFileSync(join(dir, lang, 'fragment', `und_${lang}.pf_fragment`), gzipSync(data('fragment ')));
    writeFileSync(join(dir, lang, 'pagefind.js'), 'export {}');
    writeFileSync(join(dir, lang, 'pagefind-worker.js'), 'export {}');
  }
  writeFileSync(join(dir, 'terms.json'), '[]');
});

describe('writeBrotliCopies', () => {
  it("writes beside each data file a brotli copy of its uncompressed content, signature kept", async () => {
    const { files } = await writeBrotliCopies(dir);
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['en/index/und_en.pf_index', 'en/pagefind.js', 'en/wasm.unknown.pagefind', 'ru/index/und_ru.pf_index', 'ru/pagefind.js', 'ru/wasm.unknown.pagefind', 'terms.json']);
    expect(brotliDecompressSync(readFileSync(join(dir, 'ru', 'index', 'und_ru.pf_index.br')))).toEqual(data('index of ru '));
    expect(brotliDecompressSync(readFileSync(join(dir, 'en', 'wasm.unknown.pagefind.br')))).toEqual(data('wasm '));
  });

  it('copies the loader and JSON as they are, and leaves fragments and other files alone', async () => {
    await writeBrotliCopies(dir);
    expect(brotliDecompressSync(readFileSync(join(dir, 'en', 'pagefind.js.br'))).toString()).toBe('export {}');
    expect(brotliDecompressSync(readFileSync(join(dir, 'terms.json.br'))).toString()).toBe('[]');
    expect(existsSync(join(dir, 'en', 'fragment', 'und_en.pf_fragment.br'))).toBe(false);
    expect(existsSync(join(dir, 'en', 'pagefind-worker.js.br'))).toBe(false);
  });

  it('names a file that is not Pagefind data', async () => {
    writeFileSync(join(dir, 'en', 'index', 'bad.pf_index'), 'not gzip');
    await expect(writeBrotliCopies(dir)).rejects.toThrow(/bad\.pf_index: not gzip/);
    writeFileSync(join(dir, 'en', 'index', 'bad.pf_index'), gzipSync('no signature here'));
    await expect(writeBrotliCopies(dir)).rejects.toThrow(/bad\.pf_index: no "pagefind_dcd" signature/);
  });
});
