import { describe, it, expect } from 'vitest';
import { checkConsistency, type ArticleLike, type EditionLike } from '../../src/lib/consistency.ts';

const article = (over: Partial<ArticleLike> = {}): ArticleLike => ({
  slug: 'nye-soft-power',
  originalLanguage: 'en',
  source: { file: '001.txt', lines: [1, 10] },
  citations: { map: {}, uncited: [] },
  ...over,
});
const a = (data: ArticleLike, folder = data.slug) => ({ file: `content/articles/${folder}/article.yaml`, data });
const e = (data: EditionLike, folder = data.article, name = `${data.lang}.mdx`) => ({ file: `content/articles/${folder}/${name}`, data });
const refs = (article: string, ids: string[]) => ({ file: `content/articles/${article}/references.json`, data: { article, ids } });
const good = () => ({
  articles: [a(article())],
  editions: [e({ article: 'nye-soft-power', lang: 'en', provenance: 'original' })],
  references: [refs('nye-soft-power', ['nye-2004'])],
  sourceFiles: ['001.txt'],
});

describe('checkConsistency', () => {
  it('accepts a consistent article', () => {
    expect(checkConsistency(good())).toEqual([]);
  });

  it('names the file, field and fix for each inconsistency', () => {
    const input = good();
    input.articles = [a(article({ source: { file: '009.txt', lines: [9, 3] }, citations: { map: { '2': 'kasimov-1991' }, uncited: ['x'] } }), 'other-folder')];
    input.editions = [
      e({ article: 'nye-soft-power', lang: 'ru', provenance: 'original' }, 'nye-soft-power', 'en.mdx'),
    ];
    expect(checkConsistency(input)).toEqual([
      'content/articles/other-folder/article.yaml: field "slug" is "nye-soft-power" but the folder is "other-folder": rename one so they match (published slugs never change).',
      'content/articles/other-folder/article.yaml: field "source.file": "009.txt" is not in content/sources/; name one of 001.txt.',
      'content/articles/other-folder/article.yaml: field "source.lines": first line 9 is after last line 3.',
      'content/articles/other-folder/article.yaml: no canonical edition: add content/articles/nye-soft-power/en.mdx (originalLanguage is "en").',
      'content/articles/other-folder/article.yaml: field "citations.map.2": no reference with id "kasimov-1991" in references.json; use one of its ids.',
      'content/articles/other-folder/article.yaml: field "citations.uncited": no reference with id "x" in references.json; remove it or fix the id.',
      'content/articles/nye-soft-power/en.mdx: field "lang" is "ru" but the file is en.mdx: name the file ru.mdx or fix lang.',
      'content/articles/nye-soft-power/en.mdx: field "provenance": only the en edition is the original; use author-provided or editorial-translation.',
    ]);
  });

  it('catches an edition filed under the wrong article and a translation posing as the original', () => {
    const input = good();
    input.editions.push(e({ article: 'nye-soft-power', lang: 'kk', provenance: 'editorial-translation' }, 'elsewhere'));
    input.editions.push(e({ article: 'ghost', lang: 'en', provenance: 'original' }));
    expect(checkConsistency(input)).toEqual([
      'content/articles/elsewhere/kk.mdx: field "article" is "nye-soft-power" but the file is in folder "elsewhere": set article: elsewhere.',
      'content/articles/ghost/en.mdx: field "article": no content/articles/ghost/article.yaml exists; create it or fix the slug.',
    ]);
  });
});
