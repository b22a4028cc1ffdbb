/**
 * Cross-file rules that no single schema can see. Each message names the file, the field and the fix.
 * Used by scripts/validate-content.ts and by the build (the edition pages' getStaticPaths).
 */
export interface ArticleLike {
  slug: string;
  originalLanguage: string;
  source: { file: string; lines: [number, number] };
  citations?: { map?: Record<string, string>; uncited?: string[] };
}
export interface EditionLike {
  article: string;
  lang: string;
  provenance: string;
}
export interface Located<T> {
  /** Path of the file the data came from, for messages. */
  file: string;
  data: T;
}

export function checkConsistency(input: {
  articles: Located<ArticleLike>[];
  editions: Located<EditionLike>[];
  references: Located<{ article: string; ids: string[] }>[];
  sourceFiles: string[];
}): string[] {
  const problems: string[] = [];
  const slugs = new Set(input.articles.map((a) => a.data.slug));
  for (const { file, data } of input.articles) {
    const folder = file.split('/').at(-2);
    if (folder !== data.slug)
      problems.push(`${file}: field "slug" is "${data.slug}" but the folder is "${folder}": rename one so they match (published slugs never change).`);
    if (!input.sourceFiles.includes(data.source.file))
      problems.push(`${file}: field "source.file": "${data.source.file}" is not in content/sources/; name one of ${input.sourceFiles.join(', ')}.`);
    if (data.source.lines[0] > data.source.lines[1])
      problems.push(`${file}: field "source.lines": first line ${data.source.lines[0]} is after last line ${data.source.lines[1]}.`);
    const canonical = input.editions.filter((e) => e.data.article === data.slug && e.data.lang === data.originalLanguage);
    if (canonical.length === 0)
      problems.push(`${file}: no canonical edition: add content/articles/${data.slug}/${data.originalLanguage}.mdx (originalLanguage is "${data.originalLanguage}").`);
    const refIds = new Set(input.references.filter((r) => r.data.article === data.slug).flatMap((r) => r.data.ids));
    for (const [marker, id] of Object.entries(data.citations?.map ?? {}))
      if (!refIds.has(id))
        problems.push(`${file}: field "citations.map.${marker}": no reference with id "${id}" in references.json; use one of its ids.`);
    for (const id of data.citations?.uncited ?? [])
      if (!refIds.has(id))
        problems.push(`${file}: field "citations.uncited": no reference with id "${id}" in references.json; remove it or fix the id.`);
  }
  for (const { file, data } of input.editions) {
    const [folder, name] = file.split('/').slice(-2);
    if (data.article !== folder)
      problems.push(`${file}: field "article" is "${data.article}" but the file is in folder "${folder}": set article: ${folder}.`);
    if (`${data.lang}.mdx` !== name)
      problems.push(`${file}: field "lang" is "${data.lang}" but the file is ${name}: name the file ${data.lang}.mdx or fix lang.`);
    if (!slugs.has(data.article))
      problems.push(`${file}: field "article": no content/articles/${data.article}/article.yaml exists; create it or fix the slug.`);
    const original = input.articles.find((a) => a.data.slug === data.article)?.data.originalLanguage;
    if (original !== undefined && (data.lang === original) !== (data.provenance === 'original'))
      problems.push(
        data.lang === original
          ? `${file}: field "provenance": the edition in the original language (${original}) must be provenance: original.`
          : `${file}: field "provenance": only the ${original} edition is the original; use author-provided or editorial-translation.`,
      );
  }
  for (const { file, data } of input.references)
    if (!slugs.has(data.article)) problems.push(`${file}: references for an article that has no article.yaml; add it or move the file.`);
  return problems;
}
