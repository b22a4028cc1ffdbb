import { describe, it, expect } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeTableFigures from '../../src/plugins/rehype-table-figures.ts';
import { run } from './pipeline.ts';

const table = '| Actor | Narrative |\n|---|---|\n| China | Connectivity |\n';

describe('rehype-table-figures', () => {
  it('makes the caption a real <caption> and the source line part of the figure', async () => {
    const { html } = await run(
      `<TableCaption>1-Table. Operationalization</TableCaption>\n\n${table}\n<TableSource>Source: Compiled by the author.</TableSource>\n`,
      [],
      [rehypeTableFigures],
    );
    expect(html).toBe(
      '<figure class="table-figure"><section class="table-scroll" tabindex="0" aria-labelledby="table-caption-1">' +
        '<table><caption id="table-caption-1">1-Table. Operationalization</caption>\n<thead>\n<tr>\n<th>Actor</th>\n<th>Narrative</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>China</td>\n<td>Connectivity</td>\n</tr>\n</tbody>\n</table></section>' +
        '<p class="table-source">Source: Compiled by the author.</p></figure>',
    );
  });

  it('numbers captions, accepts multi-line elements and a table without source line', async () => {
    const { tree } = await run(
      `<TableCaption>\n  One *table*\n</TableCaption>\n\n${table}\nText.\n\n<TableCaption>Two</TableCaption>\n\n${table}`,
      [],
      [rehypeTableFigures],
    );
    const caps = selectAll('caption', tree);
    expect(caps.map((c) => [c.properties.id, toString(c)])).toEqual([
      ['table-caption-1', 'One table'],
      ['table-caption-2', 'Two'],
    ]);
    expect(select('caption em', tree)).toBeDefined();
    expect(selectAll('p.table-source', tree)).toHaveLength(0);
    expect(selectAll('figure > section > table', tree)).toHaveLength(2);
  });

  it('fails when a caption or source line stands away from a table', async () => {
    await expect(run('<TableCaption>Lost</TableCaption>\n\nText.\n', [], [rehypeTableFigures])).rejects.toThrow(
      /must stand right before a table/,
    );
    await expect(run('Text.\n\n<TableSource>Source: x</TableSource>\n', [], [rehypeTableFigures])).rejects.toThrow(
      /<TableSource> must follow a table/,
    );
  });
});
