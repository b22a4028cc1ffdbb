/**
 * Fails the build on any MDX element that no plugin resolved (a typo such as `<Anm>` would
 * otherwise become a missing-component error at render time, far from the file that caused it).
 * Runs after the plugins that own `Ann`, `TableCaption`, `TableSource` and `Anchor` (rehype-paragraph-ids,
 * which removes every `<Anchor>` or fails on it).
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isMdxJsx, type MdxJsxElement } from './mdx-jsx.ts';

export interface KnownElementsOptions {
  /** Element names allowed to remain (none by default). */
  allow?: string[];
}

export default function rehypeKnownElements(options: KnownElementsOptions = {}) {
  const allow = new Set(options.allow ?? []);
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (isMdxJsx(node) && !allow.has(String((node as MdxJsxElement).name)))
        file.fail(
          `<${(node as MdxJsxElement).name ?? ''}> is not an element editions may use; use <Ann id>, <TableCaption> or <TableSource>, and <Anchor id> at the start of a block (docs/content-model.md)`,
          node as MdxJsxElement,
        );
    });
  };
}
