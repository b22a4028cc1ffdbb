/** Plain-text tables of the benchmark's figures and the targets next to them. */
import type { BuildSeries } from './build-timing.ts';
import type { TransferResult, Kind } from './transfer.ts';
import { categories, type LighthouseResult, type Category, type Preset } from './lighthouse.ts';
import { kib, mib, seconds, median, min } from './util.ts';

export interface BenchEnvironment {
  date: string;
  commit: string;
  node: string;
  astro: string;
  cpus: number;
  memoryGiB: number;
  runs: number;
  sizes: number[];
  lighthouseRuns: number;
  presets: Preset[];
  memoryMethod: string;
}

export interface SizeResult {
  articles: number;
  editions: number;
  words: { min: number; median: number; max: number };
  project?: BuildSeries;
  bare?: BuildSeries;
  /** Bare pages with the project's remark/rehype plugins: splits project − bare into plugins and pages. */
  barePlugins?: BuildSeries;
  error?: string;
}

export interface Target {
  target: string;
  met: boolean | null;
  detail: string;
}

export interface BenchResults {
  environment: BenchEnvironment;
  realSite?: { articles: number; editions: number; build?: BuildSeries; error?: string };
  sizes: SizeResult[];
  transfer?: TransferResult[];
  transferError?: string;
  lighthouse?: LighthouseResult[];
  lighthouseError?: string;
  targets: Target[];
}

export function table(head: string[], rows: string[][], rightAlign = new Set<number>()): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r.map((c, i) => (rightAlign.has(i) ? (c ?? '').padStart(widths[i]!) : (c ?? '').padEnd(widths[i]!))).join('  ').trimEnd();
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function buildRows(label: string, s: BuildSeries | undefined, error?: string): string[] {
  if (!s) return [label, '–', 'failed', error ? error.split('\n')[0]!.slice(0, 60) : '', '', '', '', ''];
  return [
    label,
    String(s.htmlPages),
    seconds(s.wallMs.min),
    seconds(s.wallMs.median),
    Number.isFinite(s.cpuS.median) ? `${s.cpuS.median.toFixed(1)} s` : '–',
    mib(s.peakTreeRssBytes.min),
    mib(s.peakTreeRssBytes.median),
    mib(s.maxProcessRssBytes.median),
  ];
}

const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

export function buildTable(r: BenchResults): string {
  const rows: string[][] = [];
  if (r.realSite)
    rows.push(buildRows(`real site (${r.realSite.articles} articles, ${r.realSite.editions} editions)`, r.realSite.build, r.realSite.error));
  for (const s of r.sizes) {
    rows.push(buildRows(`project, ${s.articles} articles × 4`, s.project, s.error));
    rows.push(buildRows(`bare,    ${s.articles} articles × 4`, s.bare, s.error));
    if (s.barePlugins) rows.push(buildRows(`bare + project plugins, ${s.articles} × 4`, s.barePlugins));
    if (s.project && s.bare)
      rows.push([
        `  ratio project/bare (${s.articles})`,
        '',
        ratio(s.project.wallMs.min, s.bare.wallMs.min),
        ratio(s.project.wallMs.median, s.bare.wallMs.median),
        ratio(s.project.cpuS.median, s.bare.cpuS.median),
        ratio(s.project.peakTreeRssBytes.min, s.bare.peakTreeRssBytes.min),
        ratio(s.project.peakTreeRssBytes.median, s.bare.peakTreeRssBytes.median),
        ratio(s.project.maxProcessRssBytes.median, s.bare.maxProcessRssBytes.median),
      ]);
  }
  return table(['build (cold)', 'pages', 'wall min', 'wall median', 'CPU median', 'tree RSS min', 'tree RSS median', 'max proc RSS median'], rows, new Set(range(8).slice(1)));
}

export function perArticleTable(r: BenchResults): string {
  const per = (ms: number, s: SizeResult) => `${(ms / s.editions).toFixed(1)} ms`;
  const rows = r.sizes
    .filter((s) => s.project && s.bare)
    .map((s) => {
      const p = s.project!.wallMs.median;
      const b = s.bare!.wallMs.median;
      const bp = s.barePlugins?.wallMs.median;
      return [
        `${s.articles} × 4`,
        per(p, s),
        per(b, s),
        per(p - b, s),
        bp === undefined ? '–' : per(bp - b, s),
        bp === undefined ? '–' : per(p - bp, s),
        `${s.words.min}–${s.words.max} (median ${s.words.median})`,
      ];
    });
  return rows.length
    ? table(
        ['size', 'project / edition', 'bare / edition', 'project − bare', 'of which plugins', 'of which pages & rest', 'words per edition'],
        rows,
        new Set([1, 2, 3, 4, 5]),
      )
    : '';
}

const kindLabel: Record<Kind, string> = { html: 'HTML', css: 'CSS', js: 'JS', font: 'fonts', other: 'other' };

export function transferTable(results: TransferResult[]): string {
  const cell = (b: { compressed: number; raw: number; requests: number }) =>
    b.requests ? `${kib(b.compressed)} / ${kib(b.raw)}` : '–';
  const rows = results.map((t) => [
    t.pattern,
    t.type === '404' ? `${t.path} (${t.status})` : t.path.length > 34 ? `${t.path.slice(0, 31)}…` : t.path,
    String(t.total.requests),
    ...(['html', 'css', 'js', 'font', 'other'] as Kind[]).map((k) => cell(t.byKind[k])),
    kib(t.total.compressed),
    kib(t.total.gzip),
    kib(t.total.raw),
  ]);
  return table(
    ['page type', 'representative (largest)', 'req', ...(['html', 'css', 'js', 'font', 'other'] as Kind[]).map((k) => `${kindLabel[k]} br/raw`), 'total br', 'total gzip', 'total raw'],
    rows,
    new Set(range(11).slice(2)),
  );
}

/** Median (and min when it differs) of each category over the runs of one page type and preset. */
export function lighthouseSummary(results: LighthouseResult[]): { type: string; path: string; preset: Preset; median: Record<Category, number | null>; min: Record<Category, number | null>; runs: number; errors: string[] }[] {
  const groups = new Map<string, LighthouseResult[]>();
  for (const r of results) groups.set(`${r.type}\u0000${r.preset}`, [...(groups.get(`${r.type}\u0000${r.preset}`) ?? []), r]);
  return [...groups.values()].map((rs) => {
    const pick = (f: (xs: number[]) => number) =>
      Object.fromEntries(
        categories.map((c) => {
          const xs = rs.map((r) => r.scores[c]).filter((x): x is number => x !== null);
          return [c, xs.length ? f(xs) : null];
        }),
      ) as Record<Category, number | null>;
    return { type: rs[0]!.type, path: rs[0]!.path, preset: rs[0]!.preset, median: pick(median), min: pick(min), runs: rs.length, errors: rs.flatMap((r) => (r.error ? [r.error] : [])) };
  });
}

export function lighthouseTable(results: LighthouseResult[]): string {
  const rows = lighthouseSummary(results).map((s) => [
    s.type === 'control' ? 'control*' : s.type,
    s.preset,
    ...categories.map((c) => {
      const m = s.median[c];
      const lo = s.min[c];
      return m === null ? 'error' : lo !== null && lo !== m ? `${m} (min ${lo})` : String(m);
    }),
  ]);
  return table(['page type', 'preset', 'performance', 'accessibility', 'best-practices', 'seo'], rows, new Set([2, 3, 4, 5]));
}

/** Audits that cost points, with the page types and presets where they did. */
export function lighthouseFindings(results: LighthouseResult[]): string {
  const seen = new Map<string, { title: string; category: string; where: Set<string>; values: Set<string>; items: Set<string> }>();
  const origin = (u: string) => u.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '');
  for (const r of results)
    for (const f of r.failing) {
      const key = `${f.category}/${f.id}`;
      const e = seen.get(key) ?? { title: f.title, category: f.category, where: new Set<string>(), values: new Set<string>(), items: new Set<string>() };
      e.where.add(`${r.type} ${r.preset}`);
      if (f.displayValue) e.values.add(f.displayValue);
      if (!f.id.startsWith('total-blocking') && !/paint|speed-index/.test(f.id)) for (const i of f.items ?? []) e.items.add(origin(i));
      seen.set(key, e);
    }
  const lines = [...seen.entries()].flatMap(([key, e]) => [
    `- ${key}: ${e.title}${e.values.size ? ` (${[...e.values].slice(0, 4).join(', ')})` : ''}: ${[...e.where].join(', ')}`,
    ...[...e.items].slice(0, 3).map((i) => `    ${i}`),
  ]);
  const warnings = [...new Set(results.flatMap((r) => r.warnings.map((w) => `- ${r.type} ${r.preset}: ${w}`)))];
  return [...lines, ...(warnings.length ? ['Lighthouse warnings:', ...warnings] : [])].join('\n');
}

export function evaluateTargets(r: BenchResults): Target[] {
  const targets: Target[] = [];
  // 1. Lighthouse 100 everywhere.
  if (r.lighthouse?.length) {
    const all = lighthouseSummary(r.lighthouse);
    const summary = all.filter((s) => s.type !== 'control');
    // A performance score at or above the control page's worst run is within what this machine
    // does to a page with nothing in it; it is listed apart from the misses the site causes.
    const controlMin = (preset: Preset) => all.find((s) => s.type === 'control' && s.preset === preset)?.min.performance ?? null;
    const noise: string[] = [];
    const misses = summary.flatMap((s) =>
      categories
        .filter((c) => s.median[c] !== 100)
        .flatMap((c) => {
          const text = `${s.type} ${s.preset} ${c} ${s.median[c] ?? 'error'}`;
          const floor = controlMin(s.preset);
          if (c === 'performance' && floor !== null && floor < 100 && (s.median[c] ?? 0) >= floor) {
            noise.push(text);
            return [];
          }
          return [text];
        }),
    );
    const htmlTypes = new Set(summary.map((s) => s.type));
    const skipped = (r.transfer ?? []).filter((t) => !htmlTypes.has(t.type)).map((t) => t.pattern);
    targets.push({
      target: 'Lighthouse 100 in all four categories on every page type',
      met: misses.length === 0 && noise.length === 0,
      detail:
        (misses.length ? `below 100 (median): ${misses.join(', ')}` : noise.length ? 'no miss beyond machine noise' : `all ${summary.length} page type × preset combinations score 100`) +
        (noise.length ? `; performance within the control page's range on this machine: ${noise.join(', ')}` : '') +
        (skipped.length ? ` [not audited, not HTML: ${skipped.join(', ')}]` : '') +
        lighthouseSummary(r.lighthouse)
          .filter((s) => s.type === 'control' && categories.some((c) => s.median[c] !== 100))
          .map((s) => ` [the control page itself (no CSS, no JS) scores ${categories.map((c) => s.median[c] ?? '–').join('/')} on ${s.preset}, performance ${s.min.performance ?? '–'} in its worst run]`)
          .join(''),
    });
  } else targets.push({ target: 'Lighthouse 100 in all four categories on every page type', met: null, detail: r.lighthouseError ?? 'not measured' });
  // 2. Edition: readable without JS; CSS under 15 KB compressed.
  const edition = r.transfer?.find((t) => t.type === 'edition');
  if (edition) {
    const js = edition.byKind.js;
    targets.push({
      target: 'an article page needs no JavaScript to read',
      met: edition.noJs?.readable ?? null,
      detail: `with JavaScript off: ${edition.noJs ? `${(edition.noJs.textRatio * 100).toFixed(1)}% of the text, ${edition.noJs.blocksVisible}/${edition.noJs.blocks} numbered blocks visible` : 'not checked'}; the page still loads ${js.requests} script(s), ${kib(js.compressed)} br (progressive enhancement)`,
    });
    const css = edition.byKind.css;
    targets.push({
      target: 'an article page’s CSS is under 15 KB compressed',
      met: css.compressed < 15_000,
      detail: `${kib(css.compressed)} br (${css.compressed} B), ${kib(css.gzip)} gzip, ${kib(css.raw)} raw, ${css.requests} file(s)`,
    });
  } else {
    targets.push({ target: 'an article page needs no JavaScript to read', met: null, detail: r.transferError ?? 'not measured' });
    targets.push({ target: 'an article page’s CSS is under 15 KB compressed', met: null, detail: r.transferError ?? 'not measured' });
  }
  // 3. Build no slower than the bare build of the same content.
  const compared = r.sizes.filter((s) => s.project && s.bare);
  if (compared.length)
    targets.push({
      target: 'the project’s build is no slower than the bare unified build of the same content',
      met: compared.every((s) => s.project!.wallMs.median <= s.bare!.wallMs.median),
      detail: compared
        .map((s) => `${s.articles}×4: ${seconds(s.project!.wallMs.median)} vs ${seconds(s.bare!.wallMs.median)} (${ratio(s.project!.wallMs.median, s.bare!.wallMs.median)}, median)`)
        .join('; '),
    });
  else targets.push({ target: 'the project’s build is no slower than the bare unified build of the same content', met: null, detail: 'not measured (BENCH_SIZES empty or builds failed)' });
  return targets;
}

export function targetsTable(targets: Target[]): string {
  const status = (t: Target) => (t.met === null ? 'not measured' : t.met ? 'MET' : 'NOT MET');
  const width = Math.max(...targets.map((t) => status(t).length)) + 2;
  return targets
    .map((t) => {
      const head = `${`[${status(t)}]`.padEnd(width + 1)}${t.target}`;
      // One measured fact per line: the details are joined with "; " and bracketed notes.
      const facts = t.detail.split(/; (?![^[]*\])| (?=\[)/).map((f) => `${' '.repeat(width + 3)}${f}`);
      return [head, ...facts].join('\n');
    })
    .join('\n');
}

export function renderReport(r: BenchResults): string {
  const e = r.environment;
  const out: string[] = [];
  out.push(`# npm run bench — ${e.date}`);
  out.push(
    `commit ${e.commit}; node ${e.node}; astro ${e.astro}; ${e.cpus} CPUs, ${e.memoryGiB} GiB; ${e.runs} cold build(s) per row; sizes ${e.sizes.join(', ') || 'none'}; Lighthouse ${e.lighthouseRuns} run(s) per page type × preset (${e.presets.join(', ')})`,
  );
  out.push(`memory: ${e.memoryMethod}`);
  out.push('', '## Build time and peak memory (min / median over runs)', '', buildTable(r));
  const per = perArticleTable(r);
  if (per) out.push('', per);
  const loads = [r.realSite?.build, ...r.sizes.flatMap((s) => [s.project, s.bare, s.barePlugins])].flatMap((b) => b?.runs.map((x) => x.loadBefore) ?? []);
  if (loads.length) out.push('', `1-minute load average before the runs: ${Math.min(...loads)}–${Math.max(...loads)} (on ${e.cpus} CPUs; higher than 0 means other work shared the machine)`);
  out.push('', '## Transfer per page type (one page each; compressed = bytes nginx sent to chromium, br)', '');
  if (r.transfer) {
    out.push(transferTable(r.transfer));
    const edition = r.transfer.find((t) => t.type === 'edition');
    if (edition?.noJs)
      out.push('', `edition without JavaScript: ${(edition.noJs.textRatio * 100).toFixed(1)}% of the text, ${edition.noJs.blocksVisible}/${edition.noJs.blocks} numbered blocks visible (${edition.noJs.readable ? 'readable' : 'NOT readable'})`);
  } else out.push(`not measured: ${r.transferError ?? 'skipped'}`);
  out.push('', '## Lighthouse (median over runs; min shown when lower)', '');
  if (r.lighthouse?.length) {
    out.push(lighthouseTable(r.lighthouse));
    const bi = r.lighthouse.map((x) => x.benchmarkIndex).filter((x): x is number => x !== null);
    out.push(
      '',
      '* control: a minimal HTML page (no CSS, no JS) served by the same nginx; not a page type of the site and not',
      '  part of the targets. What it loses is what this machine and headless chromium cost by themselves.',
    );
    if (bi.length) out.push(`Lighthouse benchmarkIndex (CPU speed of this machine): median ${Math.round(median(bi))}, range ${Math.round(min(bi))}–${Math.round(Math.max(...bi))}`);
    const findings = lighthouseFindings(r.lighthouse);
    if (findings) out.push('', 'audits that cost points:', findings);
  } else out.push(`not measured: ${r.lighthouseError ?? 'skipped'}`);
  out.push('', '## Targets', '', targetsTable(r.targets));
  return out.join('\n');
}
