import { describe, it, expect } from 'vitest';
import remarkCitationLinks from '../../src/plugins/remark-citation-links.ts';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeCitationIndex from '../../src/plugins/rehype-citation-index.ts';
import { run } from './pipeline.ts';

describe('rehype-citation-index', () => {
  it('records each marker with the block it stands in, for back-links', async () => {
    const { file } = await run(
      'Intro [1].\n\n## H\n\n- item [10],[11,p.428]\n\nEnd [1].\n',
      [remarkCitationLinks],
      [[rehypeParagraphIds, { label: (n: number) => String(n) }], rehypeCitationIndex],
    );
    const fm = (file.data as { astro: { frontmatter: { citations: unknown } } }).astro.frontmatter;
    expect(fm.citations).toEqual([
      { id: 'cite-1', ref: '1', label: '[1]', paragraph: 'p-1' },
      { id: 'cite-2', ref: '10', label: '[10]', paragraph: 'p-2' },
      { id: 'cite-3', ref: '11', label: '[11,p.428]', paragraph: 'p-2' },
      { id: 'cite-4', ref: '1', label: '[1]', paragraph: 'p-3' },
    ]);
  });
});
