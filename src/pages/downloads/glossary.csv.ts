/**
 * `/downloads/glossary.csv`: the whole glossary, one row per entry, for spreadsheets. The columns
 * are documented in src/lib/glossary-export.ts.
 */
import type { APIRoute } from 'astro';
import { loadGlossaryEntries } from '../../components/site-data.ts';
import { glossaryToCsv } from '../../lib/glossary-export.ts';

export const GET: APIRoute = async () => {
  const entries = await loadGlossaryEntries();
  // header=present is RFC 4180's parameter for "the first row names the columns".
  return new Response(glossaryToCsv(entries), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
