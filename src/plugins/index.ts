/** The edition pipeline, in order; shared by astro.config.mjs and the plugin tests. */
import type { RemarkPlugins, RehypePlugins } from '@astrojs/markdown-remark';
import remarkCitationLinks from './remark-citation-links.ts';
import rehypeAnnotations, { type AnnotationLabels } from './rehype-annotations.ts';
import rehypeTableFigures from './rehype-table-figures.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeCitationIndex from './rehype-citation-index.ts';
import rehypeKnownElements from './rehype-known-elements.ts';
import rehypeGlossaryTerms from './rehype-glossary-terms.ts';
import rehypeBlockProvenance from './rehype-block-provenance.ts';
import { buildMatchers } from '../lib/terms.ts';
import { loadGlossary } from '../lib/load-glossary.ts';
import { glossaryEntryUrl } from '../lib/urls.ts';
import { ui, t } from '../i18n/ui.ts';
import type { LocaleLang } from '../i18n/locales.ts';

const langs = Object.keys(ui) as LocaleLang[];

export const annotationLabels: Record<string, AnnotationLabels> = Object.fromEntries(
  langs.map((l) => [
    l,
    {
      emendation: t(l, 'ann.emendation'),
      unrecoverable: t(l, 'ann.unrecoverable'),
      note: t(l, 'ann.note'),
      sourceReads: t(l, 'ann.sourceReads'),
    },
  ]),
);

const permalinkLabel = (n: string, lang: string | undefined) =>
  t(langs.includes(lang as LocaleLang) ? (lang as LocaleLang) : 'en', 'para.permalink', { n });

const authorTextLabel = (lang: string | undefined) =>
  t(langs.includes(lang as LocaleLang) ? (lang as LocaleLang) : 'en', 'tr.authorLabel');

export const remarkPlugins: RemarkPlugins = [remarkCitationLinks];

// The glossary is read once, when the pipeline is built (astro.config.mjs loads this module).
const glossaryMatchers = buildMatchers(loadGlossary(), langs);
const glossaryHref = (id: string, lang: string) => glossaryEntryUrl(lang as LocaleLang, id);

// Order matters: elements are resolved before blocks are numbered, citations are indexed and
// glossary terms found once every block has its id, and the side notes (which glossary terms
// skip) exist before that.
export const rehypePlugins: RehypePlugins = [
  [rehypeAnnotations, { labels: annotationLabels }],
  rehypeTableFigures,
  [rehypeParagraphIds, { label: permalinkLabel }],
  rehypeCitationIndex,
  [rehypeGlossaryTerms, { matchers: glossaryMatchers, href: glossaryHref }],
  // Last of the text changes: its label is UI text, not part of the edition.
  [rehypeBlockProvenance, { label: authorTextLabel }],
  rehypeKnownElements,
];
