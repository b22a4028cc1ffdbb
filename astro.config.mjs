// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/plugins/index.ts';
import urlManifest from './src/integrations/url-manifest.ts';
import sitemap from './src/integrations/sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';

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
      remarkPlugins,
      rehypePlugins,
      smartypants: false,
    }),
  },
  // After the plugins have resolved every MDX element, an edition is static HTML: `optimize`
  // compiles it to one string instead of a JSX tree, which makes the build about a fifth faster
  // (docs/benchmark.md); the HTML is the same up to how quotes in text are escaped.
  // urlManifest: a published URL never disappears without a redirect (urls/manifest.txt).
  // searchIndex last: it indexes the pages as built, into /pagefind/ (docs/search.md).
  integrations: [mdx({ optimize: true }), sitemap(), urlManifest(), searchIndex()],
  devToolbar: { enabled: false },
});
