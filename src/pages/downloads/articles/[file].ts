/**
 * `/downloads/articles/{slug}.{bib,ris,json}`: the original publication of each article for
 * reference managers, generated from article.yaml (src/lib/citation/article-csl.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBundles } from '../../../components/site-data.ts';
import { originalCsl } from '../../../lib/citation/article-csl.ts';
import { downloadFormats, type DownloadFormat } from '../../../lib/citation/exports.ts';

export const getStaticPaths = (async () => {
  const bundles = await loadBundles();
  return bundles.flatMap(({ article }) =>
    (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => ({
      params: { file: `${article.id}.${format}` },
      props: { body: downloadFormats[format].render(originalCsl(article.data)), mediaType: downloadFormats[format].mediaType },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'content-type': props.mediaType as string } });
