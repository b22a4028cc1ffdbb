/**
 * Annotation numbering as the text shows it: annotations on the title first (frontmatter order),
 * then the `<Ann id>` elements in the order they stand in the body. This is the order of the
 * rehype-annotations plugin, so the list of editorial notes matches the markers in the text.
 */

export interface AnnotationLike {
  id: string;
  at?: 'text' | 'title' | 'article' | 'references' | undefined;
}

/** Ids of `<Ann id="…">` elements in the order they stand in an edition's MDX body. */
export function annotationIdsInBody(body: string): string[] {
  return [...body.matchAll(/<Ann\s+id\s*=\s*(["'])([^"']+)\1/g)].map((m) => m[2]!);
}

export interface NumberedAnnotation<T extends AnnotationLike> {
  annotation: T;
  /** The marker number in the text; undefined for an `at: text` note that no <Ann> anchors. */
  number: number | undefined;
}

/** The title and text annotations, numbered as in the text (unanchored text notes last, unnumbered). */
export function numberAnnotations<T extends AnnotationLike>(annotations: readonly T[], body: string): NumberedAnnotation<T>[] {
  const title = annotations.filter((a) => a.at === 'title');
  const text = annotations.filter((a) => (a.at ?? 'text') === 'text');
  const order = annotationIdsInBody(body);
  const anchored = order.map((id) => text.find((a) => a.id === id)).filter((a): a is T => a !== undefined);
  const unanchored = text.filter((a) => !order.includes(a.id));
  return [
    ...title.map((annotation, i) => ({ annotation, number: i + 1 })),
    ...anchored.map((annotation, i) => ({ annotation, number: title.length + i + 1 })),
    ...unanchored.map((annotation) => ({ annotation, number: undefined })),
  ];
}

/**
 * Splits a title around the `reading` of each title annotation, so that the page can mark it.
 * Parts are in title order; a reading that does not occur in the title is skipped (the
 * annotation still appears in the notes).
 */
export function splitTitle<T extends { id: string; reading?: string | undefined }>(
  title: string,
  annotations: readonly { annotation: T; number: number | undefined }[],
): ({ text: string } | { text: string; annotation: T; number: number | undefined })[] {
  type Mark = { start: number; end: number; annotation: T; number: number | undefined };
  const marks: Mark[] = [];
  for (const { annotation, number } of annotations) {
    const reading = annotation.reading;
    if (!reading) continue;
    const start = title.indexOf(reading);
    if (start < 0) continue;
    const end = start + reading.length;
    if (marks.some((m) => start < m.end && m.start < end)) continue;
    marks.push({ start, end, annotation, number });
  }
  marks.sort((a, b) => a.start - b.start);
  const parts: ({ text: string } | { text: string; annotation: T; number: number | undefined })[] = [];
  let last = 0;
  for (const m of marks) {
    if (m.start > last) parts.push({ text: title.slice(last, m.start) });
    parts.push({ text: title.slice(m.start, m.end), annotation: m.annotation, number: m.number });
    last = m.end;
  }
  if (last < title.length) parts.push({ text: title.slice(last) });
  return parts;
}
