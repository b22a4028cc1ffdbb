/** Small helpers for MDX JSX nodes as they appear in hast (mdast-util-mdx-jsx passes them through). */
import type { ElementContent, RootContent } from 'hast';

export interface MdxJsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: string | null | { type: string; value: string };
}

export interface MdxJsxElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: Array<MdxJsxAttribute | { type: 'mdxJsxExpressionAttribute'; value: string }>;
  children: ElementContent[];
  position?: RootContent['position'];
}

export function isMdxJsx(node: unknown, name?: string): node is MdxJsxElement {
  if (!node || typeof node !== 'object') return false;
  const n = node as { type?: string; name?: string | null };
  return (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && (name === undefined || n.name === name);
}

/** The string value of attribute `name`, or undefined when absent or not a plain string. */
export function jsxAttribute(node: MdxJsxElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}
