/**
 * Line numbers of values inside YAML (article.yaml, edition frontmatter) and JSON (references.json,
 * which the YAML parser reads too), so that every problem points at the line to edit.
 */
import { parseDocument, type Document } from 'yaml';

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  /** 1-based line of a 0-based offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** Finds the line of a value (or of the key that holds it) by its path in a parsed document. */
export class Locator {
  private readonly doc: Document | undefined;
  private readonly index: LineIndex;
  private readonly firstLine: number;
  /**
   * @param text the YAML or JSON text
   * @param firstLine the file line on which `text` starts (2 for frontmatter after `---`)
   */
  constructor(text: string, firstLine = 1) {
    this.firstLine = firstLine;
    this.index = new LineIndex(text);
    try {
      const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
      this.doc = doc.errors.length ? undefined : doc;
    } catch {
      this.doc = undefined;
    }
  }
  /** Line of the node at `path`, or of its nearest existing ancestor; `fallback` when none. */
  line(path: readonly (string | number)[], fallback = this.firstLine): number {
    if (!this.doc) return fallback;
    for (let n = path.length; n >= 1; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return this.firstLine - 1 + this.index.lineOf(node.range[0]);
    }
    return fallback;
  }
}
