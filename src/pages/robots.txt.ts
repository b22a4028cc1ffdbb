/** `/robots.txt`: every page may be crawled; the sitemap is named with its absolute URL, as robots.txt requires. */
import type { APIRoute } from 'astro';

// Written by src/integrations/sitemap.ts; tests/site/scholarly-metadata.test.ts checks it exists.
const sitemapIndex = '/sitemap.xml';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs: `site` is needed for the Sitemap line of robots.txt');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(sitemapIndex, site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
