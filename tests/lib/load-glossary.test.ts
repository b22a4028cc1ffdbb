import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { loadGlossary, checkGlossary, readGlossaryFile } from '../../src/lib/load-glossary.ts';

const entry = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  type: 'concept',
  labels: { en: id.replace(/-/g, ' '), ru: `ru ${id}`, kk: `kk ${id}`, uz: `uz ${id}` },
  definitions: { en: 'A definition.', ru: 'Определение.', kk: 'Анықтама.', uz: 'Taʼrif.' },
  sources: [{ article: 'some-article', paragraph: 'p-1' }],
  ...over,
});

let dir: string;
const write = (name: string, data: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : stringify(data));
  return file;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'glossary-'));
});

describe('loadGlossary', () => {
  it('reads every entry, sorted by file name, with schema defaults', () => {
    write('soft-power.yaml', entry('soft-power', { related: ['public-diplomacy'] }));
    write('public-diplomacy.yaml', entry('public-diplomacy'));
    write('notes.txt', 'not an entry');
    const entries = loadGlossary(dir);
    expect(entries.map((e) => e.id)).toEqual(['public-diplomacy', 'soft-power']);
    expect(entries[0]!.variants).toEqual({});
    expect(entries[0]!.related).toEqual([]);
  });

  it('reads the real glossary and the plugin test fixtures without a problem', () => {
    expect(loadGlossary().length).toBeGreaterThanOrEqual(55);
    expect(loadGlossary('tests/fixtures/glossary-terms/glossary').map((e) => e.id)).toEqual([
      'power',
      'shanghai-cooperation-organisation',
      'soft-power',
      'uzbekistan',
    ]);
  });

  it('names the file, the field and the fix for an unknown related id, suggesting the likely one', () => {
    const file = write('soft-power.yaml', entry('soft-power', { related: ['public-diplomcy'] }));
    write('public-diplomacy.yaml', entry('public-diplomacy'));
    expect(() => loadGlossary(dir)).toThrow(
      `${file}: related: unknown glossary id "public-diplomcy"; fix: did you mean "public-diplomacy"? use the id of an existing entry (file ${join(dir, '{id}.yaml')}) or remove it`,
    );
  });

  it('rejects an entry that relates to itself', () => {
    const file = write('soft-power.yaml', entry('soft-power', { related: ['soft-power'] }));
    expect(() => loadGlossary(dir)).toThrow(`${file}: related: "soft-power" is the entry itself; fix: remove it`);
  });

  it('names both files when two entries claim the same form in one language, however it is spaced or cased', () => {
    const first = write('a-entry.yaml', entry('a-entry', { variants: { ru: ['Мягкая  сила'] } }));
    const second = write('b-entry.yaml', entry('b-entry', { labels: { en: 'b', ru: 'мягкая сила', kk: 'b', uz: 'b' } }));
    let message = '';
    try {
      loadGlossary(dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      `${second}: labels.ru: form "мягкая сила" is also claimed by ${first} (variants.ru: "Мягкая  сила"); fix: keep it in one entry only, since each form must lead to a single entry`,
    );
  });

  it('counts forms the matcher cannot tell apart as the same (ё/е, apostrophes, dashes)', () => {
    const problems = checkGlossary([
      { file: 'g/a.yaml', entry: readGlossaryFile(write('a.yaml', entry('a', { variants: { ru: ['Шёлковый путь'], uz: ["Oʻzbek"] } }))) },
      { file: 'g/b.yaml', entry: readGlossaryFile(write('b.yaml', entry('b', { variants: { ru: ['шелковый путь'], uz: ['O‘zbek'] } }))) },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^g\/b\.yaml: variants\.ru: form "шелковый путь" is also claimed by g\/a\.yaml/);
    expect(problems[1]).toMatch(/^g\/b\.yaml: variants\.uz: form "O‘zbek" is also claimed by g\/a\.yaml/);
  });

  it('allows an entry to repeat its own form (label and variant)', () => {
    write('a.yaml', entry('a', { variants: { en: ['A'] } }));
    expect(loadGlossary(dir)).toHaveLength(1);
  });

  it('demands that the file be named after the id', () => {
    const file = write('soft-powr.yaml', entry('soft-power'));
    expect(() => loadGlossary(dir)).toThrow(
      `${file}: id: "soft-power" does not match the file name soft-powr.yaml; fix: rename the file to soft-power.yaml, or set id: soft-powr`,
    );
  });

  it('reports schema problems with the file and the field, and YAML syntax errors with the file', () => {
    const bad = write('bad.yaml', { ...entry('bad'), labels: { en: 'x', ru: 'x', kk: 'x' } });
    expect(() => loadGlossary(dir)).toThrow(`${bad}:  field "labels.uz"`);
    const broken = write('broken.yaml', 'id: [unclosed\n');
    expect(() => readGlossaryFile(broken)).toThrow(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML .*; fix: correct the syntax`));
  });

  it('lists every problem, one per line, so that scripts can print them all', () => {
    const entries = [
      { file: 'g/x.yaml', entry: readGlossaryFile(write('x.yaml', entry('x', { related: ['nope', 'x'] }))) },
      { file: 'g/y-old.yaml', entry: readGlossaryFile(write('y.yaml', entry('y'))) },
    ];
    expect(checkGlossary(entries)).toEqual([
      expect.stringMatching(/^g\/y-old\.yaml: id: "y" does not match the file name/),
      expect.stringMatching(/^g\/x\.yaml: related: unknown glossary id "nope"; fix: use the id of an existing entry \(file g\/\{id\}\.yaml\) or remove it$/),
      expect.stringMatching(/^g\/x\.yaml: related: "x" is the entry itself/),
    ]);
  });
});
