/**
 * The paragraph-anchor half of the stable-URL check (run by the url-manifest integration at
 * astro:build:done): every anchor in urls/anchors.yaml is still on its article's edition page in
 * every language, and every anchor on an edition page is in the ledger (src/lib/anchors.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOfPage, anchorProblems, checkAnchors, editionPages, parseLedger } from '../lib/anchors.ts';
import { localeByPath, localePaths } from '../i18n/locales.ts';

export interface AnchorsResult {
  problems: string[];
  summary: string;
}

/** Undefined when there is no ledger yet (npm run urls:accept creates it). */
export function checkParagraphAnchors(out: string, ledgerFile = 'urls/anchors.yaml'): AnchorsResult | undefined {
  if (!existsSync(ledgerFile)) return undefined;
  const ledger = parseLedger(readFileSync(ledgerFile, 'utf8'), ledgerFile);
  const pages = editionPages(out, localePaths).map((p) => ({ ...p, ids: anchorsOfPage(readFileSync(join(out, p.file), 'utf8')) }));
  const edition = (p: { slug: string; locale: string }) => `content/articles/${p.slug}/${localeByPath(p.locale).lang}.mdx`;
  const problems = anchorProblems(checkAnchors(ledger, pages), ledger, edition, ledgerFile);
  const count = [...ledger.values()].reduce((s, ids) => s + ids.length, 0);
  return { problems, summary: `${pages.length} edition pages keep the ${count} paragraph anchors of ${ledgerFile}` };
}
