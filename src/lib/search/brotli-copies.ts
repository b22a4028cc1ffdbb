/**
 * Brotli copies of a Pagefind bundle's data files, for servers that can send them.
 *
 * Pagefind writes its WebAssembly, index chunks, filters and metadata gzipped, and gunzips them
 * itself in the browser, so a server cannot compress them any further. Its loader also accepts
 * them uncompressed (it looks for the "pagefind_dcd" signature before it gunzips), which lets the
 * server send the uncompressed data with Content-Encoding: br instead: the browser undoes the
 * brotli, and Pagefind finds its signature. Brotli at quality 11 is 12–15% smaller than Pagefind's
 * gzip on these files (npm run bench:search). deploy/site.conf serves `file.br` for `file` to a
 * browser that accepts br; any other host serves Pagefind's own files, which work as they are.
 *
 * The loader (pagefind.js) and the JSON files (the entry file, terms.json) are ordinary text that
 * nginx would compress on the fly at a quicker level; their copies are brotli of the file as it
 * is, at quality 11, a kilobyte or two smaller.
 *
 * Fragments are left out: one per record, about 1 KB each, they would add seconds to the build
 * for tens of bytes a hit.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompress, constants, gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';

const compress = promisify(brotliCompress);
const SIGNATURE = 'pagefind_dcd';

/** Pagefind's gzipped data, fragments aside: the copy is of the data gunzipped. */
export const pagefindData = /\.(pagefind|pf_index|pf_filter|pf_meta)$/;
/** Text served as it is: the copy is of the file. */
export const plainText = /^pagefind\.js$|\.json$/;
const brotliCopied = (name: string) => pagefindData.test(name) || plainText.test(name);

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : brotliCopied(e.name) ? [join(dir, e.name)] : []));
}

/**
 * Writes `file.br` beside each data file under `dir`; returns the files it copied. Equal files (the same WebAssembly in every language's bundle) are compressed once.
 * A file that is not Pagefind's gzipped data is an error: its copy would not load.
 */
export async function writeBrotliCopies(dir: string): Promise<{ files: string[] }> {
  const files = filesOf(dir);
  const done = new Map<string, Promise<Buffer>>();
  await Promise.all(
    files.map(async (file) => {
      const stored = readFileSync(file);
      const key = createHash('sha256').update(stored).digest('hex');
      let br = done.get(key);
      if (!br) {
        let raw = stored;
        if (pagefindData.test(file)) {
          try {
            raw = gunzipSync(stored);
          } catch {
            throw new Error(`${file}: not gzip, so not a Pagefind data file; its brotli copy would not load`);
          }
          if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file}: no "${SIGNATURE}" signature; Pagefind would not read its brotli copy`);
        }
        br = compress(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
        done.set(key, br);
      }
      writeFileSync(`${file}.br`, await br);
    }),
  );
  return { files };
}
