/**
 * The raw sources are the ground truth every edition is traced to: they must stay byte-identical
 * to what was received. SHA256SUMS was written once, when they were copied in.
 */
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'content/sources';
const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [hash, name] = line.split(/\s+/);
    return { hash: hash!, name: name! };
  });
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('content/sources', () => {
  it('lists exactly the source files present', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(sums.map((s) => s.name).sort()).toEqual(files);
    expect(files).toHaveLength(4);
  });

  it.each(sums)('$name is byte-identical to its recorded checksum', ({ name, hash }) => {
    expect(sha256(join(dir, name))).toBe(hash);
  });

  // When the shared seeds are beside the repository (CI, developer machines), compare bytes too.
  const seeds = '../shared/seeds';
  it.runIf(existsSync(seeds)).each(sums)('$name equals ../shared/seeds/$name byte for byte', ({ name }) => {
    expect(readFileSync(join(dir, name)).equals(readFileSync(join(seeds, name)))).toBe(true);
  });
});
