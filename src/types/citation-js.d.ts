/**
 * citation-js ships no type declarations. These cover the calls the project makes (shared by
 * src/lib/citation/*); everything else stays `unknown` so a wrong use is a type error.
 */
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    entry?: string | string[] | { id: string; locator?: string; label?: string }[];
    [option: string]: unknown;
  }
  export class Cite {
    constructor(data?: unknown, options?: unknown);
    static async(data: unknown, options?: unknown): Promise<Cite>;
    data: Record<string, unknown>[];
    format(format: string, options?: FormatOptions): string | unknown;
  }
  export const plugins: {
    config: { get(name: string): unknown };
    input: unknown;
    output: unknown;
  };
  export const util: unknown;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
