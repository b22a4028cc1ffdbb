// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCitationLinks from './src/plugins/remark-citation-links.ts';
import rehypeAnnotations from './src/plugins/rehype-annotations.ts';
import rehypeTableFigures from './src/plugins/rehype-table-figures.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';

export default defineConfig({
  site: 'https://editions.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'ru', { path: 'kz', codes: ['kk', 'kk-KZ'] }, 'uz'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Astro 7's default engine does not run remark/rehype plugins; smartypants would turn the
    // Uzbek apostrophe in O'zbekiston into a closing quote.
    processor: unified({
      remarkPlugins: [remarkCitationLinks],
      // Order matters: annotations and tables are resolved before blocks are numbered.
      rehypePlugins: [rehypeAnnotations, rehypeTableFigures, rehypeParagraphIds],
      smartypants: false,
    }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
