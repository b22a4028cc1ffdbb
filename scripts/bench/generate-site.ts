/**
 * Synthetic content for the build benchmark, made from the real editions' text:
 *
 * - `harvestPool()` collects paragraphs, list items, tables, headings, keywords, titles, authors,
 *   annotation reasons and references from content/articles (per language; a language with no
 *   edition yet borrows from the nearest one: ru → kk → en, kk → en, uz → en);
 * - `writeContent()` writes N articles × 4 languages (~1,500 words each: headings, paragraphs with
 *   citation markers `[3]` / `[7,p.241]` / `[4],[9,p.88]`, `<Ann id>` annotations of every kind,
 *   a bullet and a numbered list, a table with <TableCaption>/<TableSource>), with article.yaml and
 *   references.json that pass the schemas of src/content.config.ts;
 * - `writeBareProject()` writes a minimal Astro project that builds the same MDX files with the
 *   unified processor (smartypants off, no plugins) and one trivial page per edition.
 *
 * Output is deterministic (seeded), so that two runs build the same site.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { countWords, linkNodeModules, repoRoot } from './util.ts';

export const benchLangs = ['en', 'ru', 'kk', 'uz'] as const;
type Lang = (typeof benchLangs)[number];
const borrow: Record<Lang, Lang[]> = { en: ['en'], ru: ['ru', 'kk', 'en'], kk: ['kk', 'en'], uz: ['uz', 'en'] };

type Json = Record<string, unknown>;

interface LangPool {
  paragraphs: string[];
  listItems: string[];
  /** Whole table blocks: caption line, GFM table, source line. */
  tables: string[];
  keywords: string[][];
  titles: string[];
  reasons: string[];
}

export interface TextPool {
  langs: Record<Lang, LangPool>;
  authors: Json[];
  journals: Json[];
  licences: Json[];
  references: Json[];
}

const sectionHeadings: Record<Lang, { abstract: string; keywords: string; sections: string[]; subsections: string[] }> = {
  en: {
    abstract: 'Abstract',
    keywords: 'Keywords:',
    sections: ['Introduction', 'Materials and Methods', 'Results', 'Discussion', 'Conclusion'],
    subsections: ['Institutional Channels', 'Educational Exchange'],
  },
  ru: {
    abstract: 'Аннотация',
    keywords: 'Ключевые слова:',
    sections: ['Введение', 'Материалы и методы', 'Результаты', 'Обсуждение', 'Заключение'],
    subsections: ['Институциональные каналы', 'Образовательный обмен'],
  },
  kk: {
    abstract: 'Аңдатпа',
    keywords: 'Түйін сөздер:',
    sections: ['Кіріспе', 'Материалдар мен әдістер', 'Нәтижелер', 'Талқылау', 'Қорытынды'],
    subsections: ['Институционалдық арналар', 'Білім алмасу'],
  },
  uz: {
    abstract: 'Annotatsiya',
    keywords: 'Kalit soʻzlar:',
    sections: ['Kirish', 'Materiallar va usullar', 'Natijalar', 'Muhokama', 'Xulosa'],
    subsections: ['Institutsional kanallar', 'Taʼlim almashinuvi'],
  },
};

/** Citation markers as printed, and runs of them. */
const markerRun = /\s?\[\d{1,3}(?:\s*,\s*[^\]\n]{1,24})?\](?:\s*,\s*\[\d{1,3}(?:\s*,\s*[^\]\n]{1,24})?\])*/g;

function splitFrontmatter(text: string): { data: Json; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: (parseYaml(m[1]!) ?? {}) as Json, body: text.slice(m[0].length) };
}

/** Plain paragraph text: annotations unwrapped to their text, citation markers removed. */
function clean(text: string): string {
  return text
    .replace(/<Ann\s+id="[^"]*">([\s\S]*?)<\/Ann>/g, '$1')
    .replace(markerRun, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text that is safe to reuse in MDX (no JSX or expressions left after cleaning). */
const safe = (t: string) => t.length > 0 && !/[<>{}]/.test(t);

function emptyLangPool(): LangPool {
  return { paragraphs: [], listItems: [], tables: [], keywords: [], titles: [], reasons: [] };
}

export function harvestPool(contentDir = join(repoRoot, 'content', 'articles')): TextPool {
  const raw = Object.fromEntries(benchLangs.map((l) => [l, emptyLangPool()])) as Record<Lang, LangPool>;
  const authors: Json[] = [];
  const journals: Json[] = [];
  const licences: Json[] = [];
  const references: Json[] = [];
  for (const slug of readdirSync(contentDir).sort()) {
    const dir = join(contentDir, slug);
    if (existsSync(join(dir, 'article.yaml'))) {
      const a = parseYaml(readFileSync(join(dir, 'article.yaml'), 'utf8')) as Json;
      authors.push(...((a.authors as Json[]) ?? []));
      if (a.journal) journals.push(a.journal as Json);
      if (a.licence) licences.push(a.licence as Json);
    }
    if (existsSync(join(dir, 'references.json')))
      references.push(...(JSON.parse(readFileSync(join(dir, 'references.json'), 'utf8')) as Json[]));
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const lang = f.replace(/\.mdx$/, '') as Lang;
      if (!benchLangs.includes(lang)) continue;
      const pool = raw[lang];
      const { data, body } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'));
      if (typeof data.title === 'string') pool.titles.push(data.title);
      if (Array.isArray(data.keywords) && data.keywords.length) pool.keywords.push(data.keywords.map(String));
      for (const a of (data.annotations as Json[] | undefined) ?? [])
        if (typeof a.reason === 'string' && a.reason.length >= 10 && a.reason.length < 400) pool.reasons.push(a.reason.replace(/\s+/g, ' ').trim());
      const blocks = body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i]!;
        if (b.startsWith('<TableCaption') && blocks[i + 1]?.startsWith('|')) {
          const source = blocks[i + 2]?.startsWith('<TableSource') ? `\n\n${blocks[i + 2]}` : '';
          if (!/<Ann/.test(b + blocks[i + 1] + source)) pool.tables.push(`${b}\n\n${blocks[i + 1]}${source}`);
          continue;
        }
        if (/^(#|\||<|\*\*)/.test(b)) continue;
        if (/^(- |\* |\d+\. )/.test(b)) {
          for (const line of b.split('\n')) {
            const item = clean(line.replace(/^(- |\* |\d+\. )/, ''));
            if (safe(item) && countWords(item) >= 4) pool.listItems.push(item.replace(/[;.]$/, ''));
          }
          continue;
        }
        const p = clean(b);
        if (safe(p) && countWords(p) >= 15 && !/^\d/.test(p)) pool.paragraphs.push(p);
      }
    }
  }
  // A language without text of its own borrows, field by field.
  const langs = Object.fromEntries(
    benchLangs.map((l) => {
      const pick = <K extends keyof LangPool>(k: K): LangPool[K] => {
        for (const from of borrow[l]) if (raw[from][k].length) return raw[from][k];
        for (const from of benchLangs) if (raw[from][k].length) return raw[from][k];
        return [] as unknown as LangPool[K];
      };
      return [l, { paragraphs: pick('paragraphs'), listItems: pick('listItems'), tables: pick('tables'), keywords: pick('keywords'), titles: pick('titles'), reasons: pick('reasons') }];
    }),
  ) as Record<Lang, LangPool>;
  if (!langs.en.paragraphs.length) throw new Error('no paragraphs found in content/articles to build synthetic editions from');
  return { langs, authors, journals, licences, references };
}

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pickOf = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/** A marker as the sources print them. */
function marker(r: () => number, refs: number): string {
  const n = () => 1 + Math.floor(r() * refs);
  const x = r();
  if (x < 0.55) return `[${n()}]`;
  if (x < 0.85) return `[${n()},p.${10 + Math.floor(r() * 490)}]`;
  return `[${n()}],[${n()},p.${10 + Math.floor(r() * 490)}]`;
}

/** Inserts a marker before the end punctuation of the sentence nearest to `at` (0…1) of the paragraph. */
function insertMarker(text: string, m: string, at: number): string {
  const ends = [...text.matchAll(/[.!?](?=\s|$)/g)].map((x) => x.index);
  if (!ends.length) return `${text} ${m}`;
  const pos = ends.reduce((best, e) => (Math.abs(e / text.length - at) < Math.abs(best / text.length - at) ? e : best), ends[0]!);
  return `${text.slice(0, pos)} ${m}${text.slice(pos)}`;
}

/** Wraps two or three plain words in the middle of the paragraph in <Ann id>; returns the wrapped text. */
function wrapAnn(text: string, id: string, r: () => number): { text: string; wrapped: string } | undefined {
  const tokens = text.split(' ');
  const plain = (t: string | undefined) => t !== undefined && /^[\p{L}][\p{L}-]*$/u.test(t);
  const starts: number[] = [];
  for (let i = 1; i < tokens.length - 3; i++) if (plain(tokens[i]) && plain(tokens[i + 1])) starts.push(i);
  if (!starts.length) return undefined;
  const s = starts[Math.floor(starts.length * (0.3 + 0.4 * r()))] ?? starts[0]!;
  const len = plain(tokens[s + 2]) && r() < 0.5 ? 3 : 2;
  const wrapped = tokens.slice(s, s + len).join(' ');
  const out = [...tokens.slice(0, s), `<Ann id="${id}">${wrapped}</Ann>`, ...tokens.slice(s + len)].join(' ');
  return { text: out, wrapped };
}

/** The source reading of an emendation: the edition's words, as if misprinted. */
function misprint(reading: string, r: () => number): string {
  const words = reading.split(' ');
  if (words.length > 1 && r() < 0.5) return [...words.slice(1), words[0]].join(' ');
  const w = words[0]!;
  const i = 1 + Math.floor(r() * Math.max(1, w.length - 2));
  return [w.slice(0, i) + w.slice(i + 1), ...words.slice(1)].join(' ') || `${reading}-`;
}

type Block =
  | { kind: 'h2' | 'h3'; key: number }
  | { kind: 'abstract' | 'keywords' | 'table' }
  | { kind: 'p'; words: number; markers: string[]; markerAt: number; ann?: 'emendation' | 'unrecoverable' | 'note' }
  | { kind: 'ul' | 'ol'; items: number; markers: string[] };

const TARGET_WORDS = 1250;
const REFS_PER_ARTICLE = 12;

/** The block plan of an article, shared by its four editions (they are paragraph-aligned). */
function planArticle(r: () => number): Block[] {
  const para = (): Block => {
    const markers: string[] = [];
    const m = r();
    if (m < 0.55) markers.push(marker(r, REFS_PER_ARTICLE));
    if (m < 0.15) markers.push(marker(r, REFS_PER_ARTICLE));
    const a = r();
    const ann = a < 0.3 ? 'emendation' : a < 0.4 ? 'unrecoverable' : a < 0.5 ? 'note' : undefined;
    return { kind: 'p', words: 50 + Math.floor(r() * 90), markers, markerAt: r(), ...(ann ? { ann } : {}) };
  };
  const blocks: Block[] = [{ kind: 'h2', key: -1 }, { kind: 'abstract' }, { kind: 'keywords' }];
  // Sections: Introduction, Methods, Results (two subsections, lists, the table), Discussion, Conclusion.
  blocks.push({ kind: 'h2', key: 0 }, para(), para());
  blocks.push({ kind: 'h2', key: 1 }, para());
  blocks.push({ kind: 'h2', key: 2 }, { kind: 'h3', key: 0 }, para(), { kind: 'ul', items: 4, markers: [marker(r, REFS_PER_ARTICLE)] }, para());
  blocks.push({ kind: 'table' }, para(), { kind: 'h3', key: 1 }, para(), { kind: 'ol', items: 3, markers: [] });
  blocks.push({ kind: 'h2', key: 3 }, para());
  const conclusion = blocks.length;
  blocks.push({ kind: 'h2', key: 4 }, para());
  // Paragraphs are added to Discussion and Results until the plan reaches the target length.
  const words = () => blocks.reduce((n, b) => n + (b.kind === 'p' ? b.words : b.kind === 'abstract' ? 150 : b.kind === 'table' ? 90 : b.kind === 'ul' || b.kind === 'ol' ? b.items * 15 : 0), 0);
  let toggle = 0;
  while (words() < TARGET_WORDS) {
    const at = toggle++ % 2 ? conclusion : blocks.findIndex((b) => b.kind === 'h2' && b.key === 3);
    blocks.splice(at, 0, para());
  }
  return blocks;
}

interface Annotation {
  id: string;
  kind: 'emendation' | 'unrecoverable' | 'note';
  category?: string;
  at?: string;
  original?: string;
  reading?: string;
  reason: string;
  line?: number;
  reference?: string;
}

/** Running text of about `words` words: whole sentences of pool paragraphs, in their order. */
function paragraphText(pool: LangPool, r: () => number, words: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < words) {
    for (const sentence of pickOf(r, pool.paragraphs).split(/(?<=[.!?])\s+(?=[\p{Lu}\d"“«])/u)) {
      parts.push(sentence);
      n += countWords(sentence);
      if (n >= words) break;
    }
  }
  return parts.join(' ');
}

function writeEdition(
  file: string,
  slug: string,
  lang: Lang,
  provenance: string,
  plan: Block[],
  pool: LangPool,
  title: string,
  keywords: string[],
  refIds: string[],
  seed: number,
): number {
  const r = rng(seed);
  const h = sectionHeadings[lang];
  const annotations: Annotation[] = [
    { id: 'about-this-edition', kind: 'note', category: 'metadata', at: 'article', reason: pickOf(r, pool.reasons) },
    { id: 'references-note', kind: 'note', category: 'reference', at: 'references', reference: refIds[0]!, reason: pickOf(r, pool.reasons) },
  ];
  const out: string[] = [];
  let nAnn = 0;
  let line = 20;
  for (const b of plan) {
    line += 2;
    switch (b.kind) {
      case 'h2':
        out.push(`## ${b.key < 0 ? h.abstract : h.sections[b.key]}`);
        break;
      case 'h3':
        out.push(`### ${h.subsections[b.key]}`);
        break;
      case 'abstract':
        out.push(paragraphText(pool, r, 150));
        break;
      case 'keywords':
        out.push(`**${h.keywords}** ${keywords.join(', ')}.`);
        break;
      case 'table':
        out.push(pickOf(r, pool.tables.length ? pool.tables : ['<TableCaption>1-Table. Indicators</TableCaption>\n\n| Indicator | Value |\n|---|---|\n| Exchanges | 12 |\n\n<TableSource>Source: Compiled by the author.</TableSource>']));
        break;
      case 'ul':
      case 'ol': {
        const items = Array.from({ length: b.items }, () => pickOf(r, pool.listItems.length ? pool.listItems : pool.paragraphs.map((p) => p.split('. ')[0]!)));
        if (b.markers[0]) items[0] = `${items[0]} ${b.markers[0]}`;
        out.push(items.map((it, i) => `${b.kind === 'ul' ? '-' : `${i + 1}.`} ${it}${i === items.length - 1 ? '.' : ';'}`).join('\n'));
        break;
      }
      case 'p': {
        let text = paragraphText(pool, r, b.words);
        b.markers.forEach((m, i) => (text = insertMarker(text, m, (b.markerAt + i * 0.37) % 1)));
        if (b.ann) {
          const id = `${b.ann}-${++nAnn}`;
          const w = wrapAnn(text, id, r);
          if (w) {
            text = w.text;
            const reason = pickOf(r, pool.reasons);
            if (b.ann === 'emendation')
              annotations.push({ id, kind: 'emendation', category: pickOf(r, ['ocr', 'word-order', 'spelling', 'punctuation']), original: misprint(w.wrapped, r), reading: w.wrapped, reason, line });
            else if (b.ann === 'unrecoverable')
              annotations.push({ id, kind: 'unrecoverable', category: 'fragment', original: w.wrapped, reason, line });
            else annotations.push({ id, kind: 'note', reason, line });
          }
        }
        out.push(text);
        break;
      }
    }
  }
  const front = { article: slug, lang, title, provenance, keywords, annotations };
  const body = out.join('\n\n');
  writeFileSync(file, `---\n${stringifyYaml(front, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body}\n`);
  return countWords(body.replace(/<[^>]+>/g, ' ').replace(markerRun, ''));
}

export interface GeneratedContent {
  articles: number;
  editions: number;
  words: { min: number; median: number; max: number };
}

const SOURCE_FILE = 'bench-synthetic.txt';

/**
 * Writes content/ (articles and one raw source file) for `count` synthetic articles into `projectDir`.
 */
export function writeContent(projectDir: string, count: number, pool: TextPool): GeneratedContent {
  let firstSlug: string | undefined;
  const articlesDir = join(projectDir, 'content', 'articles');
  const sourcesDir = join(projectDir, 'content', 'sources');
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  const sourceLines = Array.from({ length: 400 }, (_, i) => pool.langs.en.paragraphs[i % pool.langs.en.paragraphs.length]!);
  writeFileSync(join(sourcesDir, SOURCE_FILE), `${sourceLines.join('\n')}\n`);
  const words: number[] = [];
  for (let i = 1; i <= count; i++) {
    const r = rng(hash(`article-${i}`));
    const plan = planArticle(r);
    const original: Lang = i % 5 === 0 ? 'kk' : 'en';
    const firstAuthor = pickOf(r, pool.authors.length ? pool.authors : [{ names: { en: { family: 'Author' } } }]);
    const others = r() < 0.5 && pool.authors.length > 1 ? [pickOf(r, pool.authors)].filter((a) => a !== firstAuthor) : [];
    const family = String(((firstAuthor.names as Json).en as Json | undefined)?.family ?? 'author');
    const ascii = family.normalize('NFKD').toLowerCase().replace(/[^a-z]+/g, '') || 'author';
    const slug = `${ascii}-synthetic-edition-${String(i).padStart(4, '0')}`;
    firstSlug ??= slug;
    const dir = join(articlesDir, slug);
    mkdirSync(dir, { recursive: true });

    // References: a run of real items, renumbered 1…N as a printed numbered list.
    const start = Math.floor(r() * Math.max(1, pool.references.length));
    const refs: Json[] = [];
    const ids = new Set<string>();
    for (let k = 0; refs.length < Math.min(REFS_PER_ARTICLE, pool.references.length); k++) {
      const base = structuredClone(pool.references[(start + k) % pool.references.length]!);
      let id = String(base.id);
      while (ids.has(id)) id = `${id}-b`;
      ids.add(id);
      refs.push({ ...base, id, 'citation-number': refs.length + 1 });
    }
    writeFileSync(join(dir, 'references.json'), `${JSON.stringify(refs, null, 2)}\n`);

    const titles = Object.fromEntries(benchLangs.map((l) => [l, `${pickOf(r, pool.langs[l].titles)} (${i})`])) as Record<Lang, string>;
    const article: Json = {
      slug,
      originalLanguage: original,
      titles,
      authors: [firstAuthor, ...others],
      ...(pool.journals.length ? { journal: pickOf(r, pool.journals) } : {}),
      volume: String(1 + (i % 9)).padStart(2, '0'),
      issue: String(1 + (i % 4)).padStart(2, '0'),
      year: 2020 + (i % 6),
      dates: { received: '2025-04-23', accepted: '2025-05-19', published: '2025-06-21' },
      doi: `10.5555/bench.${i}`,
      ...(pool.licences.length ? { licence: pickOf(r, pool.licences) } : {}),
      source: {
        file: SOURCE_FILE,
        lines: [1 + ((i * 7) % 300), 1 + ((i * 7) % 300) + 80],
        rules: ['running-headers', 'page-breaks'],
        runningHeaders: [],
        omit: [{ lines: [1 + ((i * 7) % 300), 3 + ((i * 7) % 300)], reason: 'Journal front-matter box; carried into the metadata.' }],
      },
      citations: { map: {}, uncited: [] },
    };
    writeFileSync(join(dir, 'article.yaml'), stringifyYaml(article, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));

    for (const lang of benchLangs) {
      const provenance = lang === original ? 'original' : lang === 'en' ? 'author-provided' : 'editorial-translation';
      const keywords = pickOf(r, pool.langs[lang].keywords.length ? pool.langs[lang].keywords : [['cultural diplomacy']]);
      words.push(
        writeEdition(join(dir, `${lang}.mdx`), slug, lang, provenance, plan, pool.langs[lang], titles[lang], keywords, [...ids], hash(`${slug}/${lang}`)),
      );
    }
  }
  writeGlossary(projectDir, firstSlug!);
  words.sort((a, b) => a - b);
  return {
    articles: count,
    editions: count * benchLangs.length,
    words: { min: words[0] ?? 0, median: words[Math.floor(words.length / 2)] ?? 0, max: words.at(-1) ?? 0 },
  };
}

/**
 * The real glossary, so that the project's glossary plugin and pages work on the synthetic text
 * (harvested from the real editions, so its terms occur as often); each entry's sources point at
 * the first synthetic article, as the real ones must name an article that exists.
 */
function writeGlossary(projectDir: string, slug: string): void {
  const from = join(repoRoot, 'content', 'glossary');
  const to = join(projectDir, 'content', 'glossary');
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from).filter((n) => n.endsWith('.yaml'))) {
    const entry = parseYaml(readFileSync(join(from, f), 'utf8')) as { sources: { article: string; paragraph: string }[] };
    entry.sources = [{ article: slug, paragraph: 'p-1' }];
    writeFileSync(join(to, f), stringifyYaml(entry, { lineWidth: 0 }));
  }
}

/**
 * A minimal Astro project that builds the MDX files of `contentFrom` (content/articles) with the
 * unified processor, smartypants off, no plugins: one page per edition rendering <Content/>, with
 * trivial components for <Ann>, <TableCaption> and <TableSource>.
 *
 * With `plugins`, the same minimal project runs the project's remark/rehype plugins
 * (src/plugins and the src/i18n they read are copied): the difference to the bare build is the
 * plugins' cost, the rest of the difference to the project's build is its pages and components.
 */
export function writeBareProject(projectDir: string, contentFrom: string, options: { plugins?: boolean } = {}): void {
  mkdirSync(join(projectDir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(projectDir, 'src', 'components'), { recursive: true });
  cpSync(contentFrom, join(projectDir, 'content', 'articles'), {
    recursive: true,
    filter: (src) => !/\.(yaml|json)$/.test(src),
  });
  writeFileSync(join(projectDir, 'package.json'), `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2)}\n`);
  if (options.plugins) {
    // The plugins read the glossary (src/lib, the schemas in src/content.config.ts, content/glossary).
    for (const d of ['plugins', 'i18n', 'lib']) cpSync(join(repoRoot, 'src', d), join(projectDir, 'src', d), { recursive: true });
    cpSync(join(repoRoot, 'src', 'content.config.ts'), join(projectDir, 'src', 'project-content.config.ts'));
    cpSync(join(contentFrom, '..', 'glossary'), join(projectDir, 'content', 'glossary'), { recursive: true });
  }
  writeFileSync(
    join(projectDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
${options.plugins ? "import { remarkPlugins, rehypePlugins } from './src/plugins/index.ts';\n" : ''}
export default defineConfig({
  markdown: { processor: unified({ ${options.plugins ? 'remarkPlugins, rehypePlugins, ' : ''}smartypants: false }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
`,
  );
  writeFileSync(
    join(projectDir, 'src', 'content.config.ts'),
    // With the plugins, astro.config.mjs loads this file (through the glossary loader), where the
    // virtual astro:content does not exist yet: the project imports the same function by path.
    `import { defineCollection } from '${options.plugins ? 'astro/content/config' : 'astro:content'}';
import { glob } from 'astro/loaders';
${options.plugins ? "// The project's schemas, for the plugins; this project's own collections below take precedence.\nexport * from './project-content.config.ts';\n" : ''}
export const collections = {
  editions: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/articles' }) }),
};
`,
  );
  writeFileSync(join(projectDir, 'src', 'components', 'Ann.astro'), '<span class="ann"><slot /></span>\n');
  writeFileSync(join(projectDir, 'src', 'components', 'TableCaption.astro'), '<p class="caption"><slot /></p>\n');
  writeFileSync(join(projectDir, 'src', 'components', 'TableSource.astro'), '<p class="source"><slot /></p>\n');
  writeFileSync(
    join(projectDir, 'src', 'pages', '[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Ann from '../components/Ann.astro';
import TableCaption from '../components/TableCaption.astro';
import TableSource from '../components/TableSource.astro';

export async function getStaticPaths() {
  const editions = await getCollection('editions');
  return editions.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.id}</title></head>
  <body><Content components={{ Ann, TableCaption, TableSource }} /></body>
</html>
`,
  );
  linkNodeModules(projectDir);
}
