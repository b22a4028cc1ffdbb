/** Runs MDX text through the same unified pipeline as the site (without Astro) and returns HTML. */
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'hast';

const mdxNodeTypes: NonNullable<RemarkRehypeOptions['passThrough']> = ['mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

export interface Result {
  html: string;
  tree: Root;
  file: VFile;
  frontmatter: Record<string, unknown>;
}

/** Splits `---\nyaml\n---\nbody` the way Astro does and exposes the frontmatter to plugins. */
export async function run(source: string, remark: PluggableList, rehype: PluggableList): Promise<Result> {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  const frontmatter = (m ? parseYaml(m[1]!) : {}) as Record<string, unknown>;
  const body = m ? source.slice(m[0].length) : source;
  const file = new VFile({ value: body, path: 'fixture.mdx', data: { astro: { frontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkFrontmatter)
    .use(remark)
    .use(remarkRehype, { passThrough: mdxNodeTypes })
    .use(rehype);
  const mdast = processor.parse(file);
  const tree = (await processor.run(mdast, file)) as Root;
  let html: string;
  try {
    html = unified().use(rehypeStringify).stringify(tree);
  } catch {
    // MDX elements that the plugins under test do not own cannot be serialized; tests assert on the tree.
    html = '';
  }
  return { html, tree, file, frontmatter };
}
