/**
 * Reads and checks the glossary, content/glossary/{id}.yaml. Synchronous, because
 * astro.config.mjs needs the entries (to build the term matchers) while it loads.
 *
 * Every message names the file, the field and the fix, for the person editing the YAML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { glossaryEntrySchema, contentLanguages, type GlossaryEntry } from '../content.config.ts';
import { describeIssues } from './load-references.ts';
import { formKey, formsOf } from './terms.ts';

export interface GlossaryFile {
  /** Path of the YAML file, as given to the reader (used in messages). */
  file: string;
  entry: GlossaryEntry;
}

/** One entry, validated against the schema; throws with the file named in every line. */
export function readGlossaryFile(file: string): GlossaryEntry {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    const message = (e as Error).message.replace(/\s+/g, ' ').trim();
    throw new Error(`${file}: not valid YAML (${message}); fix: correct the syntax (quote values that contain ": " or start with « or [)`);
  }
  const r = glossaryEntrySchema.safeParse(data);
  if (!r.success) throw new Error(describeIssues(file, '', r.error.issues));
  return r.data;
}

/** Edit distance, to suggest the id that a typo in `related` meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

function closest(id: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 4)) + 1;
  for (const candidate of ids) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * The rules across entries: file name = id, `related` names other existing entries, and no form
 * leads to two entries in one language. Returns every problem, so that scripts can print them all.
 */
export function checkGlossary(entries: readonly GlossaryFile[]): string[] {
  const problems: string[] = [];
  const fileOf = new Map<string, string>();
  for (const { file, entry } of entries) {
    const name = basename(file);
    if (name !== `${entry.id}.yaml`)
      problems.push(
        `${file}: id: "${entry.id}" does not match the file name ${name}; fix: rename the file to ${entry.id}.yaml, or set id: ${name.replace(/\.ya?ml$/, '')} (a published id never changes)`,
      );
    const other = fileOf.get(entry.id);
    if (other !== undefined)
      problems.push(`${file}: id: "${entry.id}" is also the id of ${other}; fix: give each entry its own id and merge duplicates into one file`);
    else fileOf.set(entry.id, file);
  }

  for (const { file, entry } of entries) {
    const seen = new Set<string>();
    for (const id of entry.related) {
      if (id === entry.id)
        problems.push(`${file}: related: "${id}" is the entry itself; fix: remove it (related lists other entries)`);
      else if (!fileOf.has(id)) {
        const guess = closest(id, fileOf.keys());
        problems.push(
          `${file}: related: unknown glossary id "${id}"; fix: ${guess ? `did you mean "${guess}"? ` : ''}use the id of an existing entry (file ${join(dirname(file), '{id}.yaml')}) or remove it`,
        );
      } else if (seen.has(id)) problems.push(`${file}: related: "${id}" is listed twice; fix: remove the repetition`);
      seen.add(id);
    }
  }

  for (const lang of contentLanguages) {
    // Forms that the matcher cannot tell apart (case, spacing, dashes, apostrophes, ё) count as one.
    const owner = new Map<string, { file: string; id: string; field: string; form: string }>();
    for (const { file, entry } of entries)
      for (const form of formsOf(entry, lang)) {
        const key = formKey(form, lang);
        const field = form === entry.labels[lang] ? `labels.${lang}` : `variants.${lang}`;
        const first = owner.get(key);
        if (first === undefined) owner.set(key, { file, id: entry.id, field, form });
        else if (first.id !== entry.id)
          problems.push(
            `${file}: ${field}: form "${form}" is also claimed by ${first.file} (${first.field}: "${first.form}"); fix: keep it in one entry only, since each form must lead to a single entry`,
          );
      }
  }
  return problems;
}

/** Every entry of `dir`, sorted by file name; throws one Error listing every problem. */
export function loadGlossary(dir = 'content/glossary'): GlossaryEntry[] {
  const problems: string[] = [];
  const entries: GlossaryFile[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    try {
      entries.push({ file, entry: readGlossaryFile(file) });
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  // Cross-entry rules on a half-read glossary would report consequences of the first problem.
  if (problems.length === 0) problems.push(...checkGlossary(entries));
  if (problems.length) throw new Error(problems.join('\n'));
  return entries.map((e) => e.entry);
}
