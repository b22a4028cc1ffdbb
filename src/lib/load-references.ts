/**
 * Reads every `content/articles/{slug}/references.json` (a CSL-JSON array) and validates it,
 * so that a broken file fails the build with its path, the item and the field to fix.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Formats zod issues as "file: item 3 (id): field.path: message" lines. */
export function describeIssues(file: string, where: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((i) => `${file}: ${where}${i.path.length ? ` field "${i.path.join('.')}"` : ''}: ${i.message}`)
    .join('\n');
}

export interface ReferenceEntry<T> {
  id: string;
  article: string;
  csl: T;
}

export function readReferencesFile<S extends z.ZodType>(file: string, schema: S): z.infer<S>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ContentError(`${file}: not valid JSON (${(e as Error).message}). Fix the syntax; the file must be a CSL-JSON array.`);
  }
  if (!Array.isArray(parsed))
    throw new ContentError(`${file}: must be a CSL-JSON array ([ {...}, ... ]), found ${typeof parsed}.`);
  const out: z.infer<S>[] = [];
  const ids = new Set<string>();
  parsed.forEach((item, index) => {
    const r = schema.safeParse(item);
    const label = `item ${index + 1}${item && typeof item === 'object' && 'id' in item ? ` ("${String(item.id)}")` : ''}`;
    if (!r.success) throw new ContentError(describeIssues(file, label, r.error.issues));
    const id = (r.data as { id: string }).id;
    if (ids.has(id)) throw new ContentError(`${file}: ${label}: id "${id}" is used twice; merge the duplicates into one item.`);
    ids.add(id);
    out.push(r.data);
  });
  return out;
}

export function loadReferences<S extends z.ZodType>(base: string, schema: S): ReferenceEntry<z.infer<S>>[] {
  const entries: ReferenceEntry<z.infer<S>>[] = [];
  for (const slug of readdirSync(base).sort()) {
    const file = join(base, slug, 'references.json');
    if (!existsSync(file)) continue;
    for (const csl of readReferencesFile(file, schema))
      entries.push({ id: `${slug}/${(csl as { id: string }).id}`, article: slug, csl });
  }
  return entries;
}
