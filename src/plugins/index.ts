/** The edition pipeline, in order; shared by astro.config.mjs and the plugin tests. */
import type { RemarkPlugins, RehypePlugins } from '@astrojs/markdown-remark';
import remarkCitationLinks from './remark-citation-links.ts';
import rehypeAnnotations, { type AnnotationLabels } from './rehype-annotations.ts';
import rehypeTableFigures from './rehype-table-figures.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeCitationIndex from './rehype-citation-index.ts';
import rehypeKnownElements from './rehype-known-elements.ts';
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

const permalinkLabel = (n: number, lang: string | undefined) =>
  t(langs.includes(lang as LocaleLang) ? (lang as LocaleLang) : 'en', 'para.permalink', { n });

export const remarkPlugins: RemarkPlugins = [remarkCitationLinks];

// Order matters: elements are resolved before blocks are numbered, and citations are indexed
// once every block has its id.
export const rehypePlugins: RehypePlugins = [
  [rehypeAnnotations, { labels: annotationLabels }],
  rehypeTableFigures,
  [rehypeParagraphIds, { label: permalinkLabel }],
  rehypeCitationIndex,
  rehypeKnownElements,
];
