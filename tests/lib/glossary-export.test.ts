/**
 * The glossary downloads, checked by reading them back with independent parsers: every label,
 * variant and definition of the real glossary survives each format, and a small fixture carries
 * the characters that break naive writers (quotes, commas, line breaks, <, &, ʻ ʼ, Cyrillic).
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/content.config.ts';
import { glossaryToCsv, glossaryToJson, glossaryToTbx } from '../../src/lib/glossary-export.ts';

const langs = ['en', 'ru', 'kk', 'uz'] as const;
type Lang = (typeof langs)[number];

const dir = 'content/glossary';
const real: GlossaryEntry[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => glossaryEntrySchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8'))));
const realIds = real.map((e) => e.id);

/** Given out of order, so that sorting is observable. */
const fixture: GlossaryEntry[] = [
  glossaryEntrySchema.parse({
    id: 'zeta-treaty',
    type: 'document',
    labels: {
      en: 'Treaty on "A & B" <draft>',
      ru: 'Договор «А & Б» <проект>',
      kk: 'Шарт "А, Б"',
      uz: 'Oʻzbekiston taʼlimi & "Q"',
    },
    authorLabels: ['uz'],
    variants: {
      en: ['TAB', 'A&B treaty', 'TAB Agreement'],
      ru: ['договора «А & Б»', 'ДАБ'],
      kk: ['Shart A', 'TAB Agreement', 'шарттың'],
      uz: ['Ўзбекистон таълими', 'taʼlim, “Q”'],
    },
    definitions: {
      en: 'First line, with a comma; "quoted" and <angled> & ampersand.\nSecond line.',
      ru: 'Первая строка, с запятой; «кавычки» и "quotes".\nВторая строка & <тег>.',
      kk: 'Бірінші жол, үтірмен; "тырнақша".\nЕкінші жол.',
      uz: 'Birinchi satr, vergul bilan; “qoʻshtirnoq” va "quotes".\nIkkinchi satr: oʻ gʻ taʼlim.',
    },
    sources: [
      { article: 'some-article', paragraph: 'p-3' },
      { article: 'other-article', paragraph: 'p-12' },
    ],
    related: ['alpha-concept'],
  }),
  glossaryEntrySchema.parse({
    id: 'alpha-concept',
    type: 'concept',
    labels: { en: 'alpha', ru: 'альфа', kk: 'альфа', uz: 'alfa' },
    // The label repeated as a variant must not become a second term.
    variants: { en: ['alpha'] },
    // A line break with nothing else that needs quoting.
    definitions: { en: 'Line one\nline two', ru: 'А.', kk: 'А.', uz: 'A.' },
    sources: [{ article: 'some-article', paragraph: 'p-1' }],
    related: ['zeta-treaty'],
  }),
];

const meta = { title: 'Test glossary' };

// ---------------------------------------------------------------------------------------------

describe('glossaryToCsv', () => {
  const csv = glossaryToCsv(real);
  type Row = Record<string, string>;
  const rows = (text: string): Row[] => parseCsv(text, { bom: true, columns: true }) as Row[];

  it('starts with a UTF-8 BOM and ends records with CRLF', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const firstLineEnd = csv.indexOf('\n');
    expect(csv[firstLineEnd - 1]).toBe('\r');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has the documented header', () => {
    const header = parseCsv(csv, { bom: true, to_line: 1 })[0];
    expect(header).toEqual([
      'id', 'type',
      'label_en', 'label_ru', 'label_kk', 'label_uz',
      'variants_en', 'variants_ru', 'variants_kk', 'variants_uz',
      'definition_en', 'definition_ru', 'definition_kk', 'definition_uz',
      'related', 'sources',
    ]);
  });

  it('real glossary: one row per entry, sorted by id, every field intact', () => {
    const parsed = rows(csv);
    expect(parsed).toHaveLength(real.length);
    expect(parsed.map((r) => r.id)).toEqual([...realIds].sort());
    for (const r of parsed) {
      const e = real.find((x) => x.id === r.id)!;
      expect(r.type).toBe(e.type);
      for (const l of langs) {
        expect(r[`label_${l}`]).toBe(e.labels[l]);
        expect(r[`definition_${l}`]).toBe(e.definitions[l]);
        const v = r[`variants_${l}`]!;
        expect(v === '' ? [] : v.split(' | ')).toEqual(e.variants[l] ?? []);
      }
      expect(r.related === '' ? [] : r.related!.split(' ')).toEqual(e.related);
      expect(r.sources!.split(' ')).toEqual(e.sources.map((s) => `${s.article}#${s.paragraph}`));
    }
  });

  it('fixture: quotes, commas, line breaks, Cyrillic and ʻ ʼ survive, one record per entry', () => {
    const parsed = rows(glossaryToCsv(fixture));
    expect(parsed.map((r) => r.id)).toEqual(['alpha-concept', 'zeta-treaty']);
    const z = parsed[1]!;
    for (const l of langs) {
      expect(z[`label_${l}`]).toBe(fixture[0]!.labels[l]);
      expect(z[`definition_${l}`]).toBe(fixture[0]!.definitions[l]);
    }
    expect(z.variants_uz).toBe('Ўзбекистон таълими | taʼlim, “Q”');
    // Spreadsheets and most CSV readers end a record at a bare LF too, so a field with a line
    // break must be quoted even though records end with CRLF.
    const lenient = parseCsv(glossaryToCsv(fixture), { bom: true, columns: true, record_delimiter: ['\r\n', '\n'] }) as Row[];
    expect(lenient.map((r) => r.definition_en)).toEqual([fixture[1]!.definitions.en, fixture[0]!.definitions.en]);
    expect(z.sources).toBe('some-article#p-3 other-article#p-12');
    expect(parsed[0]!.variants_en).toBe('alpha');
    expect(parsed[0]!.variants_ru).toBe('');
  });

  it('refuses a variant that contains the list separator', () => {
    const bad = glossaryEntrySchema.parse({ ...fixture[1], variants: { en: ['a | b'] } });
    expect(() => glossaryToCsv([bad])).toThrow(/separator/);
  });
});

// ---------------------------------------------------------------------------------------------

describe('glossaryToJson', () => {
  it('real glossary round-trips to the entries, sorted by id', () => {
    const out = JSON.parse(glossaryToJson(real, { title: 'Glossary' }));
    expect(out.title).toBe('Glossary');
    expect(typeof out.format).toBe('string');
    expect(out.entries.map((e: GlossaryEntry) => e.id)).toEqual([...realIds].sort());
    const byId = new Map(real.map((e) => [e.id, e]));
    for (const e of out.entries) {
      expect(e).not.toHaveProperty('url');
      expect(e).toEqual(byId.get(e.id));
    }
  });

  it('fixture: special characters round-trip and each entry has its page in every language', () => {
    const out = JSON.parse(
      glossaryToJson(fixture, { title: 'T', siteUrl: 'https://example.org/', entryUrl: (l, id) => `/${l === 'kk' ? 'kz' : l}/glossary/${id}/` }),
    );
    const z = out.entries.find((e: { id: string }) => e.id === 'zeta-treaty');
    const { url, ...rest } = z;
    expect(rest).toEqual(fixture[0]);
    expect(url).toEqual({
      en: 'https://example.org/en/glossary/zeta-treaty/',
      ru: 'https://example.org/ru/glossary/zeta-treaty/',
      kk: 'https://example.org/kz/glossary/zeta-treaty/',
      uz: 'https://example.org/uz/glossary/zeta-treaty/',
    });
  });

  it('is reproducible: the same input gives the same bytes, with no timestamp', () => {
    const a = glossaryToJson(real, meta);
    expect(glossaryToJson([...real].reverse(), meta)).toBe(a);
    expect(a).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });
});

// ---------------------------------------------------------------------------------------------

const ARRAYS = new Set(['conceptEntry', 'langSec', 'termSec', 'ref', 'termNote', 'admin', 'note', 'xref', 'p', 'descripGrp']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
});
const orderedParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, preserveOrder: true });

type Node = Record<string, any>;
const text = (n: unknown): string => (typeof n === 'string' ? n : (n as Node)['#text']);

interface Term {
  term: string;
  status: string;
  termType: string;
  notes: string[];
  xrefs: string[];
}
interface Concept {
  id: string;
  subjectField: string;
  refs: { target: string; label: string }[];
  sections: Map<string, { definition?: string; sources: string[]; terms: Term[] }>;
}

function readTbx(xml: string): { root: Node; concepts: Concept[] } {
  const doc = parser.parse(xml);
  const root = doc.tbx;
  const concepts = (root.text.body.conceptEntry as Node[]).map((c) => ({
    id: c['@id'],
    subjectField: text(c.descrip),
    refs: (c.ref ?? []).map((r: Node) => ({ target: r['@target'], label: text(r) })),
    sections: new Map(
      (c.langSec as Node[]).map((s) => {
        const grp = s.descripGrp?.[0];
        return [
          s['@xml:lang'],
          {
            ...(grp ? { definition: text(grp.descrip) } : {}),
            sources: (grp?.admin ?? []).map(text),
            terms: (s.termSec as Node[]).map((t) => {
              const note = (type: string) => text((t.termNote as Node[]).find((n) => n['@type'] === type));
              return {
                term: text(t.term),
                status: note('administrativeStatus'),
                termType: note('termType'),
                notes: (t.note ?? []).map(text),
                xrefs: (t.xref ?? []).map((x: Node) => x['@target']),
              };
            }),
          },
        ];
      }),
    ),
  }));
  return { root, concepts };
}

/** Names of the child elements of every element called `name`, in document order. */
function childOrders(xml: string, name: string): string[][] {
  const found: string[][] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      const tag = Object.keys(n).find((k) => k !== ':@');
      if (!tag || tag === '#text' || tag.startsWith('?')) continue;
      const children = n[tag] as Node[];
      if (tag === name) found.push(children.map((c) => Object.keys(c).find((k) => k !== ':@')!).filter((k) => k !== '#text'));
      walk(children);
    }
  };
  walk(orderedParser.parse(xml));
  return found;
}

const MAIN: Record<Lang, string> = { en: 'en', ru: 'ru', kk: 'kk', uz: 'uz-Latn' };
const FAMILY: Record<Lang, string[]> = { en: ['en'], ru: ['ru'], kk: ['kk', 'kk-Latn'], uz: ['uz-Latn', 'uz-Cyrl'] };
const hasCyrillic = (s: string) => /\p{Script=Cyrillic}/u.test(s);
const hasLatin = (s: string) => /\p{Script=Latin}/u.test(s);

describe('glossaryToTbx', () => {
  const xml = glossaryToTbx(real, { title: 'Glossary', siteUrl: 'https://example.org/', entryUrl: (l, id) => `/${l}/glossary/${id}/` });
  const { root, concepts } = readTbx(xml);
  const byId = new Map(concepts.map((c) => [c.id, c]));

  it('is well-formed XML with the TBX-Basic root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root['@xmlns']).toBe('urn:iso:std:iso:30042:ed-2');
    expect(root['@type']).toBe('TBX-Basic');
    expect(root['@style']).toBe('dca');
    expect(root['@xml:lang']).toBe('en');
  });

  it('says in the header what it is and where the data comes from', () => {
    const fileDesc = root.tbxHeader.fileDesc;
    expect(fileDesc.titleStmt.title).toBe('Glossary');
    const source = (fileDesc.sourceDesc.p as unknown[]).map(text).join(' ');
    expect(source).toContain('content/glossary');
    expect(source).toMatch(/author/i);
  });

  it('has one conceptEntry per entry, sorted by id, with the type as subject field', () => {
    expect(concepts.map((c) => c.id)).toEqual([...realIds].sort());
    for (const e of real) expect(byId.get(e.id)!.subjectField).toBe(e.type);
  });

  it('has the four language sections, plus only kk-Latn and uz-Cyrl for other scripts', () => {
    for (const c of concepts) {
      const tags = [...c.sections.keys()];
      for (const l of langs) expect(tags.filter((t) => t === MAIN[l])).toHaveLength(1);
      expect(tags.filter((t) => !Object.values(MAIN).includes(t)).every((t) => t === 'kk-Latn' || t === 'uz-Cyrl')).toBe(true);
    }
  });

  it('has every definition, with its sources, in its language section', () => {
    for (const e of real)
      for (const l of langs) {
        const s = byId.get(e.id)!.sections.get(MAIN[l])!;
        expect(s.definition).toBe(e.definitions[l]);
        expect(s.sources).toEqual(e.sources.map((x) => `${x.article}#${x.paragraph}`));
      }
  });

  it('has every label as the preferred term and every variant as an admitted term', () => {
    for (const e of real) {
      const c = byId.get(e.id)!;
      for (const l of langs) {
        const preferred = c.sections.get(MAIN[l])!.terms.filter((t) => t.status === 'preferredTerm-admn-sts');
        expect(preferred.map((t) => t.term)).toEqual([e.labels[l]]);
        const admitted = FAMILY[l].flatMap((tag) => c.sections.get(tag)?.terms ?? []).filter((t) => t.status === 'admittedTerm-admn-sts');
        expect(new Set(admitted.map((t) => t.term))).toEqual(new Set((e.variants[l] ?? []).filter((v) => v !== e.labels[l])));
      }
    }
  });

  it('puts other-script forms in their own sections', () => {
    for (const c of concepts) {
      for (const t of c.sections.get('uz-Cyrl')?.terms ?? []) expect(hasCyrillic(t.term) && !hasLatin(t.term)).toBe(true);
      for (const t of c.sections.get('kk-Latn')?.terms ?? []) expect(hasLatin(t.term) && !hasCyrillic(t.term)).toBe(true);
      for (const t of c.sections.get('uz-Latn')!.terms.filter((x) => x.status !== 'preferredTerm-admn-sts')) expect(hasLatin(t.term)).toBe(true);
    }
    const terms = (id: string, tag: string) => byId.get(id)!.sections.get(tag)?.terms.map((t) => t.term) ?? [];
    expect(terms('uzbekistan', 'uz-Cyrl')).toContain('Ўзбекистон');
    expect(terms('uzbekistan', 'kk-Latn')).toContain('Özbekstan');
    expect(terms('soft-power', 'kk-Latn')).toEqual(expect.arrayContaining(['jumsaq kúsh', 'zhumsak kush']));
    // An English name printed as is in Kazakh text is a Kazakh (Cyrillic-text) form, not Kazakh Latin.
    expect(terms('it-towns', 'kk')).toContain('IT Towns');
    expect(terms('it-towns', 'kk-Latn')).not.toContain('IT Towns');
  });

  it('gives abbreviations, full forms and variants their TBX-Basic term type', () => {
    const type = (id: string, tag: string, term: string) => byId.get(id)!.sections.get(tag)!.terms.find((t) => t.term === term)?.termType;
    expect(type('undp', 'en', 'UNDP')).toBe('abbreviation');
    expect(type('shanghai-cooperation-organisation', 'ru', 'ШОС')).toBe('abbreviation');
    expect(type('united-states', 'ru', 'США')).toBe('abbreviation');
    expect(type('soft-power', 'en', 'soft power')).toBe('fullForm');
    expect(type('soft-power', 'ru', 'мягкой силы')).toBe('variant');
  });

  it('marks the authors’ own labels, and only those', () => {
    for (const e of real)
      for (const l of langs) {
        const label = byId.get(e.id)!.sections.get(MAIN[l])!.terms.find((t) => t.status === 'preferredTerm-admn-sts')!;
        expect(label.notes.length > 0).toBe(e.authorLabels.includes(l));
      }
    expect(real.some((e) => e.authorLabels.length > 0)).toBe(true);
  });

  it('cross-references exactly the related entries, each pointing at an existing conceptEntry', () => {
    for (const e of real) {
      const refs = byId.get(e.id)!.refs;
      expect(refs.map((r) => r.target)).toEqual(e.related);
      for (const r of refs) {
        expect(byId.has(r.target)).toBe(true);
        expect(r.label).toBe(real.find((x) => x.id === r.target)!.labels.en);
      }
    }
  });

  it('links each preferred term to its page with an absolute URL', () => {
    const label = byId.get('soft-power')!.sections.get('ru')!.terms[0]!;
    expect(label.xrefs).toEqual(['https://example.org/ru/glossary/soft-power/']);
  });

  it('uses only TBX-Basic data categories, at the levels its schema allows', () => {
    expect(new Set([...xml.matchAll(/<termNote type="([^"]+)">([^<]*)</g)].map((m) => `${m[1]}=${m[2]}`))).toEqual(
      new Set(['administrativeStatus=preferredTerm-admn-sts', 'administrativeStatus=admittedTerm-admn-sts',
        'termType=fullForm', 'termType=abbreviation', 'termType=variant']),
    );
    const types = (el: string) => new Set([...xml.matchAll(new RegExp(`<${el} type="([^"]+)"`, 'g'))].map((m) => m[1]));
    expect(types('descrip')).toEqual(new Set(['subjectField', 'definition']));
    expect(types('ref')).toEqual(new Set(['crossReference']));
    expect(types('admin')).toEqual(new Set(['source']));
    expect(types('xref')).toEqual(new Set(['externalCrossReference']));
    for (const c of childOrders(xml, 'descripGrp')) expect(c[0]).toBe('descrip');
  });

  it('emits children in the order the TBX-Basic schema requires', () => {
    // conceptEntry: auxiliary data, then langSec+; langSec: auxiliary data, then termSec+;
    // termSec: term, then termNotes, then auxiliary data.
    const tailOf = (children: string[], tail: string) => {
      const first = children.indexOf(tail);
      return first > 0 && children.slice(first).every((c) => c === tail) && !children.slice(0, first).includes(tail);
    };
    const entries = childOrders(xml, 'conceptEntry');
    expect(entries).toHaveLength(real.length);
    for (const c of entries) expect(tailOf(c, 'langSec')).toBe(true);
    for (const c of childOrders(xml, 'langSec')) expect(tailOf(c, 'termSec') || c.every((x) => x === 'termSec')).toBe(true);
    for (const c of childOrders(xml, 'termSec')) {
      expect(c[0]).toBe('term');
      const lastNote = c.lastIndexOf('termNote');
      expect(c.slice(1, lastNote + 1).every((x) => x === 'termNote')).toBe(true);
    }
    expect(childOrders(xml, 'tbx')[0]).toEqual(['tbxHeader', 'text']);
    const fileDesc = childOrders(xml, 'fileDesc')[0]!;
    expect(fileDesc.at(-1)).toBe('sourceDesc');
  });

  it('is reproducible: the same input in any order gives the same bytes', () => {
    expect(glossaryToTbx([...real].reverse(), { title: 'Glossary', siteUrl: 'https://example.org/', entryUrl: (l, id) => `/${l}/glossary/${id}/` })).toBe(xml);
  });
});

describe('glossaryToTbx on the fixture', () => {
  const xml = glossaryToTbx(fixture, meta);
  const { concepts } = readTbx(xml);
  const z = concepts.find((c) => c.id === 'zeta-treaty')!;

  it('escapes <, & and " so that the file stays well-formed and reads back unchanged', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<draft>');
    expect(xml).toContain('&lt;draft&gt;');
    expect(xml).toContain('&amp;');
    for (const l of langs) {
      expect(z.sections.get(MAIN[l])!.terms[0]!.term).toBe(fixture[0]!.labels[l]);
      expect(z.sections.get(MAIN[l])!.definition).toBe(fixture[0]!.definitions[l]);
    }
  });

  it('sorts entries and places each variant in the right section', () => {
    expect(concepts.map((c) => c.id)).toEqual(['alpha-concept', 'zeta-treaty']);
    expect(concepts[0]!.sections.get('en')!.terms.map((t) => t.term)).toEqual(['alpha']);
    const terms = (tag: string) => z.sections.get(tag)?.terms.map((t) => t.term);
    expect(terms('uz-Cyrl')).toEqual(['Ўзбекистон таълими']);
    expect(terms('uz-Latn')).toEqual(['Oʻzbekiston taʼlimi & "Q"', 'taʼlim, “Q”']);
    expect(terms('kk-Latn')).toEqual(['Shart A']);
    expect(terms('kk')).toEqual(['Шарт "А, Б"', 'TAB Agreement', 'шарттың']);
    expect(z.sections.get('uz-Cyrl')!.definition).toBeUndefined();
    expect([...z.sections.keys()]).toEqual(['en', 'ru', 'kk', 'kk-Latn', 'uz-Latn', 'uz-Cyrl']);
  });

  it('marks the author label with an English note and has no page links without a site URL', () => {
    const uz = z.sections.get('uz-Latn')!.terms[0]!;
    expect(uz.notes).toHaveLength(1);
    expect(xml).toMatch(/<note xml:lang="en">/);
    expect(z.sections.get('en')!.terms[0]!.notes).toEqual([]);
    expect(xml).not.toContain('<xref');
  });

  it('refuses cross-references to entries that are not in the file, and ids XML cannot use', () => {
    expect(() => glossaryToTbx([fixture[0]!], meta)).toThrow(/alpha-concept/);
    const digit = glossaryEntrySchema.parse({ ...fixture[1], id: '2030-strategy', related: [] });
    expect(() => glossaryToTbx([digit], meta)).toThrow(/2030-strategy/);
  });
});
