/**
 * `/downloads/glossary.json`: the whole glossary with every field, and each entry's page in every
 * language, for programs.
 */
import type { APIRoute } from 'astro';
import { loadGlossaryEntries } from '../../components/site-data.ts';
import { glossaryToJson } from '../../lib/glossary-export.ts';
import { glossaryEntryUrl } from '../../lib/urls.ts';
import { t } from '../../i18n/ui.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = await loadGlossaryEntries();
  const body = glossaryToJson(entries, {
    title: `${t('en', 'site.name')}: Glossary`,
    ...(site ? { siteUrl: site.href } : {}),
    entryUrl: glossaryEntryUrl,
  });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
