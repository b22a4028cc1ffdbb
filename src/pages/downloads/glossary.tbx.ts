/**
 * `/downloads/glossary.tbx`: the whole glossary in TBX-Basic (ISO 30042), the exchange format that
 * terminology and translation tools import.
 */
import type { APIRoute } from 'astro';
import { loadGlossaryEntries } from '../../components/site-data.ts';
import { glossaryToTbx } from '../../lib/glossary-export.ts';
import { glossaryEntryUrl } from '../../lib/urls.ts';
import { t } from '../../i18n/ui.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = await loadGlossaryEntries();
  const body = glossaryToTbx(entries, {
    title: `${t('en', 'site.name')}: Glossary`,
    ...(site ? { siteUrl: site.href } : {}),
    entryUrl: glossaryEntryUrl,
  });
  // TBX has no IANA-registered media type; application/x-tbx is the one translation tools use
  // (Translate Toolkit, Virtaal, Weblate). nginx, not this header, types the deployed file.
  return new Response(body, { headers: { 'content-type': 'application/x-tbx; charset=utf-8' } });
};
