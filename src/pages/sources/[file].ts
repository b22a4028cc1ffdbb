/**
 * `/sources/{file}`: each raw source file exactly as received (bytes unchanged), so that an
 * edition's "source: file, lines a–b" can be checked by anyone.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceFiles, SOURCES_DIR } from '../../components/site-data.ts';

export const getStaticPaths = (() => sourceFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(SOURCES_DIR, params.file!)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
