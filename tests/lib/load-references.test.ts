import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadReferences, readReferencesFile, ContentError } from '../../src/lib/load-references.ts';
import { referenceSchema } from '../../src/content.config.ts';

const item = (over: Record<string, unknown> = {}) => ({
  id: 'nye-2004',
  type: 'book',
  title: 'Soft Power',
  custom: { printed: [{ line: 3, text: 'Nye J.S. Soft Power. 2004.' }], display: 'Nye J.S. Soft Power. 2004.' },
  ...over,
});

let base: string;
const write = (slug: string, content: unknown) => {
  mkdirSync(join(base, slug), { recursive: true });
  const file = join(base, slug, 'references.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'refs-'));
});

describe('loadReferences', () => {
  it('reads every article folder, giving each item an id scoped by its article', () => {
    write('b-article', [item(), item({ id: 'cull-2019' })]);
    write('a-article', [item()]);
    mkdirSync(join(base, 'no-refs'));
    const entries = loadReferences(base, referenceSchema);
    expect(entries.map((e) => e.id)).toEqual(['a-article/nye-2004', 'b-article/nye-2004', 'b-article/cull-2019']);
    expect(entries[0]!.article).toBe('a-article');
    expect(entries[0]!.csl.title).toBe('Soft Power');
  });

  it('names the file, the item and the field with the fix when an item is invalid', () => {
    const file = write('x', [item(), item({ id: 'bad-doi', DOI: 'https://doi.org/10.1/x' })]);
    expect(() => readReferencesFile(file, referenceSchema)).toThrow(ContentError);
    expect(() => readReferencesFile(file, referenceSchema)).toThrow(
      `${file}: item 2 ("bad-doi") field "DOI": write the bare DOI without https://doi.org/`,
    );
  });

  it('rejects broken JSON, a non-array and duplicate ids with a message that says what to do', () => {
    expect(() => readReferencesFile(write('j', '[{"id": '), referenceSchema)).toThrow(/not valid JSON .* Fix the syntax; the file must be a CSL-JSON array/);
    expect(() => readReferencesFile(write('o', { id: 'x' }), referenceSchema)).toThrow(/must be a CSL-JSON array/);
    expect(() => readReferencesFile(write('d', [item(), item()]), referenceSchema)).toThrow(/id "nye-2004" is used twice; merge the duplicates/);
  });

  it('demands the printed text of every reference', () => {
    const file = write('p', [item({ custom: { printed: [], display: 'x' } })]);
    expect(() => readReferencesFile(file, referenceSchema)).toThrow(/field "custom.printed": copy the printed reference and its source line/);
  });
});
